import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { apiSignIn, DEMO } from '../support/fixtures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('an owner uploads a .docx, confirms the detected name and sees it highlighted in the document', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const projects = await (await page.request.get('/api/v1/projects')).json();
  const projectId = projects.projects.find((p: { name: string }) => p.name === 'Korean Peninsula Today (demo)').id;
  await page.goto(`/projects/${projectId}`);
  await page.getByText('New document').click();
  await page.getByLabel('Title (optional for files)').fill('Upload test');
  await page.getByLabel(/^File/).setInputFiles({
    name: 'statement.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docx([
      'North Korea Issues a Statement',
      'In a statement by Ri Son-gwon(리선권), the North said talks would resume.',
      'Ri added that the U.N. World Food Program (WFP) was welcome.',
    ]),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 segments' })).toBeVisible();
  const detected = page.getByTestId('detected-name');
  await expect(detected).toHaveCount(1);
  await expect(detected).toContainText('Ri Son-gwon');
  await expect(detected).toContainText('리선권');
  await detected.getByRole('button', { name: /Confirm/ }).click();
  await expect(detected.getByText('Confirmed')).toBeVisible();

  const documentHref = await page.getByRole('link', { name: 'Open the document' }).getAttribute('href');
  await page.locator('.import-result').getByRole('link', { name: 'Glossary' }).click();
  const row = page.locator('tr[data-term-id]', { hasText: 'Ri Son-gwon' });
  await expect(row).toContainText('리선권');
  await expect(row).toContainText('Confirmed');

  await page.goto(documentHref!);
  // The name is highlighted in the source, with its original form in a popover (hover, focus or tap).
  const mention = page.locator('.term-NAME', { hasText: 'Ri Son-gwon' }).first();
  await expect(mention).toBeVisible();
  await mention.focus();
  await expect(page.getByTestId('term-popover')).toContainText('리선권');
  await expect(page.locator('.term-NAME', { hasText: /^Ri$/ }).first()).toBeVisible();
});

test('a bad upload gets a clear message and creates nothing', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const projectId = (await (await page.request.get('/api/v1/projects')).json()).projects.find(
    (p: { name: string }) => p.name === 'Korean Peninsula Today (demo)',
  ).id;
  const before = (await (await page.request.get(`/api/v1/projects/${projectId}`)).json()).documents.length;
  await page.goto(`/projects/${projectId}`);
  await page.getByText('New document').click();
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a zip file at all') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.error[role=alert]')).toContainText(/damaged or not well-formed/);
  const after = (await (await page.request.get(`/api/v1/projects/${projectId}`)).json()).documents.length;
  expect(after).toBe(before);
});
