// A confirmation held back by QA errors (issue #17): the focus stays on the segment, the reason is
// said inline and to screen readers (role="alert"), and "Confirm anyway…" asks the reason in an
// in-app dialog (never window.prompt) that gives the focus back to the segment.
import { expect, test, type Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { DEMO } from '../support/fixtures';
import { createDoc, editorIn, newSignedInPage, row, segmentsOf } from './helpers';

const PARAS = ['The exercise ends on August 20th.', 'Officials met at the border.', 'Nothing else happened.'];
const WRONG = '훈련은 8월 2일에 끝난다.';
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not confirmed: QA found 1 error' });

test('Ctrl+Enter right after typing a QA error: back on the segment, told why; confirm anyway with a reason in an in-app dialog', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, PARAS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  let nativeDialogs = 0;
  page.on('dialog', async (d) => {
    nativeDialogs += 1;
    await d.dismiss();
  });
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type(WRONG);
  await page.keyboard.press('Control+Enter');

  await expect(refusal(page)).toBeVisible();
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await expect(editorIn(page)).toBeFocused();
  await expect(editorIn(page)).toHaveText(WRONG);
  let seg = (await segmentsOf(request, docId))[0]!;
  expect([seg.targetText, seg.state]).toEqual([WRONG, 'DRAFT']);

  await row(page, 1).getByRole('button', { name: 'Confirm anyway…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm segment 1 despite QA errors' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await dialog.getByRole('button', { name: 'Confirm with this reason' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Write the reason first.');
  await dialog.getByRole('textbox').fill('The source has a typo: the exercise ends on the 2nd.');
  await dialog.getByRole('button', { name: 'Confirm with this reason' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorIn(page)).toBeFocused();
  await expect(refusal(page)).toHaveCount(0);
  seg = (await segmentsOf(request, docId))[0]!;
  expect(seg.state).toBe('TRANSLATED');
  expect(nativeDialogs).toBe(0);
  await context.close();
});

test('Ctrl+Enter on a saved segment whose QA error is known: the focus never leaves; fixed, it confirms and moves on', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, PARAS);
  const segs = await segmentsOf(request, docId);
  await request.patch(`/api/v1/segments/${segs[0]!.id}`, { data: { target: WRONG, version: segs[0]!.version } });
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  page.on('dialog', (d) => {
    throw new Error(`native dialog: ${d.message()}`);
  });
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await expect(page.getByTestId('qa-section')).toContainText(/20/);

  await page.keyboard.press('Control+Enter');
  await expect(refusal(page)).toBeVisible();
  await expect(editorIn(page)).toBeFocused();
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  expect(new URL(page.url()).searchParams.get('s')).toBe('1');
  expect((await segmentsOf(request, docId))[0]!.state).toBe('DRAFT');

  // The QA panel's "Confirm anyway…" opens the same dialog; Esc closes it and the focus is back in the segment.
  await page.getByRole('tab', { name: /^QA/ }).click();
  await page.getByTestId('qa-section').getByRole('button', { name: 'Confirm anyway…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm segment 1 despite QA errors' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editorIn(page)).toBeFocused();
  expect((await segmentsOf(request, docId))[0]!.state).toBe('DRAFT');

  // Fixed: Ctrl+Enter confirms and goes to segment 2.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('훈련은 8월 20일에 끝난다.');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
  await expect(editorIn(page)).toBeFocused();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[0]!.state).toBe('TRANSLATED');
  await expect(refusal(page)).toHaveCount(0);
  await context.close();
});

test('in the Korean interface the refusal and the dialog are in Korean', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type(WRONG);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: '확정되지 않았습니다. QA 오류가 1개 있습니다.' })).toBeVisible();
  await expect(editorIn(page)).toBeFocused();
  await row(page, 1).getByRole('button', { name: '그래도 확정…' }).click();
  const dialog = page.getByRole('dialog', { name: 'QA 오류가 있어도 세그먼트 1 확정' });
  await expect(dialog.getByRole('button', { name: '이 사유로 확정' })).toBeVisible();
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorIn(page)).toBeFocused();
  await context.close();
});
