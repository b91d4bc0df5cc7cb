import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';

const XSS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

async function demoDocument(request: APIRequestContext) {
  const projects = await (await request.get('/api/v1/projects')).json();
  const demo = projects.projects.find((p: { name: string }) => p.name === 'Korean Peninsula Today (demo)');
  const project = await (await request.get(`/api/v1/projects/${demo.id}`)).json();
  return {
    projectId: project.id as string,
    document: project.documents.find((d: { title: string }) => d.title.startsWith('Seoul and Pyongyang')) as { id: string; title: string },
  };
}

test('the owner publishes the demo document with an override; a signed-out reader opens it and switches languages', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await apiSignIn(page.request, DEMO.owner);
  const { projectId, document } = await demoDocument(page.request);

  await page.goto(`/projects/${projectId}`);
  await page.getByRole('link', { name: 'Publish' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/documents/${document.id}/publish$`));
  await expect(page.getByRole('heading', { name: /^Publish:/ })).toBeVisible();
  // The blocking list: segment numbers and states (the demo has 2 translated titles; the rest are
  // empty, or machine drafts when the pre-translation spec ran first).
  const blocking = page.getByTestId('blocking');
  await expect(blocking.locator('tbody tr')).toHaveCount(20);
  await expect(blocking.locator('tbody tr').first()).toContainText('1');
  await expect(blocking.locator('tbody tr').first()).toContainText('Translated');
  await expect(blocking.locator('tbody tr').nth(2)).toContainText(/Empty|Draft/);

  await page.getByLabel('Reason for publishing before everything is approved').fill('Preview for the editors; review continues.');
  await page.getByRole('button', { name: 'Publish anyway' }).click();
  const link = page.getByTestId('published-link');
  await expect(link).toHaveText(/^\/e\/seoul-and-pyongyang-test-the-waters\/v\/1$/);
  await expect(page.getByTestId('editions').locator('li')).toHaveCount(1);

  // Signed out: a fresh context without the session cookie.
  const reader = await browser.newContext();
  const pub = await reader.newPage();
  const res = await pub.goto('/e/seoul-and-pyongyang-test-the-waters');
  expect(res?.status()).toBe(200);
  await expect(pub.locator('html')).toHaveAttribute('lang', 'en');
  await expect(pub.locator('.topbar')).toHaveCount(0);
  await expect(pub.getByRole('heading', { level: 1 })).toContainText('Seoul and Pyongyang Test the Waters');
  // The override reason is internal: the edition never shows it (#17 item 6), nor "not translated".
  await expect(pub.getByText('Preview for the editors; review continues.')).toHaveCount(0);
  expect(await pub.locator('body').innerText()).not.toMatch(/not translated|번역 없음/);
  await expect(pub.locator('meta[property="og:title"]')).toHaveAttribute('content', /Seoul and Pyongyang/);
  await expect(pub.locator('#p3')).toHaveCount(1);
  await expect(pub.locator('#p1 .trg[lang="ko"]')).toHaveText('오늘의 한반도');
  await expect(pub.locator('#p1 .src[lang="en"]')).toHaveText('Korean Peninsula Today');

  // Wide screen: side by side.
  const src = pub.locator('#p1 .src');
  const trg = pub.locator('#p1 .trg');
  let a = (await src.boundingBox())!;
  let b = (await trg.boundingBox())!;
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  expect(Math.abs(b.y - a.y)).toBeLessThan(5);

  // The toggle: Korean only, English only, both (keyboard-reachable radios with labels).
  await pub.getByRole('radio', { name: '한국어' }).check();
  await expect(src).toBeHidden();
  await expect(trg).toBeVisible();
  await pub.getByRole('radio', { name: 'English' }).check();
  await expect(trg).toBeHidden();
  await expect(src).toBeVisible();
  await pub.getByRole('radio', { name: /Both/ }).check();
  await expect(trg).toBeVisible();

  // Narrow screen: interleaved (the Korean paragraph under the English one).
  await pub.setViewportSize({ width: 400, height: 800 });
  a = (await src.boundingBox())!;
  b = (await trg.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);

  // The version page and a download link work signed out.
  expect((await pub.goto('/e/seoul-and-pyongyang-test-the-waters/v/1'))?.status()).toBe(200);
  const epubHref = await pub.getByRole('link', { name: 'EPUB' }).getAttribute('href');
  const epub = await pub.request.get(epubHref!);
  expect(epub.status()).toBe(200);
  expect(epub.headers()['content-type']).toBe('application/epub+zip');
  await reader.close();
});

test('XSS payloads in source, target and title render as text; downloads work; unpublishing hides a version', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await apiSignIn(page.request, DEMO.owner);
  const { projectId } = await demoDocument(page.request);
  const created = await page.request.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: `XSS ${XSS[0]}`, content: `Heading ${XSS[1]}\n\n${XSS.join(' ')} end.` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const doc = await created.json();
  const segs = (await (await page.request.get(`/api/v1/documents/${doc.id}/segments`)).json()).segments;
  for (const s of segs) {
    const r = await page.request.patch(`/api/v1/segments/${s.id}`, {
      data: {
        target: `번역 ${XSS.join(' ')}`,
        state: 'APPROVED',
        version: s.version,
        qaOverrideReason: 'markup kept on purpose: XSS probe',
      },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  const pub1 = await page.request.post(`/api/v1/documents/${doc.id}/editions`, { data: {} });
  expect(pub1.status(), await pub1.text()).toBe(201);
  const ed1 = await pub1.json();
  const pub2 = await page.request.post(`/api/v1/documents/${doc.id}/editions`, { data: {} });
  const ed2 = await pub2.json();
  expect(ed2).toMatchObject({ version: 2, slug: ed1.slug });

  const reader = await browser.newContext();
  const p = await reader.newPage();
  let dialogs = 0;
  p.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await p.goto(ed1.url);
  await expect(p.getByRole('heading', { level: 1 })).toContainText(`XSS ${XSS[0]}`);
  await expect(p.locator('#p2 .src')).toContainText(XSS.join(' '));
  await expect(p.locator('#p2 .trg')).toContainText(`번역 ${XSS.join(' ')}`);
  await expect(p.locator('.edition script, .edition img, .edition svg')).toHaveCount(0);
  await p.waitForTimeout(500);
  expect(dialogs).toBe(0);

  // Every reading format, signed out; the interchange formats for members only.
  for (const [format, type] of [
    ['epub', 'application/epub+zip'],
    ['docx', 'wordprocessingml'],
    ['md', 'markdown'],
    ['pdf', 'application/pdf'],
  ] as const) {
    const r = await p.request.get(`/api/v1/editions/${ed1.id}/download?format=${format}`, { timeout: 120_000 });
    expect(r.status(), `${format}: ${r.status()}`).toBe(200);
    expect(r.headers()['content-type']).toContain(type);
  }
  for (const [format, type] of [
    ['xliff', 'xliff'],
    ['tmx', 'tmx'],
  ] as const) {
    expect((await p.request.get(`/api/v1/editions/${ed1.id}/download?format=${format}`)).status()).toBe(401);
    const r = await page.request.get(`/api/v1/editions/${ed1.id}/download?format=${format}`);
    expect(r.status(), `${format}: ${r.status()}`).toBe(200);
    expect(r.headers()['content-type']).toContain(type);
  }

  // Unpublish version 2: the slug serves version 1 again, /v/2 is gone, nothing is deleted.
  const hide = await page.request.patch(`/api/v1/editions/${ed2.id}`, { data: { hidden: true } });
  expect(hide.status()).toBe(200);
  expect((await p.goto(`/e/${ed1.slug}/v/2`))?.status()).toBe(404);
  await p.goto(`/e/${ed1.slug}`);
  await expect(p.locator('article.edition')).toHaveAttribute('data-edition-version', '1');
  expect(dialogs).toBe(0);
  await reader.close();
});
