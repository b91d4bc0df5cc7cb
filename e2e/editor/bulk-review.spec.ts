// Bulk review in the editor (issue #17): a reviewer ticks a range of rows (Shift+click) or every row
// the filter shows, then approves, rejects with one reason, or reopens; the skipped ones are listed
// with why, and each decision reaches the server and the rows.
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, filterBy, newSignedInPage, row, segmentsOf } from './helpers';

const PARAS = [
  'The exercise ends on August 20th.',
  'Officials met at the border.',
  'Nothing else happened.',
  'Analysts expect a second round.',
  'The talks resumed on Monday.',
];
const TARGETS = ['훈련은 8월 2일에 끝난다.', '관리들이 국경에서 만났다.', '다른 일은 없었다.', '', '회담은 월요일에 재개됐다.'];

test('a reviewer approves a Shift+click range, reopens and rejects every shown row; skipped rows are listed with why', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, PARAS);
  const segs = await segmentsOf(request, docId);
  for (const [i, target] of TARGETS.entries()) {
    if (!target) continue;
    const r = await request.patch(`/api/v1/segments/${segs[i]!.id}`, {
      data: { target, state: 'TRANSLATED', version: segs[i]!.version, qaOverrideReason: 'set up by the test' },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  const { context, page } = await newSignedInPage(browser, DEMO.reviewer);
  page.on('dialog', (d) => {
    throw new Error(`native dialog: ${d.message()}`);
  });
  await page.goto(`/documents/${docId}?s=2`);
  const bar = page.getByTestId('bulk-review');
  await expect(bar).toBeVisible();

  // Segment 1, then Shift+click segment 5: the five rows.
  await page.getByRole('checkbox', { name: 'Select segment 1 for bulk review (Shift+click: a range)' }).click();
  await page.getByRole('checkbox', { name: /Select segment 5 for bulk review/ }).click({ modifiers: ['Shift'] });
  await expect(bar.getByTestId('bulk-count')).toHaveText('5 segments selected');
  await bar.getByRole('button', { name: 'Approve selected' }).click();
  await expect(bar.getByTestId('bulk-result')).toHaveText('3 segments approved, 2 skipped.');
  const skipped = bar.getByTestId('bulk-skipped');
  await expect(skipped).toContainText('Segment 1: QA errors');
  await expect(skipped).toContainText('Segment 4: no translation yet');
  await expect(row(page, 3)).toHaveAttribute('data-state', 'APPROVED');
  expect((await segmentsOf(request, docId)).map((s) => s.state)).toEqual(['TRANSLATED', 'APPROVED', 'APPROVED', 'EMPTY', 'APPROVED']);
  // The skipped ones stay selected; a skipped segment's link opens it.
  await expect(bar.getByTestId('bulk-count')).toHaveText('2 segments selected');
  await skipped.getByRole('button', { name: 'Segment 1' }).click();
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar.getByTestId('bulk-count')).toHaveText('No segment selected');

  // Only approved rows shown, all selected, reopened.
  await filterBy(page, 'State', 'APPROVED');
  await expect(page.locator('[data-segment-id]')).toHaveCount(3);
  await bar.getByRole('button', { name: 'Select all shown (3)' }).click();
  await bar.getByRole('button', { name: 'Reopen selected' }).click();
  await expect(bar.getByTestId('bulk-result')).toHaveText('3 segments reopened, 0 skipped.');
  expect((await segmentsOf(request, docId)).map((s) => s.state)).toEqual(['TRANSLATED', 'TRANSLATED', 'TRANSLATED', 'EMPTY', 'TRANSLATED']);

  // Every row, rejected with one reason: the empty one is skipped.
  await filterBy(page, 'State', 'all');
  await expect(page.locator('[data-segment-id]')).toHaveCount(5);
  await bar.getByRole('button', { name: 'Select all shown (5)' }).click();
  await bar.getByRole('button', { name: 'Reject selected…' }).click();
  await bar.getByRole('textbox', { name: 'Reason for rejecting' }).fill('용어를 용어집에 맞춰 주세요.');
  await bar.getByRole('button', { name: 'Reject 5 segments' }).click();
  await expect(bar.getByTestId('bulk-result')).toHaveText('4 segments rejected, 1 skipped.');
  await expect(skipped).toHaveText('Segment 4: no translation yet');
  const after = await segmentsOf(request, docId);
  expect(after.map((s) => s.state)).toEqual(['REJECTED', 'REJECTED', 'REJECTED', 'EMPTY', 'REJECTED']);
  const notes = await request.get(`/api/v1/segments/${after[1]!.id}/annotations`);
  expect(JSON.stringify(await notes.json())).toContain('용어를 용어집에 맞춰 주세요.');
  await context.close();
});

test('translators get no bulk review bar and no row checkboxes', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(page.getByTestId('segment-editor')).toBeVisible();
  await expect(page.getByTestId('bulk-review')).toHaveCount(0);
  await expect(page.locator('.seg-select')).toHaveCount(0);
  await context.close();
});
