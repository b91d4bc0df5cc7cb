// Issue #17 item 11, as an owner and the people they invite do it: the owner invites an email with a
// role and gets a one-time link (no email is sent); opened signed out, it lets the person set a name
// and password and join; it works once; a revoked link says so; an existing account signed in joins
// with one click; adding someone without an account no longer talks about npm.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';

async function newProject(request: APIRequestContext, name: string) {
  await apiSignIn(request, DEMO.owner);
  const res = await request.post('/api/v1/projects', { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

test('an owner invites by email; the link creates the account, joins the project once, and can be revoked', async ({ page, browser }) => {
  const projectId = await newProject(page.request, `Invites e2e ${Date.now()}`);
  const email = `new-reviewer-${Date.now()}@example.test`;
  await page.goto(`/projects/${projectId}?tab=members`); // members and invites are a tab of the project page

  // Adding an address without an account points to invites (no command line).
  await page.getByLabel('Member email').fill(email);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const error = page.getByRole('alert').filter({ hasText: email });
  await expect(error).toContainText(/invite/i);
  await expect(error).not.toContainText('npm');

  // The invite: email and role, one link shown to copy.
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).last().selectOption('REVIEWER');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${BASE_URL}/invite/[A-Za-z0-9_-]{40,}$`));
  await expect(page.getByTestId('pending-invites')).toContainText(email);

  // Signed out, the person opens it, sets a name and a password, and is in the project, signed in.
  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await expect(guestPage.getByTestId('invite-summary')).toContainText('as Reviewer');
  await expect(guestPage.getByLabel('Email')).toHaveValue(email);
  await guestPage.getByLabel('Your name').fill('박지원');
  await guestPage.getByLabel('Password').fill('short');
  await guestPage.getByRole('button', { name: 'Create my account and join' }).click();
  await expect(guestPage).toHaveURL(/\/invite\//); // the browser refuses a password under 8 characters
  await guestPage.getByLabel('Password').fill('a-good-password');
  await guestPage.getByRole('button', { name: 'Create my account and join' }).click();
  await guestPage.waitForURL(new RegExp(`/projects/${projectId}$`));
  await expect(guestPage.locator('header')).toContainText('박지원');
  // A reviewer there: no invite form.
  await expect(guestPage.getByRole('button', { name: 'Create invite link' })).toHaveCount(0);
  // …who can sign in again with that password.
  const again = await guest.request.post('/api/v1/auth/session', {
    data: { email, password: 'a-good-password' },
    headers: { origin: BASE_URL },
  });
  expect(again.status()).toBe(200);
  await guest.close();

  // The link works once.
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(link);
  await expect(latePage.getByTestId('invite-unusable')).toContainText('already been used');
  await late.close();

  // The owner sees the new member and no pending invite; a second invite is revoked and says so.
  await page.reload();
  await expect(page.locator('table')).toContainText('박지원');
  await expect(page.getByTestId('pending-invites')).toHaveCount(0);
  await page.getByLabel('Email', { exact: true }).fill(`withdrawn-${Date.now()}@example.test`);
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const second = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  await page.getByRole('button', { name: /^Revoke the invite for withdrawn-/ }).click();
  await expect(page.getByTestId('pending-invites')).toHaveCount(0);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(second);
  await expect(otherPage.getByTestId('invite-unusable')).toContainText('withdrew');
  await other.close();
});

test('an existing account opening the link signed in joins with one click; signed out it is sent to sign in and back', async ({
  page,
  browser,
}) => {
  const projectId = await newProject(page.request, `Invites existing ${Date.now()}`);
  const res = await page.request.post(`/api/v1/projects/${projectId}/invites`, { data: { email: DEMO.translator, role: 'TRANSLATOR' } });
  expect(res.status(), await res.text()).toBe(201);
  const path = (await res.json()).path as string;

  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await p.goto(path);
  await p.getByRole('link', { name: 'Sign in' }).click();
  await p.getByLabel('Email').fill(DEMO.translator);
  await p.getByLabel('Password').fill('demo-pass-2026');
  await p.getByRole('button', { name: /Sign in/ }).click();
  await p.waitForURL(new RegExp(`${path}$`));
  await expect(p.getByText('Signed in as Demo Translator')).toBeVisible();
  await p.getByRole('button', { name: /^Join “Invites existing/ }).click();
  await p.waitForURL(new RegExp(`/projects/${projectId}$`));
  await expect(p.getByRole('heading', { level: 1 })).toContainText('Invites existing');
  await ctx.close();
});

test('the invite page in Korean', async ({ page, browser }) => {
  const projectId = await newProject(page.request, `초대 ${Date.now()}`);
  const res = await page.request.post(`/api/v1/projects/${projectId}/invites`, {
    data: { email: `ko-${Date.now()}@example.test`, role: 'REVIEWER' },
  });
  const path = (await res.json()).path as string;
  const ctx = await browser.newContext({ locale: 'ko-KR' });
  await ctx.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  const p = await ctx.newPage();
  await p.goto(path);
  await expect(p.getByTestId('invite-summary')).toContainText('검토자 역할로 초대받았습니다');
  const text = (await p.locator('main').innerText()).replace(/ko-\d+@example\.test/g, '');
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
  const serious = (await new AxeBuilder({ page: p }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
  await ctx.close();
});
