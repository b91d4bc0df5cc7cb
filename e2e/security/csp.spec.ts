// Issue #18 row 14: the nonce CSP blocks nothing the app itself does. Every page the workbench
// serves (sign-in, projects, the editor with TipTap, the public edition /e/<slug> with its inline
// <style> and language toggle) is opened and used in Chromium while CSP violations are collected:
// securitypolicyviolation events in the page and CSP errors in the console. None are expected.
import { expect, test, type Page } from '@playwright/test';
import { createDoc } from '../editor/helpers';
import { apiSignIn, DEMO } from '../support/fixtures';

function watchCsp(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) seen.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.push(`pageerror: ${err.message}`));
  return seen;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).slice());
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

test('sign-in, projects, the editor and a public edition run under the CSP without a violation', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const seen = watchCsp(page);

  const signIn = await page.goto('/sign-in');
  const csp = signIn!.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(signIn!.headers()['x-content-type-options']).toBe('nosniff');
  expect(signIn!.headers()['referrer-policy']).toBeTruthy();
  // The page's own scripts carry the nonce, and the form works (hydrated React).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src || s.textContent).every((s) => s.nonce !== ''))).toBe(true);
  await page.getByLabel(/Email/i).fill(DEMO.translator);
  await page.getByLabel(/Password/i).fill('demo-pass-2026');
  await page.getByRole('button', { name: /Sign in/i }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  expect(nonce.length).toBeGreaterThan(10);
  expect(await violations(page)).toEqual([]);

  await page.goto('/projects');
  await expect(page.getByRole('heading').first()).toBeVisible();
  // Style elements only with the nonce: the command palette's scroll lock (Radix) adds its own
  // <style>, which applies (the page behind stops scrolling) without a violation.
  expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await violations(page)).toEqual([]);

  // The editor: TipTap mounts, typing saves.
  const owner = await browser.newContext();
  const documentId = await createDoc(owner.request, ['The talks resumed in Seoul.', 'Officials met on Monday.']);
  await page.goto(`/documents/${documentId}`);
  const editor = page.getByTestId('segment-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type('회담이 재개되었다.');
  await expect(page.getByText('회담이 재개되었다.').first()).toBeVisible();
  // Style elements need the nonce: TipTap's base styles are in and apply (no ligatures in the
  // editable text, a rule only they set).
  expect(await page.locator('style[data-tiptap-style]').count()).toBe(1);
  expect(await editor.evaluate((el) => getComputedStyle(el).fontVariantLigatures)).toBe('none');
  expect(await violations(page)).toEqual([]);

  // Every other page of the workbench, as the owner (who sees them all).
  await apiSignIn(owner.request, DEMO.owner);
  const ownerPage = await owner.newPage();
  const ownerSeen = watchCsp(ownerPage);
  await ownerPage.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const projectId = (await (await owner.request.get(`/api/v1/documents/${documentId}`)).json()).projectId as string;
  for (const path of [
    '/',
    '/account',
    `/projects/${projectId}`,
    `/projects/${projectId}/glossary`,
    `/documents/${documentId}/align`,
    `/documents/${documentId}/quality`,
    `/documents/${documentId}/publish`,
  ]) {
    const r = await ownerPage.goto(path);
    expect(r!.status(), path).toBeLessThan(400);
    await ownerPage.waitForLoadState('networkidle');
    expect(await violations(ownerPage), path).toEqual([]);
  }
  expect(ownerSeen).toEqual([]);

  // A public edition (anonymous): inline edition CSS applies, the language toggle works.
  const pub = await owner.request.post(`/api/v1/documents/${documentId}/editions`, { data: { overrideReason: 'CSP check' } });
  expect(pub.status(), await pub.text()).toBe(201);
  const { slug } = await pub.json();
  const reader = await (await browser.newContext()).newPage();
  const readerSeen = watchCsp(reader);
  await reader.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await reader.goto(`/e/${slug}`);
  expect(res!.headers()['content-security-policy']).toMatch(/'nonce-/);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await reader.getByRole('radio', { name: '한국어' }).check();
  await expect(reader.locator('.src').first()).toBeHidden();
  expect(await violations(reader)).toEqual([]);
  expect(readerSeen).toEqual([]);
  expect(seen).toEqual([]);
  await owner.close();
});
