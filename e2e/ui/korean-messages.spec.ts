// A Korean interface with no English left (issue #17 item 7): server errors arrive with a stable
// reason and are shown in Korean (sign-in, import, no file chosen: said without a request),
// history actions and origins have translators' labels, "Detected in …" is worded in Korean, and
// the pre-translate popover stays on the screen at 1,024 and 390 px.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO, DEMO_PASSWORD } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, row } from '../editor/helpers';
import { expectInViewport, korean } from './helpers';

test('sign-in errors are in Korean: wrong password, throttled', async ({ page, context }) => {
  await korean(context);
  await page.goto('/sign-in');
  await page.locator('#email').fill(DEMO.reviewer);
  await page.locator('#password').fill('not-the-password');
  await page.locator('button[type="submit"]').click();
  const alert = page.locator('form').getByRole('alert');
  await expect(alert).toHaveText('이메일 또는 비밀번호가 맞지 않습니다.');
  // Past the allowance the server throttles (429): the message says so in Korean, with the wait.
  let status = 0;
  for (let i = 0; i < 12 && status !== 429; i += 1) {
    const res = await page.request.post('/api/v1/auth/session', { data: { email: 'nobody-throttled@demo.test', password: `wrong-${i}` } });
    status = res.status();
  }
  expect(status).toBe(429);
  await page.locator('#email').fill('nobody-throttled@demo.test');
  await page.locator('#password').fill('wrong-again');
  await page.locator('button[type="submit"]').click();
  await expect(alert).toContainText('로그인에 너무 많이 실패했습니다');
  await expect(alert).not.toContainText(/[A-Za-z]{3,}/);
  // The right password still signs in.
  await page.locator('#email').fill(DEMO.reviewer);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/projects$/);
});

test('import: no file chosen is said without a request; an empty file and a member refusal are in Korean', async ({ page, context }) => {
  await korean(context);
  const projectId = await demoProjectId(page.request);
  await apiSignIn(page.request, DEMO.owner);
  await page.goto(`/projects/${projectId}`);
  const details = page.locator('details.card', { has: page.locator('#doc-file') });
  await details.locator('summary').click();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/documents')) posts.push(r.url());
  });
  const form = details.locator('form');
  await form.locator('button[type="submit"]').click();
  await expect(form.getByRole('alert')).toHaveText('가져올 파일을 먼저 선택하세요.');
  expect(posts).toEqual([]);

  await form.locator('input[type="file"]').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await form.locator('button[type="submit"]').click();
  await expect(form.getByRole('alert')).toHaveText('파일이 비어 있습니다. 가져올 텍스트가 없습니다.');
  expect(posts).toHaveLength(1);

  await form.locator('input[type="file"]').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
  });
  await form.locator('button[type="submit"]').click();
  await expect(form.getByRole('alert')).toContainText(/파일/);
  const said = (await form.getByRole('alert').textContent()) ?? '';
  expect(said.replace(/Markdown|HTML|XLIFF|DOCX/g, '')).not.toMatch(/[A-Za-z]{3,}/);
});

test('history actions, origins and the glossary note have Korean labels', async ({ page, context }) => {
  await korean(context);
  const projectId = await demoProjectId(page.request);
  const docId = await createDoc(page.request, ['Kwon Jong-gun(권정근) met the envoy on Monday.', 'The talks went on.']);
  const segs = (await (await page.request.get(`/api/v1/documents/${docId}/segments`)).json()).segments as { id: string; version: number }[];
  const saved = await page.request.patch(`/api/v1/segments/${segs[0]!.id}`, {
    data: { target: '권정근은 월요일에 특사를 만났다.', version: segs[0]!.version, state: 'TRANSLATED' },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeVisible();
  const panel = page.locator('.side-panel');
  await expect(panel.locator('.revisions')).toContainText('번역 확정');
  await expect(panel.locator('.revisions')).not.toContainText(/confirm|save/);
  await expect(row(page, 1).locator('.origin')).toHaveText('직접 번역');
  // The detected name's note: "Detected in …" in Korean words, the document title kept as English text.
  await expect(panel.getByTestId('term-note').first()).toContainText('에서 찾음');
  await expect(panel.getByTestId('term-note').first()).not.toContainText('Detected');
  await page.goto(`/projects/${projectId}/glossary`);
  await expect(page.getByTestId('term-note').filter({ hasText: '에서 찾음' }).first()).toBeVisible();
  await expect(page.getByText('Detected in')).toHaveCount(0);
});

for (const width of [1024, 390]) {
  test(`the pre-translate popover stays inside the screen at ${width} px`, async ({ page, context }) => {
    await korean(context);
    await page.setViewportSize({ width, height: 800 });
    const docId = await createDoc(page.request, ['One paragraph to pre-translate.', 'Another one.']);
    await apiSignIn(page.request, DEMO.translator);
    await page.goto(`/documents/${docId}`);
    await expect(editorIn(page)).toBeVisible();
    const popover = page.getByTestId('pretranslate-popover');
    await popover.locator('summary').click();
    await expect(popover.locator('.popover-panel')).toBeVisible();
    await expectInViewport(page, '[data-testid="pretranslate-popover"] .popover-panel');
    await page.keyboard.press('Escape');
    await expect(popover.locator('.popover-panel')).toBeHidden();
  });
}
