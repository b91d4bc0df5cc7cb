// DeepL details measured on the local DeepL stand-in through the real deepl-node client (#16):
// billed characters recorded per job, Retry-After honoured with the wait shown on the job, a long
// backoff before pausing, cancel aborting the request in flight, no glossary left behind.
import * as deepl from 'deepl-node';
import { describe, expect, it } from 'vitest';
import * as cancelRoute from '@/app/api/v1/jobs/[id]/cancel/route';
import * as jobRoute from '@/app/api/v1/jobs/[id]/route';
import * as pretranslateRoute from '@/app/api/v1/documents/[id]/pretranslate/route';
import { db } from '../db/client';
import { JobRunner, type JobHandler } from '../jobs/runner';
import { deeplConfigFromEnv, parseRetryAfter, type DeeplConfig } from '../mt/deepl';
import { glossaryPrefix } from '../mt/sync-glossary';
import { useTestDatabase } from '../testing/db';
import { useDeeplStandIn } from '../testing/deepl';
import { seedProject, type SeededProject } from '../testing/factories';
import { waitForJob } from '../testing/jobs';
import { call } from '../testing/request';
import { createPretranslateHandler } from './run-pretranslate';
import { writeProjectSettings } from '../projects/project-settings';
import { readDeeplGlossary } from '../projects/settings';

useTestDatabase();
const server = useDeeplStandIn();
const base = (): DeeplConfig => ({
  authKey: 'test-key',
  serverUrl: server().url,
  concurrency: 2,
  retry: { attempts: 8, baseMs: 2, maxMs: 20 },
  timeoutMs: 5000,
});

function paragraphs(n: number) {
  return Array.from({ length: n }, (_, i) => `Paragraph ${i} reports on the talks at the border.`).join('\n\n');
}

async function start(p: SeededProject, body: Record<string, unknown> = {}) {
  const res = await call(pretranslateRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/pretranslate`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
    body,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as { jobId: string; estimatedCharacters: number };
}

const getJob = async (p: SeededProject, id: string) =>
  (await call(jobRoute.GET, 'GET', `/api/v1/jobs/${id}`, { token: p.users.TRANSLATOR.token, params: { id } })).json;

function runner(cfg: () => DeeplConfig, wrap?: (h: JobHandler) => JobHandler, staleMs = 10_000) {
  const h = createPretranslateHandler({ deepl: cfg, contextGroup: 2 });
  return new JobRunner({ handlers: { pretranslate: wrap ? wrap(h) : h }, pollMs: 20, staleMs }).start();
}

describe('billed characters', () => {
  it('are recorded per job from DeepL’s answers and shown beside the estimate', async () => {
    const p = await seedProject(paragraphs(12));
    const { jobId, estimatedCharacters } = await start(p);
    const r = runner(base);
    await waitForJob(jobId, ['done', 'failed', 'paused']);
    await r.stop();
    const job = await getJob(p, jobId);
    expect(job.state).toBe('done');
    expect(job.billedCharacters).toBe(server().stats.billedCharacters);
    expect(job.billedCharacters).toBeGreaterThan(0);
    expect(job.estimatedCharacters).toBe(estimatedCharacters);
    expect(job.billedCharacters).toBe(estimatedCharacters); // plain text: the estimate is exact on the stand-in
  });
});

describe('429 and long outages', () => {
  it('parses Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(undefined)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('defaults: backs off for minutes (up to 60 s a wait, 5 minutes in all) before pausing', () => {
    const c = deeplConfigFromEnv({ DEEPL_AUTH_KEY: 'k' } as unknown as NodeJS.ProcessEnv)!;
    expect(c.retry.maxMs).toBe(60_000);
    expect(c.retry.budgetMs).toBe(300_000);
    expect(c.retry.attempts).toBeGreaterThanOrEqual(20);
  });

  it('honours Retry-After on 429, and the job says it is waiting (attempt, reason, next attempt) until it goes on', async () => {
    const p = await seedProject(paragraphs(2));
    server().setMode({ failNext: 1, failStatus: 429, retryAfterSeconds: 2 });
    const { jobId } = await start(p);
    const t0 = Date.now();
    const r = runner(() => ({ ...base(), concurrency: 1 }));
    let seen: { attempt: number; reason: string; nextAt: string } | null = null;
    while (!seen && Date.now() - t0 < 4000) {
      const j = await getJob(p, jobId);
      if (j.retrying) seen = j.retrying;
      else await new Promise((x) => setTimeout(x, 50));
    }
    expect(seen).not.toBeNull();
    expect(seen!.attempt).toBe(1);
    expect(seen!.reason).toMatch(/DeepL is unavailable \(Too many requests/);
    expect(Date.parse(seen!.nextAt) - t0).toBeGreaterThan(1500); // the server's 2 s, not our 2 ms
    await waitForJob(jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
    const done = await getJob(p, jobId);
    expect(done).toMatchObject({ state: 'done', retrying: null });
  });

  it('keeps backing off past the old 6 attempts until the time budget is spent, then pauses', async () => {
    const p = await seedProject(paragraphs(2));
    server().setMode({ failRate: 1, failStatus: 503 });
    const { jobId } = await start(p);
    const r = runner(() => ({ ...base(), concurrency: 1, retry: { attempts: 1000, baseMs: 5, maxMs: 40, budgetMs: 600 } }));
    const job = await waitForJob(jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(job.state).toBe('paused');
    const n = Number(/after (\d+) attempts/.exec(job.error ?? '')?.[1]);
    expect(n).toBeGreaterThan(6);
    expect(server().stats.translateRequests).toBe(n);
  });
});

describe('cancel', () => {
  it('aborts the request in flight instead of waiting for its timeout', async () => {
    const p = await seedProject(paragraphs(2));
    server().setMode({ hang: true });
    const { jobId } = await start(p);
    // The request's own timeout is longer than the test's: only the abort can end it in time.
    let markEnded!: () => void;
    const ended = new Promise<void>((resolve) => (markEnded = resolve));
    const r = runner(
      () => ({ ...base(), concurrency: 1, timeoutMs: 120_000 }),
      (h) => async (ctx) => {
        try {
          return await h(ctx);
        } finally {
          markEnded();
        }
      },
      300,
    );
    while (server().stats.hungRequests < 1) await new Promise((x) => setTimeout(x, 10));
    const c = await call(cancelRoute.POST, 'POST', `/api/v1/jobs/${jobId}/cancel`, { token: p.users.OWNER.token, params: { id: jobId } });
    expect(c.status).toBe(200);
    await ended;
    await r.stop();
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).state).toBe('cancelled');
  });
});

describe('glossaries', () => {
  const client = () => new deepl.Translator('test-key', { serverUrl: server().url, maxRetries: 1 });
  const names = async () => (await client().listGlossaries()).map((g) => g.name).sort();

  it('deletes the project’s stale glossaries (also one whose delete failed before), keeps other projects’, and reuses the current one by name', async () => {
    const p = await seedProject('The armistice line was quiet.');
    await db.term.create({ data: { projectId: p.projectId, source: 'armistice', target: '정전', kind: 'TERM' } });
    server().setMode({ clearGlossaries: true });
    const entries = new deepl.GlossaryEntries({ entries: { a: 'b' } });
    await client().createGlossary(`${glossaryPrefix(p.projectId)}0000stale left behind`, 'en', 'ko', entries);
    await client().createGlossary(`${glossaryPrefix('another-project')}0000 theirs`, 'en', 'ko', entries);

    const first = await start(p);
    // Generous timeout: a glossary delete that times out under load is (rightly) left for the next sync.
    const slow = () => ({ ...base(), timeoutMs: 20_000 });
    let r = runner(slow);
    const j1 = await waitForJob(first.jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(j1.state, j1.error ?? '').toBe('done');
    const current = readDeeplGlossary((await db.project.findUniqueOrThrow({ where: { id: p.projectId } })).settings)!;
    let left = await names();
    expect(left.filter((n) => n.startsWith(glossaryPrefix(p.projectId)))).toHaveLength(1);
    expect(left.some((n) => n.startsWith(glossaryPrefix('another-project')))).toBe(true);

    // The project's pointer is lost: the glossary is found again by name, not created twice.
    await writeProjectSettings(p.projectId, { deeplGlossary: undefined });
    const second = await start(p, { scope: 'machine' });
    r = runner(slow);
    const j2 = await waitForJob(second.jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(j2.state, j2.error ?? '').toBe('done');
    const again = readDeeplGlossary((await db.project.findUniqueOrThrow({ where: { id: p.projectId } })).settings)!;
    expect(again.id).toBe(current.id);
    left = await names();
    expect(left.filter((n) => n.startsWith(glossaryPrefix(p.projectId)))).toHaveLength(1);
  });

  it('leaves the other glossaries alone while another pre-translation of the project is running (it may be using one)', async () => {
    const p = await seedProject('The armistice line was quiet.');
    await db.term.create({ data: { projectId: p.projectId, source: 'armistice', target: '정전', kind: 'TERM' } });
    server().setMode({ clearGlossaries: true });
    const entries = new deepl.GlossaryEntries({ entries: { a: 'b' } });
    await client().createGlossary(`${glossaryPrefix(p.projectId)}1111 in use by the other job`, 'en', 'ko', entries);
    // Another instance's job on another document of the project, locked and alive.
    const other = await db.job.create({
      data: {
        projectId: p.projectId,
        type: 'pretranslate',
        state: 'running',
        lockedBy: 'another-instance',
        lockedAt: new Date(Date.now() + 60_000),
      },
    });
    const slow = () => ({ ...base(), timeoutMs: 20_000 });

    const first = await start(p);
    let r = runner(slow);
    const j1 = await waitForJob(first.jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(j1.state, j1.error ?? '').toBe('done');
    expect((await names()).filter((n) => n.startsWith(glossaryPrefix(p.projectId)))).toHaveLength(2);

    // The other job has finished: the next sync removes what it used.
    await db.job.update({ where: { id: other.id }, data: { state: 'done' } });
    const second = await start(p, { scope: 'machine' });
    r = runner(slow);
    expect((await waitForJob(second.jobId, ['done', 'failed', 'paused'])).state).toBe('done');
    await r.stop();
    expect((await names()).filter((n) => n.startsWith(glossaryPrefix(p.projectId)))).toHaveLength(1);
  });
});
