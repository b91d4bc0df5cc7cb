// Issue #17 item 5, on a workbench where machine translation is NOT configured: the pre-translate
// estimate says what will really happen (memory matches only, the rest left untranslated) instead of
// "21 by DeepL in 0 requests, about 0 characters", and the banner speaks in the user's words with
// the administrator's details (environment variables) folded away; in English and Korean.
// playwright.config.ts starts the app WITH a DeepL server, so this spec starts a second instance of
// the same build without DEEPL_AUTH_KEY, on its own SQLite database (demo seed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../support/fixtures';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 3100) + 70;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = `data/e2e-nomt-${PORT}.db`;

let server: ChildProcess | undefined;

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:./${DB}`,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DEMO: '1',
    NODE_ENV: 'production',
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next',
  };
  delete e.DEEPL_AUTH_KEY;
  delete e.DEEPL_SERVER_URL;
  return e;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (const s of ['', '-wal', '-shm']) rmSync(path.join(root, DB + s), { force: true });
  const prep = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/prepare.ts'], {
    cwd: root,
    env: env(),
    encoding: 'utf8',
  });
  expect(prep.status, prep.stderr).toBe(0);
  server = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: env(),
    detached: true,
    stdio: 'ignore',
  });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() - started > 90_000) throw new Error('the second instance did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  for (const s of ['', '-wal', '-shm']) rmSync(path.join(root, DB + s), { force: true });
});

test('without machine translation the estimate says how many segments stay untranslated; the banner folds the technical details away', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: BASE, extraHTTPHeaders: { origin: BASE }, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const signIn = await page.request.post('/api/v1/auth/session', { data: { email: DEMO.owner, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const projects = (await (await page.request.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const project = await (
    await page.request.get(`/api/v1/projects/${projects.find((p) => p.name.startsWith('Korean Peninsula Today'))!.id}`)
  ).json();
  const documentId = (project.documents as { id: string; title: string }[]).find((d) => d.title.startsWith('Seoul and Pyongyang'))!.id;
  const segments = (await (await page.request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as { state: string }[];
  const empty = segments.filter((s) => s.state === 'EMPTY').length;
  expect(empty).toBeGreaterThan(10);

  await page.goto(`/documents/${documentId}`);
  await page
    .locator('summary')
    .filter({ hasText: /^Pre-translate/ })
    .click();
  const panel = page.getByTestId('pretranslate-panel');
  const hint = panel.getByTestId('pretranslate-mt-hint');
  await expect(hint).toContainText('Machine translation is not set up');
  await expect(hint).toContainText('Ask an administrator');
  // The environment variables are there for an administrator, folded away.
  await expect(hint.locator('code', { hasText: 'DEEPL_AUTH_KEY' })).toBeHidden();
  await hint.getByText('Details for administrators').click();
  await expect(hint.locator('code', { hasText: 'DEEPL_AUTH_KEY' })).toBeVisible();

  await panel.getByRole('button', { name: 'Estimate' }).click();
  const estimate = panel.getByTestId('pretranslate-estimate');
  await expect(estimate).toContainText(
    `${empty} segments: 0 from the translation memory; ${empty} will stay untranslated because machine translation is not set up.`,
  );
  await expect(estimate).not.toContainText('DeepL');
  await expect(estimate).not.toContainText('request');

  // The same in Korean.
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE }]);
  await page.reload();
  await page
    .locator('summary')
    .filter({ hasText: /사전 번역/ })
    .click();
  await expect(hint).toContainText('기계 번역이 설정되어 있지 않아');
  await expect(hint).toContainText('관리자에게');
  await expect(hint.locator('code', { hasText: 'DEEPL_AUTH_KEY' })).toBeHidden();
  // (By keyboard: the toolbar popover's placement at narrow widths is the UI's task, #17 item 7.)
  await panel.getByRole('button', { name: /견적|예상/ }).press('Enter');
  await expect(estimate).toContainText(
    `세그먼트 ${empty}개: 번역 메모리에서 0개를 채우고, 기계 번역이 설정되어 있지 않아 ${empty}개는 번역되지 않은 채로 남습니다.`,
  );
  await context.close();
});
