import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO, DEMO_PASSWORD } from '../support/fixtures';

test('the three demo accounts can sign in through the API', async ({ request }) => {
  for (const email of Object.values(DEMO)) {
    const res = await apiSignIn(request, email);
    expect((await res.json()).user.email).toBe(email);
    const me = await request.get('/api/v1/auth/me');
    expect((await me.json()).user.email).toBe(email);
    await request.delete('/api/v1/auth/session');
  }
  expect((await request.get('/api/health')).ok()).toBe(true);
});

test('the translator signs in in the browser, opens the demo document and sees its paragraphs', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill(DEMO.translator);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByRole('link', { name: 'Korean Peninsula Today (demo)' }).click();
  await expect(page.getByRole('heading', { name: /Korean Peninsula Today/ })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Seoul and Pyongyang Test the Waters' }).click();
  // The editor's rows (a virtualised list; a 20-paragraph document renders whole).
  const rows = page.locator('[data-segment-id]');
  await expect(rows).toHaveCount(20);
  await expect(page.getByText('Park Seo-yeon(박서연)', { exact: false })).toBeVisible();
  await expect(page.locator('[data-side="target"][lang="ko"]').first()).toHaveText('오늘의 한반도');
});

test('the UI switches to Korean and remembers it', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  await page.goto('/projects');
  await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible();
  // The language is in the user menu (header).
  await page.getByRole('button', { name: /Account menu for/ }).click();
  await page.getByRole('menuitemradio', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { name: '프로젝트', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.reload();
  await page.getByRole('button', { name: /계정 메뉴/ }).click();
  await expect(page.getByRole('menuitem', { name: '로그아웃' })).toBeVisible();
});

test('the UI follows a Korean browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: { 'accept-language': 'ko-KR,ko;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: '로그인' })).toBeVisible();
  await context.close();
});

test('an owner adds a member and creates a token in the UI; a non-member gets 404', async ({ page, request }) => {
  await apiSignIn(page.request, DEMO.owner);
  await page.goto('/account');
  await page.getByLabel('Token name').fill('e2e');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-token').textContent())!.trim();
  expect(secret).toMatch(/^wbt_/);
  const projects = await request.get('/api/v1/projects', { headers: { authorization: `Bearer ${secret}` } });
  expect(projects.status()).toBe(200);
  const projectId = (await projects.json()).projects.find((p: { name: string }) => p.name === 'Korean Peninsula Today (demo)').id;

  // A brand-new project of the translator's is invisible to the owner: 404, not 403.
  await apiSignIn(request, DEMO.translator);
  const own = await request.post('/api/v1/projects', { data: { name: 'Private' }, headers: { origin: new URL(page.url()).origin } });
  expect(own.status()).toBe(201);
  const privateId = (await own.json()).id;
  const peek = await page.request.get(`/api/v1/projects/${privateId}`);
  expect(peek.status()).toBe(404);
  expect((await peek.json()).error.code).toBe('not_found');

  await page.goto(`/projects/${projectId}?tab=members`);
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.getByText('translator@demo.test')).toBeVisible();
});
