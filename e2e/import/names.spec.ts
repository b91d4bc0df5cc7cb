// Names without Hangul (#16): a Korean name the English gives only in romanisation is proposed with
// ranked Hangul candidates; the glossary says "Name not vetted" until the owner picks one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';

const fixture = readFileSync(path.join(__dirname, '../fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

test('the owner picks the Hangul of a name found without it, and rejects another proposal', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const project = await (await page.request.post('/api/v1/projects', { data: { name: `Names ${Date.now()}` } })).json();
  const doc = await page.request.post(`/api/v1/projects/${project.id}/documents`, {
    data: { title: 'A to Z', content: fixture, format: 'text' },
  });
  expect(doc.status()).toBe(201);

  await page.goto(`/projects/${project.id}/glossary`);
  const oh = page.locator('tr', { hasText: 'Oh Gyeong-seop' });
  await expect(oh.getByText('Name not vetted')).toBeVisible();
  await oh.getByRole('button', { name: 'Use “오경섭”' }).click();
  await expect(oh.getByText('Name not vetted')).toHaveCount(0);
  await expect(oh).toContainText('오경섭');
  await expect(oh).toContainText('Confirmed');

  const kwon = page.locator('tr', { hasText: 'Kwon Jong-gun' });
  await kwon.getByRole('button', { name: 'Reject' }).click();
  await expect(kwon).toContainText('Rejected');

  const terms = (await (await page.request.get(`/api/v1/projects/${project.id}/terms`)).json()).terms as {
    source: string;
    target: string;
    status: string;
  }[];
  expect(terms.find((t) => t.source === 'Oh Gyeong-seop')).toMatchObject({ target: '오경섭', status: 'CONFIRMED' });
  expect(terms.find((t) => t.source === 'Kwon Jong-gun')).toMatchObject({ status: 'REJECTED' });
});

test('in the editor, the side panel says "Name not vetted" and the owner picks the form there', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const project = await (await page.request.post('/api/v1/projects', { data: { name: `Names editor ${Date.now()}` } })).json();
  const doc = await (
    await page.request.post(`/api/v1/projects/${project.id}/documents`, {
      data: { title: 'Names', content: 'Today we talk with Oh Gyeong-seop, a researcher.\n\nNothing here.', format: 'text' },
    })
  ).json();
  await page.goto(`/documents/${doc.id}`);
  await page.getByRole('tab', { name: /^Glossary/ }).click();
  const hits = page.getByTestId('glossary-hits');
  await expect(hits).toContainText('Oh Gyeong-seop');
  await expect(hits.getByText('Name not vetted')).toBeVisible();
  // The highlighted name says so too, with its best guesses first.
  const highlighted = page.locator('[data-side="source"] .term', { hasText: 'Oh Gyeong-seop' }).first();
  // In a popover (keyboard focus opens it), not a title tooltip (issue #17 item 10).
  await highlighted.focus();
  await expect(page.getByTestId('term-popover')).toContainText('Name not vetted');
  await expect(page.getByTestId('term-popover')).toContainText('오경섭');
  await expect(highlighted).not.toHaveAttribute('title');
  await hits.getByRole('button', { name: 'Use “오경섭”' }).click();
  await expect(hits.getByText('Name not vetted')).toHaveCount(0);
  await expect(hits).toContainText('Oh Gyeong-seop → 오경섭');
  const term = (
    (await (await page.request.get(`/api/v1/projects/${project.id}/terms`)).json()).terms as {
      source: string;
      target: string;
      status: string;
    }[]
  ).find((t) => t.source === 'Oh Gyeong-seop');
  expect(term).toMatchObject({ target: '오경섭', status: 'CONFIRMED' });
});

test('the highlighted name says "not vetted" in the Korean interface too', async ({ page, context }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await apiSignIn(page.request, DEMO.owner);
  const project = await (await page.request.post('/api/v1/projects', { data: { name: `Names ko ${Date.now()}` } })).json();
  const doc = await (
    await page.request.post(`/api/v1/projects/${project.id}/documents`, {
      data: { title: 'Names', content: 'Today we talk with Oh Gyeong-seop, a researcher.\n\nNothing here.', format: 'text' },
    })
  ).json();
  await page.goto(`/documents/${doc.id}`);
  const highlighted = page.locator('[data-side="source"] .term', { hasText: 'Oh Gyeong-seop' }).first();
  await highlighted.focus();
  const popover = page.getByTestId('term-popover');
  await expect(popover).toContainText('확인되지 않은 이름');
  await expect(popover).toContainText('오경섭');
  await expect(popover).not.toContainText(/not vetted|proposed/);
});
