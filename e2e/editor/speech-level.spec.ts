// Speech level (말투) consistency in the editor (issue #15): in a plain-style (해라체) document, a
// sentence that ends in 합쇼체 gets a wavy warning underline on its last word and an entry in the
// side panel's QA section, in English and in Korean; quoted speech in its own register does not.
import { expect, test } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, editorIn, openEditor, row, segmentsOf } from './helpers';

const SOURCE = [
  'The ministry offered rice to the North.',
  '“We will keep the door open,” the minister said.',
  'Pyongyang blew up a road last month.',
  'Critics are not convinced.',
];
const TARGET = [
  '통일부는 북한에 쌀 지원을 제안했다.',
  '장관은 “문은 열어 두겠습니다”라고 말했다.',
  '북한은 지난달 도로를 폭파했습니다.',
  '비판론자들은 회의적이다.',
];

async function fill(request: Parameters<typeof segmentsOf>[0], docId: string) {
  const segs = await segmentsOf(request, docId);
  await apiSignIn(request, DEMO.translator);
  for (const [i, s] of segs.entries()) {
    const res = await request.patch(`/api/v1/segments/${s.id}`, { data: { target: TARGET[i], version: s.version } });
    expect(res.ok(), await res.text()).toBe(true);
  }
}

test('a 합쇼체 sentence in a 해라체 document is underlined and listed in the side panel', async ({ page }) => {
  const docId = await createDoc(page.request, SOURCE);
  await fill(page.request, docId);
  await openEditor(page, docId, DEMO.translator, '?s=3');
  await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');

  const title =
    /^QA Warning: “폭파했습니다” ends the sentence in the formal polite \(합쇼체, -습니다\) speech level; most of the document uses plain \(해라체, -다\)\.$/;
  // The active row's editor underlines the sentence's last word; the side panel lists the issue.
  const inEditor = editorIn(page).locator('mark.qa.qa-warning');
  await expect(inEditor).toHaveText('폭파했습니다');
  await expect(inEditor).toHaveAttribute('title', title);
  await expect(page.getByTestId('qa-section')).toContainText('ends the sentence in the formal polite (합쇼체, -습니다) speech level');
  // Only that sentence: the quoted 합쇼체 in row 2 is speech, not the article's voice.
  await expect(row(page, 2).locator('mark.qa')).toHaveCount(0);
  await expect(row(page, 1).locator('mark.qa')).toHaveCount(0);

  // Moving on, the static row keeps the underline.
  await page.keyboard.press('Control+ArrowDown');
  await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
  const staticMark = row(page, 3).locator('[data-side="target"] mark.qa.qa-warning');
  await expect(staticMark).toHaveText('폭파했습니다');
  await expect(staticMark).toHaveAttribute('title', title);
});

test('the speech-level message follows the interface language (Korean)', async ({ page, context }) => {
  const docId = await createDoc(page.request, SOURCE);
  await fill(page.request, docId);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await openEditor(page, docId, DEMO.translator, '?s=3');
  await expect(editorIn(page).locator('mark.qa.qa-warning')).toHaveAttribute(
    'title',
    /^QA 경고: “폭파했습니다”: 이 문장은 합쇼체\(-습니다\)로 끝나지만 문서 대부분의 말투는 해라체\(-다\)입니다\.$/,
  );
  await expect(page.getByTestId('qa-section')).toContainText('이 문장은 합쇼체(-습니다)로 끝나지만');
});
