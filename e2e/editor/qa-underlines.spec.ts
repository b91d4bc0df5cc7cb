// QA issues (issue #8) are underlined on their spans inside the rows, red for errors and amber for
// warnings, with the message as hover text: in the static rows and in the active editor, updated
// when the segment is saved and QA runs again.
import { expect, test } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, editorIn, openEditor, row, segmentsOf } from './helpers';

test('a number mismatch is underlined in the row (source and target) with the message on hover, and goes away once fixed', async ({
  page,
}) => {
  const docId = await createDoc(page.request, ['The exercise ends on August 20th.', 'Officials met at the border.']);
  await openEditor(page, docId);
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');

  // "20th" becomes "2일": the source number lost its counterpart — one error, underlined on the source
  // word and on the target number that replaced it (issue #15).
  await page.keyboard.type('훈련은 8월 2일에 끝난다.');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  // In the active row: the source underline (static) and the target underline (editor decoration).
  const sourceError = row(page, 1).locator('[data-side="source"] mark.qa.qa-error');
  await expect(sourceError).toHaveText('20');
  await expect(sourceError).toHaveAttribute(
    'title',
    'QA Error: The number “20” (20) is missing or different in the translation. The translation has “2” instead.',
  );
  const editorError = editorIn(page).locator('mark.qa.qa-error');
  await expect(editorError).toHaveText('2');
  await expect(editorError).toHaveAttribute(
    'title',
    /^QA Error: The number “20” \(20\) is missing or different in the translation\. The translation has “2” instead\.$/,
  );
  // A decoration, not content: the saved target has no trace of it.
  const saved = (await segmentsOf(page.request, docId))[0]!;
  expect(saved.targetText).toBe('훈련은 8월 2일에 끝난다.');
  expect(JSON.stringify(saved)).not.toContain('qa-');

  // Moving on, the row is static and keeps both underlines.
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  const staticTarget = row(page, 1).locator('[data-side="target"] mark.qa.qa-error');
  await expect(staticTarget).toHaveText('2');
  await expect(staticTarget).toHaveAttribute('title', /The translation has “2” instead/);
  await expect(row(page, 1).locator('[data-side="source"] mark.qa.qa-error')).toHaveAttribute('title', /“20” \(20\) is missing/);
  // Underlines nest inside the text, never adding or dropping a character.
  await expect(row(page, 1).locator('[data-side="target"]')).toHaveText('훈련은 8월 2일에 끝난다.');
  await expect(row(page, 1).locator('[data-side="source"]')).toHaveText('The exercise ends on August 20th.');

  // Fixed and saved: QA runs again and the underlines go, in the editor and in the row.
  await row(page, 1).getByRole('button', { name: 'Edit segment 1' }).click();
  await expect(editorIn(page).locator('mark.qa')).toHaveCount(1);
  await page.keyboard.press('End');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('0');
  await expect(editorIn(page)).toHaveText('훈련은 8월 20일에 끝난다.');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(editorIn(page).locator('mark.qa')).toHaveCount(0);
  await expect(row(page, 1).locator('mark.qa')).toHaveCount(0);
  await expect(page.getByTestId('qa-section')).toContainText('No QA issues.');
});

test('the underline messages follow the interface language (Korean)', async ({ page, context }) => {
  const docId = await createDoc(page.request, ['The exercise ends on August 20th.', 'Officials met at the border.']);
  const segs = await segmentsOf(page.request, docId);
  await apiSignIn(page.request, DEMO.translator);
  const res = await page.request.patch(`/api/v1/segments/${segs[0]!.id}`, {
    data: { target: '훈련은 8월 2일에 끝난다.', version: segs[0]!.version },
  });
  expect(res.ok()).toBe(true);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await openEditor(page, docId, DEMO.translator, '?s=2');
  const staticError = row(page, 1).locator('[data-side="source"] mark.qa.qa-error');
  await expect(staticError).toHaveAttribute(
    'title',
    /^QA 오류: 원문의 숫자 “20”\(20\)이 번역문에 없거나 다릅니다\. 번역문에는 대신 “2”가 있습니다\.$/,
  );
  await expect(row(page, 1).locator('[data-side="target"] mark.qa.qa-error')).toHaveAttribute(
    'title',
    /^QA 오류: 원문의 숫자 “20”\(20\)이 .* “2”가 있습니다\.$/,
  );
});
