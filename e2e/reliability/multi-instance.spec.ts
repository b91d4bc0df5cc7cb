// Two app instances on one PostgreSQL database (run when TEST_DATABASE_URL is set, as CI does):
// browsers on A and B see each other in the presence list (shared through the database), a save
// made through instance A reaches a browser connected to instance B (LISTEN/NOTIFY), and a
// pre-translation job started on A runs exactly once although both instances run job runners.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { startDeeplServer, type DeeplServerHandle } from '../../scripts/deepl-server';

const root = path.join(__dirname, '../..');
const pgUrl = process.env.TEST_DATABASE_URL;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 60;

test.skip(!pgUrl, 'set TEST_DATABASE_URL=postgresql://… to run the several-instances test');

function instanceEnv(databaseUrl: string, port: number, deeplUrl: string) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    DEMO: '1',
    NODE_ENV: 'production',
    DEEPL_AUTH_KEY: 'test-key',
    DEEPL_SERVER_URL: deeplUrl,
  } as NodeJS.ProcessEnv;
}

async function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: 'ignore',
  });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* starting */
    }
    if (Date.now() - started > 60_000) throw new Error(`instance on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stop(child?: ChildProcess) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
}

test('two instances share sessions, presence, live events and jobs through PostgreSQL', async ({ browser }) => {
  test.setTimeout(240_000);
  const schema = `e2e_multi_${Date.now().toString(36)}`;
  const u = new URL(pgUrl!);
  u.searchParams.set('schema', schema);
  const databaseUrl = u.toString();
  const deepl: DeeplServerHandle = await startDeeplServer({ port: 0, latencyMs: 30 });
  const portA = BASE_PORT;
  const portB = BASE_PORT + 1;
  const envA = instanceEnv(databaseUrl, portA, deepl.url);
  const prep = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/prepare.ts'], {
    cwd: root,
    env: envA,
    encoding: 'utf8',
  });
  expect(prep.status, prep.stderr).toBe(0);
  let a: ChildProcess | undefined;
  let b: ChildProcess | undefined;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    [a, b] = await Promise.all([startInstance(envA, portA), startInstance(instanceEnv(databaseUrl, portB, deepl.url), portB)]);
    const A = `http://127.0.0.1:${portA}`;
    const B = `http://127.0.0.1:${portB}`;

    // A session created on A is valid on B (sessions live in the database).
    const signIn = await fetch(`${A}/api/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.test', password: 'demo-pass-2026' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const me = await fetch(`${B}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const projectId = (await (await fetch(`${A}/api/v1/projects`, { headers: { cookie } })).json()).projects[0].id;
    const documentId = (await (await fetch(`${A}/api/v1/projects/${projectId}`, { headers: { cookie } })).json()).documents[0].id;
    const { segments } = await (await fetch(`${A}/api/v1/documents/${documentId}/segments`, { headers: { cookie } })).json();

    // Presence is shared: the translator has the document open in a browser on A (segment 3), the
    // owner in a browser on B; each sees the other, also after the keepalive snapshots (computed by
    // each instance from the database), and the translator leaving on A is seen on B.
    const translatorSignIn = await fetch(`${A}/api/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'translator@demo.test', password: 'demo-pass-2026' }),
    });
    const translatorCookie = translatorSignIn.headers.get('set-cookie')!.split(';')[0]!;
    const onA = await browser.newContext({ baseURL: A, extraHTTPHeaders: { origin: A } });
    await onA.addCookies([{ name: translatorCookie.split('=')[0]!, value: translatorCookie.split('=')[1]!, url: A }]);
    const pageA = await onA.newPage();
    await pageA.goto(`/documents/${documentId}?s=3`);
    await expect(pageA.getByTestId('segment-editor')).toBeVisible();

    // A browser on B sees a save made through A without reloading.
    const context = await browser.newContext({ baseURL: B, extraHTTPHeaders: { origin: B } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name!, value: value!, url: B }]);
    const page = await context.newPage();
    await page.goto(`/documents/${documentId}`);
    await expect(page.getByText(segments[5].sourceText.slice(0, 30)).first()).toBeVisible();
    await expect(page.getByTestId('presence')).toContainText('Demo Translator', { timeout: 15_000 });
    await expect(page.locator('[data-segment-id][data-number="3"]')).toContainText('Demo Translator');
    await expect(pageA.getByTestId('presence')).toContainText('Demo Owner', { timeout: 15_000 });
    await page.waitForTimeout(16_000); // every event stream has sent a keepalive snapshot
    await expect(page.getByTestId('presence')).toContainText('Demo Translator');
    await expect(pageA.getByTestId('presence')).toContainText('Demo Owner');
    const text = `인스턴스 A에서 저장한 번역 ${Date.now()}`;
    const saved = await fetch(`${A}/api/v1/segments/${segments[5].id}`, {
      method: 'PATCH',
      headers: { cookie, origin: A, 'content-type': 'application/json' },
      body: JSON.stringify({ target: text, version: segments[5].version }),
    });
    expect(saved.status).toBe(200);
    await expect(page.getByText(text)).toBeVisible({ timeout: 15_000 });
    await onA.close();
    await expect(page.getByTestId('presence')).toHaveCount(0, { timeout: 15_000 });
    await context.close();

    // One pre-translation job, two runners: each segment is translated exactly once.
    const started = await fetch(`${A}/api/v1/documents/${documentId}/pretranslate`, {
      method: 'POST',
      headers: { cookie, origin: A, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'empty' }),
    });
    expect(started.status, await started.clone().text()).toBeLessThan(300);
    const { jobId } = await started.json();
    let job: { state: string; done: number; total: number } = { state: 'queued', done: 0, total: 0 };
    const until = Date.now() + 120_000;
    while (!['done', 'failed', 'cancelled', 'paused'].includes(job.state) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 300));
      job = await (await fetch(`${B}/api/v1/jobs/${jobId}`, { headers: { cookie } })).json();
    }
    expect(job.state).toBe('done');
    const dup = await admin.query(
      `SELECT "segmentId", count(*)::int AS n FROM "${schema}"."SegmentRevision" WHERE action IN ('mt', 'tm') GROUP BY "segmentId" HAVING count(*) > 1`,
    );
    expect(dup.rows).toEqual([]);
    const machine = await admin.query(`SELECT count(*)::int AS n FROM "${schema}"."SegmentRevision" WHERE action = 'mt'`);
    expect(deepl.stats.texts).toBe(machine.rows[0].n);
    expect(machine.rows[0].n).toBeGreaterThan(0);
  } finally {
    stop(a);
    stop(b);
    await deepl.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
    await admin.end();
  }
});
