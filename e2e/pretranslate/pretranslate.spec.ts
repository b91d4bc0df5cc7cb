import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';

async function demoDocumentId(request: import('@playwright/test').APIRequestContext) {
  const projects = (await (await request.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith('Korean Peninsula Today'))!;
  const detail = await (await request.get(`/api/v1/projects/${project.id}`)).json();
  return (detail.documents as { id: string; title: string }[]).find((d) => d.title.startsWith('Seoul and Pyongyang'))!.id;
}

// A fresh document of its own (the demo one is shared with other tests, and a retry must find the
// same state): six unique paragraphs, two of them translated by hand before the run.
async function freshDocument(request: import('@playwright/test').APIRequestContext) {
  const projects = (await (await request.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith('Korean Peninsula Today'))!;
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const content = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of pre-translation run ${stamp} covers the talks.`).join('\n\n');
  const res = await request.post(`/api/v1/projects/${project.id}/documents`, {
    data: { title: `Pre-translate e2e ${stamp}`, content, format: 'text' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const documentId = (await res.json()).id as string;
  const segments = (await (await request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as { id: string }[];
  for (const seg of segments.slice(0, 2)) {
    const saved = await request.patch(`/api/v1/segments/${seg.id}`, {
      data: { target: '회담에 관한 단락이다.', state: 'TRANSLATED', version: 1 },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  return documentId;
}

test('the owner estimates, pre-translates a document against the local DeepL server and sees the job finish', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const documentId = await freshDocument(page.request);
  const before = (await (await page.request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    state: string;
    origin: string | null;
  }[];
  const empty = before.filter((s) => s.state === 'EMPTY').length;
  expect(empty).toBe(4);

  await page.goto(`/documents/${documentId}`);
  // The editor shows the panel in its toolbar, behind a disclosure.
  await page
    .locator('summary')
    .filter({ hasText: /^Pre-translate/ })
    .click();
  const panel = page.getByTestId('pretranslate-panel');
  await expect(panel.getByRole('heading', { name: 'Pre-translate' })).toBeVisible();
  await expect(panel.getByLabel('Empty segments only')).toBeChecked();
  await panel.getByRole('button', { name: 'Estimate' }).click();
  const estimate = panel.getByTestId('pretranslate-estimate');
  await expect(estimate).toContainText(`${empty} segments`);
  await expect(estimate).toContainText('characters will be billed');
  // The dry run created no job.
  expect((await (await page.request.get(`/api/v1/documents/${documentId}/pretranslate`)).json()).latestJob).toBeNull();

  await panel.getByRole('button', { name: 'Start pre-translation' }).click();
  const bar = panel.getByRole('progressbar', { name: 'Pre-translation progress' });
  await expect(bar).toBeVisible();
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Done', { timeout: 30_000 });
  await expect(bar).toHaveAttribute('aria-valuenow', String(empty));
  await expect(panel.getByTestId('pretranslate-progress')).toHaveText(`${empty} of ${empty} done`);
  // What DeepL billed, beside the estimate (#16).
  await expect(panel.getByTestId('pretranslate-billed')).toContainText(/DeepL billed [\d,]+ characters \(estimate: [\d,]+\)/);

  const after = (await (await page.request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    state: string;
    origin: string | null;
    targetText: string;
  }[];
  expect(after.filter((s) => s.origin === 'MT' && s.state === 'DRAFT')).toHaveLength(empty);
  expect(after.filter((s) => s.origin === 'MT').every((s) => s.targetText.startsWith('[MT'))).toBe(true);
  // Segments that already had work are unchanged.
  expect(after.filter((s) => s.state !== 'DRAFT' && s.state !== 'EMPTY').length).toBe(
    before.filter((s) => s.state !== 'DRAFT' && s.state !== 'EMPTY').length,
  );

  // After a reload the panel shows the finished job; a second run has nothing left to do.
  await page.reload();
  await page
    .locator('summary')
    .filter({ hasText: /^Pre-translate/ })
    .click();
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Done');
  await panel.getByRole('button', { name: 'Estimate' }).click();
  await expect(panel.getByTestId('pretranslate-estimate')).toHaveText('Nothing to pre-translate in this scope.');
});

test('a reviewer does not get the pre-translate panel, and the API refuses', async ({ page }) => {
  await apiSignIn(page.request, DEMO.reviewer);
  const documentId = await demoDocumentId(page.request);
  await page.goto(`/documents/${documentId}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('pretranslate-panel')).toHaveCount(0);
  const res = await page.request.post(`/api/v1/documents/${documentId}/pretranslate`, {
    data: { dryRun: true },
    headers: { origin: page.url().replace(/\/documents.*$/, '') },
  });
  expect(res.status()).toBe(403);
});
