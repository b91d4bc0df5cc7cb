// Issue #17 item 6: the owner uploads the fixture article (its title comes from its first line, not
// the file name), sets the edition's title, subtitle, address and an editor's note when publishing;
// the reader sees no workflow (no override reason, no "not translated"), untranslated and
// do-not-translate paragraphs as their English alone, and is not offered XLIFF or TMX.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { approve, demoProjectId, FIXTURE_EN_TEXT, FIXTURE_KO, segmentsOf } from './helpers';

const REASON = 'Paragraph 20 is still with the reviewer.';
const NOTE = 'This edition pairs a 2019 radio commentary with its Korean translation, paragraph by paragraph.';
const SLUG = `korea-today-${Date.now().toString(36)}`;

test('the owner publishes with a title, subtitle, address and note; readers see the text without workflow or working files', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await apiSignIn(page.request, DEMO.owner);
  const projectId = await demoProjectId(page.request);

  // Upload the file without a title: the document is named after its first line.
  await page.goto(`/projects/${projectId}`);
  await page.getByText('New document').click();
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'korean-peninsula-a-to-z.en.txt', mimeType: 'text/plain', buffer: Buffer.from(FIXTURE_EN_TEXT) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 21 segments' })).toBeVisible();
  const href = (await page.getByRole('link', { name: 'Open the document' }).getAttribute('href'))!;
  const documentId = href.split('/').pop()!.split(/[?#]/)[0]!;
  const doc = await (await page.request.get(`/api/v1/documents/${documentId}`)).json();
  expect(doc.title ?? doc.document?.title).toBe('Korean Peninsula A to Z');

  // Everything approved except paragraph 20; the page's leftover "Latest News" is kept in English.
  const segs = await segmentsOf(page.request, documentId);
  const latest = segs.find((s) => s.position === 20)!;
  expect((await page.request.put(`/api/v1/segments/${latest.id}/do-not-translate`, { data: { doNotTranslate: true } })).status()).toBe(200);
  await approve(page.request, documentId, (i) => (i === 19 || i === 20 ? null : FIXTURE_KO[i]!));

  await page.goto(`/documents/${documentId}/publish`);
  const form = page.getByTestId('publish-form');
  await expect(form.getByLabel('Title (English)')).toHaveValue('Korean Peninsula A to Z');
  await expect(form.getByLabel('Title (Korean)')).toHaveValue('한반도 A to Z');
  await expect(form.getByLabel('Web address')).toHaveValue('korean-peninsula-a-to-z');
  // A slug with capitals and spaces is refused where it is typed.
  await form.getByLabel('Web address').fill('Korea Today');
  await expect(form.getByText(/Use only lowercase letters/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Publish anyway' })).toBeDisabled();
  await form.getByLabel('Web address').fill(SLUG);
  await form.getByLabel('Subtitle (English, optional)').fill('Korea, Today and Tomorrow');
  await form.getByLabel('Editor’s note (optional)').fill(NOTE);
  await form.getByLabel('Reason for publishing before everything is approved').fill(REASON);
  await expect(form.getByText(/readers of the edition never see it/)).toBeVisible();
  await form.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(page.getByTestId('published-link')).toHaveText(`/e/${SLUG}/v/1`);
  // The project keeps the reason; the list offers the working files to members.
  const list = page.getByTestId('editions');
  await expect(list).toContainText(REASON);
  await expect(list.getByRole('link', { name: 'XLIFF' })).toBeVisible();
  const editionId = (await (await page.request.get(`/api/v1/documents/${documentId}/editions`)).json()).editions[0].id as string;
  expect((await page.request.get(`/api/v1/editions/${editionId}/download?format=xliff`)).status()).toBe(200);

  // A signed-out reader.
  const reader = await browser.newContext();
  const pub = await reader.newPage();
  expect((await pub.goto(`/e/${SLUG}`))?.status()).toBe(200);
  const h1 = pub.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Korean Peninsula A to Z');
  await expect(h1).toContainText('한반도 A to Z');
  await expect(pub.locator('.ed-subtitle')).toContainText('Korea, Today and Tomorrow');
  await expect(pub.locator('.ed-subtitle')).toContainText('한국, 오늘과 내일'); // the Korean of the segment it repeats
  await expect(pub.locator('#p1, #p2')).toHaveCount(0); // title and subtitle are not repeated in the body
  await expect(pub.getByRole('complementary', { name: /Editor's note/ })).toContainText(NOTE);
  const text = await pub.locator('body').innerText();
  expect(text).not.toContain(REASON);
  expect(text).not.toMatch(/not translated|번역 없음|approved|승인/i);
  // Untranslated (20) and kept-in-English (21) paragraphs: the English alone, also in the Korean-only view.
  await expect(pub.locator('#p20 .src')).toContainText('If North Korea and the U.S. hold working-level nuclear talks');
  await expect(pub.locator('#p20 .trg, #p21 .trg')).toHaveCount(0);
  await expect(pub.locator('#p21 .src')).toHaveText('Latest News');
  await pub.getByRole('radio', { name: '한국어' }).check();
  await expect(pub.locator('#p20 .src')).toBeVisible();
  await expect(pub.locator('#p19 .src')).toBeHidden();
  // Reading formats only; XLIFF and TMX are refused to readers.
  const downloads = pub.locator('.ed-downloads');
  await expect(downloads.getByRole('link', { name: 'EPUB' })).toBeVisible();
  await expect(downloads.getByRole('link', { name: /XLIFF|TMX/ })).toHaveCount(0);
  expect((await pub.request.get(`/api/v1/editions/${editionId}/download?format=xliff`)).status()).toBe(401);
  expect((await pub.request.get(`/api/v1/editions/${editionId}/download?format=tmx`)).status()).toBe(401);
  const md = await pub.request.get(`/api/v1/editions/${editionId}/download?format=md`);
  expect(md.status()).toBe(200);
  const mdText = await md.text();
  expect(mdText).toContain(NOTE);
  expect(mdText).not.toContain(REASON);
  await reader.close();

  // Another document cannot take the address: the form says so at the field.
  const other = await page.request.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: 'Another article', content: 'One paragraph.' },
  });
  const otherId = (await other.json()).id as string;
  await page.goto(`/documents/${otherId}/publish`);
  await form.getByLabel('Web address').fill(SLUG);
  await form.getByLabel('Reason for publishing before everything is approved').fill('Preview only.');
  await form.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(form.getByRole('alert')).toContainText(`/e/${SLUG} is already used by another document`);

  // The form in Korean.
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: new URL(page.url()).origin }]);
  await page.goto(`/documents/${documentId}/publish`);
  await expect(form.getByLabel('제목(영어)')).toHaveValue('Korean Peninsula A to Z');
  await expect(form.getByLabel('편집자의 말(선택)')).toHaveValue(NOTE);
  await expect(form.getByLabel('웹 주소')).toHaveValue(SLUG);
});
