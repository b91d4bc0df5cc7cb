// Keyboard-only translation: type, confirm with Ctrl+Enter, move, copy source, shortcut help.
import { expect, test } from '@playwright/test';
import { createDoc, editorIn, openEditor, PARAGRAPHS, row, segmentsOf } from './helpers';

test('translates three segments with the keyboard only', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  await openEditor(page, docId);
  await expect(editorIn(page)).toBeFocused();
  await expect(page).toHaveURL(/[?&]s=1\b/);

  for (const text of ['서울과 평양이 물밑을 떠보다.', '회담은 오랜 공백 끝에 월요일에 재개됐다.', '양측 관리들이 접경 마을에서 만났다.']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
  }
  await expect(page).toHaveURL(/[?&]s=4\b/);
  await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(page.getByTestId('count-TRANSLATED')).toHaveText('3');

  const segs = await segmentsOf(page.request, docId);
  expect(segs.slice(0, 3).map((s) => [s.targetText, s.state])).toEqual([
    ['서울과 평양이 물밑을 떠보다.', 'TRANSLATED'],
    ['회담은 오랜 공백 끝에 월요일에 재개됐다.', 'TRANSLATED'],
    ['양측 관리들이 접경 마을에서 만났다.', 'TRANSLATED'],
  ]);
  await expect(row(page, 1).getByTestId('state')).toHaveText('Translated');
});

test('Ctrl+I copies the source, Ctrl+↑/↓ move, Ctrl+Shift+Enter skips confirmed rows, Alt+H lists shortcuts', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  // Segment 3 is already confirmed: Ctrl+Shift+Enter from 2 goes to 4.
  const segs = await segmentsOf(page.request, docId);
  await page.request.patch(`/api/v1/segments/${segs[2]!.id}`, {
    data: { target: '이미 확정', state: 'TRANSLATED', version: segs[2]!.version },
  });

  await openEditor(page, docId, undefined, '?s=2');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Control+i');
  await expect(editorIn(page)).toHaveText(PARAGRAPHS[1]!);
  // Translate over the copy (confirming English as Korean would be held back by QA).
  await page.keyboard.press('Control+a');
  await page.keyboard.type('회담은 오랜 공백 끝에 월요일에 재개됐다.');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Control+ArrowUp');
  await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
  await expect(editorIn(page)).toHaveText('이미 확정');
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Alt+h');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Ctrl/⌘ + Alt + I');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Italic is on Ctrl+Alt+I; bold on Ctrl+B.
  await editorIn(page).click();
  await page.keyboard.press('Control+b');
  await page.keyboard.type('굵게');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+Alt+i');
  await page.keyboard.type('기울임');
  await expect(editorIn(page).locator('strong')).toHaveText('굵게');
  await expect(editorIn(page).locator('em')).toHaveText('기울임');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  const after = await segmentsOf(page.request, docId);
  expect(after[1]!.targetText).toBe('회담은 오랜 공백 끝에 월요일에 재개됐다.');
  expect(after[1]!.state).toBe('TRANSLATED');
  expect(after[3]!.targetText).toBe('굵게기울임');
  expect(after[3]!.state).toBe('DRAFT');
});

test('the URL names the segment and a reload returns to it; jump by number', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  await openEditor(page, docId, undefined, '?s=3');
  await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Control+ArrowDown');
  await expect(page).toHaveURL(/[?&]s=4\b/);
  await page.reload();
  await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
  await page.getByLabel('Segment #').fill('2');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/[?&]s=2\b/);
});
