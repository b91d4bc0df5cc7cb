// Sign-in through the API (like documenso's e2e fixtures): a page that already carries the session cookie.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO = {
  owner: 'owner@demo.test',
  translator: 'translator@demo.test',
  reviewer: 'reviewer@demo.test',
} as const;

export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const res = await request.post('/api/v1/auth/session', { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return res;
}

export async function signInPage(page: Page, email: string) {
  await apiSignIn(page.request, email);
}
