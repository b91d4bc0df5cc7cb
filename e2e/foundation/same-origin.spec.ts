// Cookie-authenticated writes on the real server (issue #18 row 13): refused without a same-origin
// Origin or Sec-Fetch-Site, a forged X-Forwarded-Host does not make a foreign Origin "ours" (Next.js
// keeps a client's X-Forwarded-Host; the app ignores it without TRUST_PROXY), and a page's own
// fetch, in a browser context that adds no headers of its own, passes because the browser sends Origin.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';

test('cookie writes need proof of the same origin; the browser supplies it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: {} });
  const page = await context.newPage();
  await apiSignIn(page.request, DEMO.translator);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  const post = (headers: Record<string, string>) =>
    fetch(`${baseURL}/api/v1/auth/tokens`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'same-origin check' }),
    });
  expect((await post({})).status).toBe(403);
  expect((await post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).status).toBe(403);
  expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  expect((await post({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  expect((await post({ origin: baseURL! })).status).toBe(201);

  await page.goto('/account');
  const fromPage = await page.evaluate(async () => {
    const res = await fetch('/api/v1/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'from the page' }),
    });
    return res.status;
  });
  expect(fromPage).toBe(201);
  await context.close();
});
