// Undo and redo in the segment editor (issue #17): Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, per segment,
// saved by the autosave like any edit, and never back into someone else's saved change.
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, editorIn, newSignedInPage, PARAGRAPHS, row, segmentsOf } from './helpers';

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('All changes saved');
/** Typing more than the grouping delay (500 ms) apart makes separate undo steps. */
const pause = (page: Page) => page.waitForTimeout(700);

test('Ctrl+Z undoes typing and deletions, Ctrl+Shift+Z and Ctrl+Y redo, and the autosave keeps each result', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();

  await page.keyboard.type('서울과 평양은');
  await pause(page);
  await page.keyboard.type(' ABC');
  await saved(page);
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('서울과 평양은 ABC');

  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('서울과 평양은');
  await saved(page);
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('서울과 평양은');

  await page.keyboard.press('Control+Shift+z');
  await expect(editorIn(page)).toHaveText('서울과 평양은 ABC');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('서울과 평양은');
  await page.keyboard.press('Control+y');
  await expect(editorIn(page)).toHaveText('서울과 평양은 ABC');

  // Deleted text comes back.
  await pause(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(editorIn(page)).toHaveText('');
  await saved(page);
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('서울과 평양은 ABC');
  await saved(page);
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('서울과 평양은 ABC');

  // Alt+H lists them.
  await page.keyboard.press('Alt+h');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Undo (this segment)');
  await expect(help).toContainText('Ctrl/⌘ + Shift + Z, Ctrl/⌘ + Y');
  await page.keyboard.press('Escape');
  await context.close();
});

test('each segment has its own history, kept when the translator comes back to it', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();

  await page.keyboard.type('첫째');
  await pause(page);
  await page.keyboard.type(' 문장');
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('둘째');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('');
  // Nothing left to undo here: segment 1 is not touched.
  await page.keyboard.press('Control+z');
  await expect(row(page, 1)).toContainText('첫째 문장');
  await saved(page);
  expect((await segmentsOf(request, docId)).slice(0, 2).map((s) => s.targetText)).toEqual(['첫째 문장', '']);

  // Back on segment 1, its history is still there.
  await page.keyboard.press('Control+ArrowUp');
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('첫째');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('');
  await page.keyboard.press('Control+Shift+z');
  await expect(editorIn(page)).toHaveText('첫째');
  await saved(page);
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('첫째');
  await context.close();
});

test('undo never goes back past a change someone else saved', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('내 번역');
  await saved(page);

  // The owner saves segment 1 from elsewhere; the open editor shows it.
  let seg = (await segmentsOf(request, docId))[0]!;
  const res = await request.patch(`/api/v1/segments/${seg.id}`, { data: { target: '그들의 번역', version: seg.version } });
  expect(res.ok(), await res.text()).toBe(true);
  await expect(editorIn(page)).toHaveText('그들의 번역');

  await editorIn(page).focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('그들의 번역');
  await page.waitForTimeout(800);
  seg = (await segmentsOf(request, docId))[0]!;
  expect(seg.targetText).toBe('그들의 번역');

  // Their change while the translator was on another segment: the old history is dropped too.
  await page.keyboard.type('!');
  await saved(page);
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  seg = (await segmentsOf(request, docId))[0]!;
  await request.patch(`/api/v1/segments/${seg.id}`, { data: { target: '그들의 두 번째 번역', version: seg.version } });
  await expect(row(page, 1)).toContainText('그들의 두 번째 번역');
  await page.keyboard.press('Control+ArrowUp');
  await expect(editorIn(page)).toHaveText('그들의 두 번째 번역');
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('그들의 두 번째 번역');
  await context.close();
});
