// Cancel and resume from the pre-translation panel, against the local DeepL stand-in that
// playwright.config.ts starts (its /__control switches make it slow, or run out of quota after a
// few requests). Each test works on a fresh document of its own and puts the stand-in back.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';

const DEEPL_CONTROL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1000}/__control`;

async function deepl(request: APIRequestContext, patch: object) {
  const res = await request.post(DEEPL_CONTROL, { data: patch });
  expect(res.status(), await res.text()).toBe(200);
}

async function createDocument(request: APIRequestContext, paragraphs: number): Promise<string> {
  const projects = (await (await request.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith('Korean Peninsula Today'))!;
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  // Unique sentences: nothing comes from the translation memory, everything goes to DeepL.
  const content = Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i + 1} of run ${stamp} describes the harvest in the northern provinces.`,
  ).join('\n\n');
  const res = await request.post(`/api/v1/projects/${project.id}/documents`, {
    data: { title: `Pre-translation e2e ${stamp}`, content, format: 'text' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

async function machineDrafts(request: APIRequestContext, documentId: string): Promise<number> {
  const segments = (await (await request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    state: string;
    origin: string | null;
    targetText: string;
  }[];
  return segments.filter((s) => s.origin === 'MT' && s.state === 'DRAFT' && s.targetText.startsWith('[MT')).length;
}

async function openPanel(page: Page, documentId: string) {
  await page.goto(`/documents/${documentId}`);
  await page
    .locator('summary')
    .filter({ hasText: /^Pre-translate/ })
    .click();
  const panel = page.getByTestId('pretranslate-panel');
  await expect(panel.getByRole('heading', { name: 'Pre-translate' })).toBeVisible();
  return panel;
}

async function start(page: Page, documentId: string, segments: number) {
  const panel = await openPanel(page, documentId);
  await panel.getByRole('button', { name: 'Estimate' }).click();
  await expect(panel.getByTestId('pretranslate-estimate')).toContainText(`${segments} segments`);
  await panel.getByRole('button', { name: 'Start pre-translation' }).click();
  return panel;
}

test.afterEach(async ({ request }) => {
  await deepl(request, { reset: true });
});

test('cancel stops a running pre-translation: what it wrote stays, nothing more is written', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const documentId = await createDocument(page.request, 80);
  // 80 paragraphs are 10 requests, 4 at a time, each answered after 3 s: the job writes a first
  // round, then is still waiting for the next one when we cancel.
  await deepl(page.request, { latencyMs: 3000 });
  const panel = await start(page, documentId, 80);
  const progress = panel.getByTestId('pretranslate-progress');
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Running');
  await expect(progress).not.toHaveText('0 of 80 done', { timeout: 20_000 });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Cancelled');
  await expect(panel.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Resume' })).toHaveCount(0);

  const atCancel = await machineDrafts(page.request, documentId);
  expect(atCancel).toBeGreaterThan(0);
  expect(atCancel).toBeLessThan(80);
  // The requests in flight are answered after the cancel (3 s latency): none of it is written.
  await page.waitForTimeout(4_000);
  expect(await machineDrafts(page.request, documentId)).toBe(atCancel);
  const latest = (await (await page.request.get(`/api/v1/documents/${documentId}/pretranslate`)).json()).latestJob;
  expect(latest).toMatchObject({ state: 'cancelled' });
  expect(latest.done).toBeLessThan(80);

  // After a reload the panel shows the cancelled job and offers a new run for what is left.
  const again = await openPanel(page, documentId);
  await expect(again.getByTestId('pretranslate-state')).toHaveText('Cancelled');
  await again.getByRole('button', { name: 'Estimate' }).click();
  await expect(again.getByTestId('pretranslate-estimate')).toContainText(`${80 - atCancel} segments`);
});

test('quota exhausted mid-job pauses it with the count; Resume finishes it, each segment once', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const documentId = await createDocument(page.request, 40);
  // Two requests are answered, then DeepL answers 456 (quota exceeded) to everything.
  await deepl(page.request, { script: [{ do: 'ok', times: 2 }, { do: 456 }] });
  const panel = await start(page, documentId, 40);
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Paused', { timeout: 30_000 });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(
    /^DeepL quota exhausted — \d+ of 40 done\. Raise the quota \(or wait for the next billing period\), then resume\.$/,
  );
  const done = Number(/— (\d+) of 40 done/.exec((await alert.textContent()) ?? '')![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(40);
  await expect(panel.getByTestId('pretranslate-progress')).toHaveText(`${done} of 40 done`);
  expect(await machineDrafts(page.request, documentId)).toBe(done);

  // The quota is raised; Resume picks up where the job stopped.
  await deepl(page.request, { reset: true });
  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect(panel.getByTestId('pretranslate-state')).toHaveText('Done', { timeout: 30_000 });
  await expect(panel.getByTestId('pretranslate-progress')).toHaveText('40 of 40 done');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await machineDrafts(page.request, documentId)).toBe(40);
  // The job's own count of machine revisions: 40, so no segment was translated twice.
  const latest = (await (await page.request.get(`/api/v1/documents/${documentId}/pretranslate`)).json()).latestJob;
  expect(latest).toMatchObject({ state: 'done', done: 40, total: 40, result: { tm: 0, mt: 40 } });
  await expect(panel).toContainText('0 from the translation memory, 40 by DeepL.');
});
