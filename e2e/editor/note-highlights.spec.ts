// Reader notes in the editor rows (#21 item 1, "shown there distinctly from review annotations"):
// a note written on a selection is drawn on its words as a dotted underline with its number, apart
// from a review annotation's highlight on the same segment; it is a focusable button with a name,
// and Enter on it shows the note in the side panel's comments.
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { selectWords } from '../publish/reader-setup';
import { createDoc, editorIn, openEditor, row, segmentsOf } from './helpers';

const NOTE = 'Seoul and Pyongyang: the two Koreas’ capitals.';

test('a reader note is highlighted in its row apart from review highlights, and reachable from the keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const docId = await createDoc(page.request, ['Seoul-Pyongyang relations are tense again.', 'Officials met at the border.']);
  const [first] = await segmentsOf(page.request, docId);
  const saved = await page.request.patch(`/api/v1/segments/${first!.id}`, {
    data: { target: '남북 관계가 다시 긴장되고 있다.', version: first!.version },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const review = await page.request.post(`/api/v1/segments/${first!.id}/annotations`, {
    data: { side: 'target', start: 0, end: 2, category: 'terminology', severity: 'minor', comment: 'Use the glossary term.' },
  });
  expect(review.status(), await review.text()).toBe(201);

  await openEditor(page, docId, DEMO.owner, '?s=1');
  const r1 = row(page, 1);
  await page.getByRole('tab', { name: /^Comments/ }).click();
  await selectWords(r1.locator('[data-side="source"]'), 'Seoul-Pyongyang');
  await page.getByRole('button', { name: 'Add a note on the selection' }).click();
  const form = page.getByRole('form', { name: 'Note for readers' });
  await form.getByLabel('Note').fill(NOTE);
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('note-item')).toHaveCount(1);

  // Drawn on its words with its number: a dotted underline, not the annotations' tinted highlight.
  const note = r1.locator('[data-side="source"] mark.reader-note');
  await expect(note).toHaveText('Seoul-Pyongyang');
  await expect(note).toHaveAttribute('data-note', '1');
  await expect(note).toHaveAttribute('aria-label', `Reader note 1\n${NOTE}`);
  expect(await note.evaluate((e) => getComputedStyle(e).textDecorationStyle)).toBe('dotted');
  expect(await note.evaluate((e) => getComputedStyle(e, '::after').content)).toBe('"1"');
  await expect(page.getByTestId('note-item').locator('.note-number')).toHaveText('1');

  // The review annotation on the target stays a highlight mark; no note is drawn there.
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  const annotation = r1.locator('[data-side="target"] mark.annotation');
  await expect(annotation).toHaveText('남북');
  await expect(r1.locator('[data-side="target"] mark.reader-note')).toHaveCount(0);
  expect(await annotation.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await note.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');

  // Keyboard: the note is a button in the Tab order; Enter opens its row and focuses it in the panel.
  await note.focus();
  await expect(r1.getByRole('button', { name: /^Reader note 1/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(r1).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('tab', { name: /^Comments/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('note-item').first()).toBeFocused();
  await expect(editorIn(page)).toBeVisible();
});
