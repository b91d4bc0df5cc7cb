// The quality report counts the reviewed words and shows the coverage beside the score; a document
// with little reviewed says "Not enough reviewed", not "Pass" (issue #17 item 9).
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc } from '../editor/helpers';
import { korean } from './helpers';

const TEN = 'The officials from both sides met at the border village';

test('a partly reviewed document shows its coverage and "Not enough reviewed", then passes once half is reviewed', async ({
  page,
  context,
}) => {
  const docId = await createDoc(page.request, [TEN, TEN, TEN, TEN]);
  const segs = (await (await page.request.get(`/api/v1/documents/${docId}/segments`)).json()).segments as { id: string; version: number }[];
  for (const s of segs) {
    const r = await page.request.patch(`/api/v1/segments/${s.id}`, {
      data: { target: '양측 관리들이 국경 마을에서 만났다.', version: s.version, state: 'TRANSLATED' },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  await apiSignIn(page.request, DEMO.reviewer);
  const approve = (id: string) => page.request.post(`/api/v1/segments/${id}/approve`, { data: {} });
  expect((await approve(segs[0]!.id)).status()).toBe(200);

  await page.goto(`/documents/${docId}/quality`);
  await expect(page.getByTestId('quality-coverage')).toHaveText('10 of 40 words reviewed (25.0%)');
  await expect(page.getByTestId('quality-score')).toHaveText('100');
  await expect(page.getByTestId('quality-result')).toHaveText('Not enough reviewed');

  await korean(context);
  await page.reload();
  await expect(page.getByTestId('quality-coverage')).toHaveText('전체 40단어 중 10단어 검토(25.0%)');
  await expect(page.getByTestId('quality-result')).toHaveText('검토 부족');

  expect((await approve(segs[1]!.id)).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('quality-coverage')).toHaveText('전체 40단어 중 20단어 검토(50.0%)');
  await expect(page.getByTestId('quality-result')).toHaveText('통과');
});
