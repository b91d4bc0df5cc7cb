// The QA-issue and open-annotation filters, the QA counts in the header, and the QA panel.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, openEditor, segmentsOf } from './helpers';

test('filters segments with QA issues or open comments; the header counts QA issues', async ({ page, request }) => {
  const docId = await createDoc(request, ['The exercise ends on August 20th.', 'Officials met at the border.', 'Nothing else happened.']);
  const segs = await segmentsOf(request, docId);
  // Segment 1: a wrong date (QA error). Segment 2: an open comment from the reviewer.
  await request.patch(`/api/v1/segments/${segs[0]!.id}`, { data: { target: '훈련은 8월 2일에 끝난다.', version: segs[0]!.version } });
  await apiSignIn(request, DEMO.reviewer);
  const note = await request.post(`/api/v1/segments/${segs[1]!.id}/annotations`, {
    data: { side: 'source', start: 0, end: 9, category: 'style', severity: 'minor', comment: '확인 필요' },
  });
  expect(note.status(), await note.text()).toBe(201);

  await openEditor(page, docId);
  await expect(page.getByTestId('qa-summary')).toContainText('1 error');
  const rows = page.locator('[data-segment-id]');
  await expect(rows).toHaveCount(3);
  await page.getByTestId('filters-button').click();
  await page.getByLabel('Show', { exact: true }).selectOption('qa');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-number', '1');
  await page.getByLabel('Show', { exact: true }).selectOption('annotations');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-number', '2');
  await page.getByLabel('Show', { exact: true }).selectOption('all');
  await expect(rows).toHaveCount(3);

  // The QA panel of segment 1 names the problem.
  await rows.first().click();
  await expect(page.getByTestId('qa-section')).toContainText(/20/);
});
