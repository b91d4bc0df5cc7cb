// The Korean interface of the main screens has no English left (issue #17 item 7): every visible
// text, placeholder, title and aria-label outside English content (lang="en": the documents' own
// text) is scanned for Latin words; only product, format and key names and the demo's own names pass.
import { expect, test, type Page } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn } from '../editor/helpers';
import { korean, leftoverEnglish } from './helpers';

async function expectNoEnglish(page: Page, screen: string, extra: string[] = []) {
  const words = await leftoverEnglish(page, extra);
  expect(words, `English left on ${screen}`).toEqual([]);
}

test('the sign-in page, the projects, a project, the glossary, the account page, the editor and the quality report are in Korean', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await korean(context);
  await page.goto('/sign-in');
  await expectNoEnglish(page, 'sign-in', ['pass']); // the demo password, demo-pass-2026

  const projectId = await demoProjectId(page.request);
  const title = `Scan ${Date.now()}`;
  const docId = await createDoc(
    page.request,
    ['Kwon Jong-gun(권정근) met the envoy on Monday.', 'The talks resumed after a long pause.'],
    title,
  );
  const segs = (await (await page.request.get(`/api/v1/documents/${docId}/segments`)).json()).segments as { id: string; version: number }[];
  await page.request.patch(`/api/v1/segments/${segs[0]!.id}`, {
    data: { target: '권정근은 월요일에 특사를 만났다.', version: segs[0]!.version, state: 'TRANSLATED' },
  });
  // The users' own data (project names and titles other specs created) is not interface text.
  const projects = (await (await page.request.get('/api/v1/projects')).json()).projects as { name: string }[];
  const dataWords = ['Scan', ...projects.flatMap((p) => p.name.match(/[A-Za-z]{2,}/g) ?? [])];

  await apiSignIn(page.request, DEMO.owner);
  for (const [path, screen] of [
    ['/projects', 'projects'],
    [`/projects/${projectId}`, 'project'],
    [`/projects/${projectId}/glossary`, 'glossary'],
    ['/account', 'account'],
    [`/documents/${docId}/quality`, 'quality report'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoEnglish(page, screen, dataWords);
  }

  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeVisible();
  await page.getByRole('tab', { name: /^기록/ }).click();
  await expect(page.locator('.revisions li').first()).toBeVisible();
  await expectNoEnglish(page, 'editor', dataWords);
  // The shortcuts dialog and the pre-translate panel too.
  await page.keyboard.press('Alt+KeyH');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoEnglish(page, 'shortcuts dialog', dataWords);
  await page.keyboard.press('Escape');
  await page.getByTestId('pretranslate-popover').locator('summary').click();
  await expectNoEnglish(page, 'pre-translate panel', dataWords);
});
