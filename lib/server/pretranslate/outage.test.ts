// A DeepL outage in the middle of one job (issue #10, point 5): the local DeepL stand-in plays a
// script by request number (some answers, a 429 storm, 5xx, a request that hangs past the client's
// timeout, then 456 or a 503 that outlasts the retries), the real deepl-node client and the job
// runner go through it. The job ends paused with a clear message or done; every segment is either
// translated exactly once (one MT revision) or still empty; after the server recovers, resume
// finishes the rest, each exactly once.
import { describe, expect, it } from 'vitest';
import * as resumeRoute from '@/app/api/v1/jobs/[id]/resume/route';
import * as pretranslateRoute from '@/app/api/v1/documents/[id]/pretranslate/route';
import type { ScriptStep } from '@/scripts/deepl-server';
import { db } from '../db/client';
import { JobRunner } from '../jobs/runner';
import type { DeeplConfig } from '../mt/deepl';
import { useTestDatabase } from '../testing/db';
import { useDeeplStandIn } from '../testing/deepl';
import { waitForJob } from '../testing/jobs';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { createPretranslateHandler } from './run-pretranslate';

useTestDatabase();

const SEGMENTS = 40;
const ATTEMPTS = 10;
const deepl = useDeeplStandIn();
// Short backoff, and a client timeout far below the default 30 s (deepl-node waits at least about
// 1 s for a first attempt whatever its minTimeout, so a hung request costs about a second).
const cfg = (): DeeplConfig => ({
  authKey: 'test-key',
  serverUrl: deepl().url,
  concurrency: 4,
  retry: { attempts: ATTEMPTS, baseMs: 2, maxMs: 20 },
  timeoutMs: 200,
});

/** Each segment's MT revisions and state: translated exactly once, or untouched. */
async function tally(documentId: string) {
  const segs = await db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' } });
  const revs = await db.segmentRevision.findMany({ where: { segment: { documentId }, action: 'mt' } });
  const count = new Map<string, number>();
  for (const r of revs) count.set(r.segmentId, (count.get(r.segmentId) ?? 0) + 1);
  const translated = segs.filter(
    (s) => s.origin === 'MT' && s.state === 'DRAFT' && s.version === 2 && s.targetText.startsWith('[MT') && count.get(s.id) === 1,
  );
  const untouched = segs.filter(
    (s) => s.state === 'EMPTY' && s.origin === null && s.version === 1 && s.targetText === '' && !count.has(s.id),
  );
  return { segs, translated: translated.length, untouched: untouched.length, revisions: revs.length };
}

async function startJob(p: SeededProject) {
  const res = await call(pretranslateRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/pretranslate`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
    body: {},
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.jobId as string;
}

async function resume(p: SeededProject, jobId: string, r: JobRunner) {
  const res = await call(resumeRoute.POST, 'POST', `/api/v1/jobs/${jobId}/resume`, {
    token: p.users.TRANSLATOR.token,
    params: { id: jobId },
    body: {},
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  r.kick();
  return waitForJob(jobId, ['done', 'paused', 'failed']);
}

/** A stretch of the outage every scenario goes through: a 429 storm, 5xx, a hang. */
const STORM: ScriptStep[] = [
  { do: 'ok', times: 4 },
  { do: 429, times: 6 },
  { do: 503, times: 2 },
  { do: 500, times: 1 },
  { do: 'hang', times: 1 },
  { do: 'ok', times: 3 },
];

async function setUp() {
  const p = await seedProject(
    Array.from({ length: SEGMENTS }, (_, i) => `Paragraph number ${i} talks about the weather in the mountains.`).join('\n\n'),
  );
  // Two paragraphs per request: 20 translate requests when nothing fails.
  const r = new JobRunner({ handlers: { pretranslate: createPretranslateHandler({ deepl: cfg, contextGroup: 2 }) }, pollMs: 20 });
  return { p, r };
}

/** Resumes the job and checks it finishes with every segment translated exactly once. */
async function expectResumedToCompletion(p: SeededProject, jobId: string, r: JobRunner) {
  const done = await resume(p, jobId, r);
  expect(done).toMatchObject({ state: 'done', done: SEGMENTS, total: SEGMENTS, error: null });
  const end = await tally(p.documentId);
  expect(end.translated).toBe(SEGMENTS);
  expect(end.revisions).toBe(SEGMENTS);
}

describe('a DeepL outage in the middle of a job', () => {
  it('429 storm, 5xx and a hang are ridden out; 456 then pauses with the count; resume finishes, each segment once', async () => {
    const { p, r } = await setUp();
    deepl().setMode({ script: [...STORM, { do: 456 }] });
    const jobId = await startJob(p);
    r.start();
    try {
      const paused = await waitForJob(jobId, ['paused', 'done', 'failed']);
      expect(paused.state).toBe('paused');
      const m = /^DeepL quota exhausted — (\d+) of 40 done\. Raise the quota \(or wait for the next billing period\), then resume\.$/.exec(
        paused.error ?? '',
      );
      expect(m, paused.error ?? '').not.toBeNull();
      const mid = await tally(p.documentId);
      // The answered requests were written (7 ok steps × 2 paragraphs), none twice; the rest is untouched.
      expect(mid.translated).toBe(Number(m![1]));
      expect(paused.done).toBe(mid.translated);
      expect(mid.translated).toBe(14);
      expect(mid.translated + mid.untouched).toBe(SEGMENTS);
      expect(mid.revisions).toBe(mid.translated);
      expect(deepl().stats).toMatchObject({ hungRequests: 1 });
      expect(deepl().stats.statusCounts).toMatchObject({ 429: 6, 503: 2, 500: 1 });
      expect(deepl().stats.statusCounts[456]).toBeGreaterThanOrEqual(1);

      deepl().setMode({ reset: true }); // the quota is raised
      await expectResumedToCompletion(p, jobId, r);
    } finally {
      await r.stop();
    }
  });

  it('without 456 the same outage ends done, every segment translated exactly once', async () => {
    const { p, r } = await setUp();
    deepl().setMode({ script: STORM });
    const jobId = await startJob(p);
    r.start();
    try {
      const job = await waitForJob(jobId, ['paused', 'done', 'failed']);
      expect(job).toMatchObject({ state: 'done', done: SEGMENTS, total: SEGMENTS, error: null });
      const end = await tally(p.documentId);
      expect(end.translated).toBe(SEGMENTS);
      expect(end.revisions).toBe(SEGMENTS);
      expect(deepl().stats).toMatchObject({ hungRequests: 1, injectedFailures: 9 });
      // Every failed or hung request was sent again: 20 answered requests, 9 failures, 1 hang.
      expect(deepl().stats.translateOk).toBe(20);
      expect(deepl().stats.translateRequests).toBe(30);
    } finally {
      await r.stop();
    }
  });

  it('a 5xx that outlasts the retries pauses the job with the attempts and the count; resume finishes it', async () => {
    const { p, r } = await setUp();
    deepl().setMode({ script: [{ do: 'ok', times: 3 }, { do: 429, times: 4 }, { do: 503 }] });
    const jobId = await startJob(p);
    r.start();
    try {
      const paused = await waitForJob(jobId, ['paused', 'done', 'failed']);
      expect(paused.state).toBe('paused');
      const m = /^DeepL is unavailable \(Service unavailable[^)]*\) after 10 attempts — (\d+) of 40 done\. Resume to continue\.$/.exec(
        paused.error ?? '',
      );
      expect(m, paused.error ?? '').not.toBeNull();
      const mid = await tally(p.documentId);
      expect(mid.translated).toBe(6);
      expect(Number(m![1])).toBe(6);
      expect(mid.translated + mid.untouched).toBe(SEGMENTS);

      deepl().setMode({ reset: true });
      await expectResumedToCompletion(p, jobId, r);
    } finally {
      await r.stop();
    }
  });
});
