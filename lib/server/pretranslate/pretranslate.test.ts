// Pre-translation end to end in one process: the real deepl-node client against the local DeepL
// stand-in (scripts/deepl-server.ts), jobs run by JobRunner instances the tests start and stop.
import { describe, expect, it } from 'vitest';
import * as cancelRoute from '@/app/api/v1/jobs/[id]/cancel/route';
import * as resumeRoute from '@/app/api/v1/jobs/[id]/resume/route';
import * as jobRoute from '@/app/api/v1/jobs/[id]/route';
import * as pretranslateRoute from '@/app/api/v1/documents/[id]/pretranslate/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as suggestionsRoute from '@/app/api/v1/segments/[id]/suggestions/route';
import { protect } from '../../mt/protect';
import { db } from '../db/client';
import { JobRunner } from '../jobs/runner';
import type { DeeplConfig } from '../mt/deepl';
import { useTestDatabase } from '../testing/db';
import { useDeeplStandIn } from '../testing/deepl';
import { waitForJob } from '../testing/jobs';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { createPretranslateHandler, type PretranslateHandlerOptions } from './run-pretranslate';
import { readDeeplGlossary } from '../projects/settings';

useTestDatabase();

const deepl = useDeeplStandIn();
const cfg = (): DeeplConfig => ({
  authKey: 'test-key',
  serverUrl: deepl().url,
  concurrency: 4,
  retry: { attempts: 8, baseMs: 2, maxMs: 20 },
  timeoutMs: 5000,
});

function paragraphs(n: number, f: (i: number) => string = (i) => `Paragraph number ${i} talks about the weather in the mountains.`) {
  return Array.from({ length: n }, (_, i) => f(i)).join('\n\n');
}

function runner(opts: PretranslateHandlerOptions & { staleMs?: number; id?: string } = {}) {
  return new JobRunner({
    id: opts.id,
    handlers: { pretranslate: createPretranslateHandler({ deepl: cfg, ...opts }) },
    staleMs: opts.staleMs ?? 10_000,
    pollMs: 20,
  });
}

async function start(p: SeededProject, body: Record<string, unknown> = {}, token = p.users.OWNER.token) {
  return call(pretranslateRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/pretranslate`, {
    token,
    params: { id: p.documentId },
    body,
  });
}

async function runToEnd(p: SeededProject, body: Record<string, unknown> = {}, opts: Parameters<typeof runner>[0] = {}) {
  const res = await start(p, body);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  const r = runner(opts).start();
  const job = await waitForJob(res.json.jobId, ['done', 'paused', 'failed', 'cancelled']);
  await r.stop();
  return { res, job };
}

async function revisionsBySegment(documentId: string) {
  const revs = await db.segmentRevision.findMany({ where: { segment: { documentId }, action: { in: ['tm', 'mt'] } } });
  const count = new Map<string, number>();
  for (const r of revs) count.set(r.segmentId, (count.get(r.segmentId) ?? 0) + 1);
  return { revs, count };
}

describe('dry run', () => {
  it('estimates billed characters without creating a job; reviewers may not run it', async () => {
    const p = await seedProject('One two three.\n\nFour five.');
    const res = await start(p, { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      jobId: null,
      estimatedCharacters: 'One two three.'.length + 'Four five.'.length,
      segments: 2,
      tmMatches: 0,
      mtSegments: 2,
      untranslated: 0,
      untranslatedReason: null,
      mtEnabled: true,
    });
    expect(await db.job.count({ where: { documentId: p.documentId } })).toBe(0);
    expect((await start(p, { dryRun: true }, p.users.REVIEWER.token)).status).toBe(403);
    expect((await start(p, { dryRun: true }, p.users.TRANSLATOR.token)).status).toBe(200);
  });
});

describe('the job', () => {
  it('fills memory matches first (101/100), then DeepL, within 50 texts and 120 KiB per request, with context and formality', async () => {
    const long = (i: number) =>
      `Long paragraph ${i}: ${'the delegation discussed humanitarian aid and border crossings at length '.repeat(40)}`;
    const p = await seedProject(paragraphs(130, (i) => (i < 60 ? `Short line ${i}.` : long(i))));
    // A memory unit that matches paragraph 0 exactly, with its neighbours (101).
    await db.tmUnit.create({
      data: {
        projectId: p.projectId,
        source: 'Short line 0.',
        target: '짧은 줄 0.',
        sourceNorm: 'short line 0 .',
        prevSource: '',
        nextSource: 'Short line 1.',
      },
    });
    await db.tmUnit.create({
      data: {
        projectId: p.projectId,
        source: 'Short line 5.',
        target: '짧은 줄 5.',
        sourceNorm: 'short line 5 .',
        prevSource: 'elsewhere',
        nextSource: '',
      },
    });
    const { res, job } = await runToEnd(p, { formality: 'prefer_less' }, { contextGroup: 1000 });
    expect(res.json.tmMatches).toBe(2);
    expect(job).toMatchObject({ state: 'done', done: 130, total: 130, error: null });
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(segs[0]).toMatchObject({ origin: 'TM', matchScore: 101, state: 'DRAFT', targetText: '짧은 줄 0.' });
    expect(segs[5]).toMatchObject({ origin: 'TM', matchScore: 100, state: 'DRAFT' });
    expect(segs.filter((s) => s.origin === 'MT' && s.state === 'DRAFT' && s.targetText.startsWith('[MT'))).toHaveLength(128);
    const log = deepl().translateLog.filter((l) => l.status === 200);
    expect(log.length).toBeGreaterThan(3);
    for (const l of log) {
      const texts = ([] as string[]).concat(l.params.text ?? []);
      expect(texts.length).toBeLessThanOrEqual(50);
      const bytes = new URLSearchParams(
        Object.entries(l.params).flatMap(([k, v]) => ([] as string[]).concat(v).map((x) => [k, x])),
      ).toString().length;
      expect(bytes).toBeLessThan(120 * 1024);
      expect(l.params.tag_handling).toBe('xml');
      expect(l.params.formality).toBe('prefer_less');
    }
    expect(log.some((l) => ([] as string[]).concat(l.params.text ?? []).length === 50)).toBe(true);
    expect(log.some((l) => typeof l.params.context === 'string' && l.params.context.length > 0)).toBe(true);
    expect(deepl().stats.maxConcurrent).toBeLessThanOrEqual(4);
    const { count } = await revisionsBySegment(p.documentId);
    expect([...count.values()].every((c) => c === 1)).toBe(true);
    expect(count.size).toBe(130);
    const api = await call(jobRoute.GET, 'GET', `/api/v1/jobs/${job.id}`, { token: p.users.REVIEWER.token, params: { id: job.id } });
    expect(api.json).toMatchObject({ state: 'done', done: 130, total: 130, error: null, result: { tm: 2, mt: 128, warnings: [] } });
  });

  it('never overwrites human work, in either scope', async () => {
    const p = await seedProject(paragraphs(6));
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const patch = (i: number, body: Record<string, unknown>, token = p.users.OWNER.token) =>
      call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${segs[i]!.id}`, {
        token,
        params: { id: segs[i]!.id },
        body: { version: 1, ...body },
      });
    expect((await patch(0, { target: '번역 완료', state: 'TRANSLATED' }, p.users.TRANSLATOR.token)).status).toBe(200);
    expect((await patch(1, { target: '승인됨', state: 'APPROVED' })).status).toBe(200);
    expect((await patch(2, { target: '사람 초안', state: 'DRAFT' })).status).toBe(200);
    await db.segment.update({
      where: { id: segs[3]!.id },
      data: { target: null, targetText: '정렬된 초안', state: 'DRAFT', origin: 'ALIGNED', version: 2 },
    });
    await db.segment.update({
      where: { id: segs[4]!.id },
      data: { targetText: '[MT] 옛 기계 번역', state: 'DRAFT', origin: 'MT', version: 2 },
    });
    const before = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    await runToEnd(p, { scope: 'empty' });
    let after = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    for (const i of [0, 1, 2, 3, 4]) expect(after[i]).toMatchObject({ targetText: before[i]!.targetText, version: before[i]!.version });
    expect(after[5]).toMatchObject({ origin: 'MT', state: 'DRAFT' });
    await runToEnd(p, { scope: 'machine' });
    after = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    for (const i of [0, 1, 2, 3]) expect(after[i]).toMatchObject({ targetText: before[i]!.targetText, version: before[i]!.version });
    expect(after[4]!.targetText.startsWith('[MT] ')).toBe(true);
    expect(after[4]!.version).toBe(3);
    expect(after[5]!.version).toBe(3);
  });

  it('syncs the glossary once per content: reused by the next job, replaced when a term changes', async () => {
    const p = await seedProject('The armistice line was quiet.\n\nThe armistice held.');
    const term = await db.term.create({ data: { projectId: p.projectId, source: 'armistice', target: '정전', kind: 'TERM' } });
    const list = async () =>
      (
        (await (await fetch(`${deepl().url}/v2/glossaries`, { headers: { Authorization: 'DeepL-Auth-Key test-key' } })).json()) as {
          glossaries: { glossary_id: string }[];
        }
      ).glossaries;
    deepl().setMode({ clearGlossaries: true });
    await runToEnd(p);
    const first = readDeeplGlossary((await db.project.findUniqueOrThrow({ where: { id: p.projectId } })).settings);
    expect(first).not.toBeNull();
    expect((await list()).map((g) => g.glossary_id)).toEqual([first!.id]);
    expect(deepl().translateLog.at(-1)?.params.glossary_id).toBe(first!.id);
    expect((await db.segment.findFirstOrThrow({ where: { documentId: p.documentId } })).targetText).toContain('정전');

    await runToEnd(p, { scope: 'machine' });
    expect((await list()).map((g) => g.glossary_id)).toEqual([first!.id]);

    await db.term.update({ where: { id: term.id }, data: { target: '휴전' } });
    await runToEnd(p, { scope: 'machine' });
    const second = readDeeplGlossary((await db.project.findUniqueOrThrow({ where: { id: p.projectId } })).settings);
    expect(second!.id).not.toBe(first!.id);
    expect((await list()).map((g) => g.glossary_id)).toEqual([second!.id]);
    expect((await db.segment.findFirstOrThrow({ where: { documentId: p.documentId } })).targetText).toContain('휴전');
  });

  it('protects names; a lost name becomes a QA warning on the segment, not a silent patch', async () => {
    const p = await seedProject('Kwon Jong-gun met the envoy from KCNA.\n\nThe weather was fine.\n\nLater Kwon spoke again.');
    await db.term.createMany({
      data: [
        { projectId: p.projectId, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
        { projectId: p.projectId, source: 'KCNA', target: 'KCNA', kind: 'DO_NOT_TRANSLATE' },
      ],
    });
    const { job } = await runToEnd(p);
    expect(job.state).toBe('done');
    let segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(segs[0]!.targetText).toMatch(/^\[MT\] 권정근 .*KCNA/);
    expect(segs[2]!.targetText).toContain('권');
    expect(segs[0]!.targetText).not.toContain('<x');

    deepl().setMode({ dropProtected: 'drop' });
    const second = await runToEnd(p, { scope: 'machine' });
    segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(segs[0]!.targetText).not.toContain('권정근');
    const sug = await call(suggestionsRoute.GET, 'GET', `/api/v1/segments/${segs[0]!.id}/suggestions`, {
      token: p.users.TRANSLATOR.token,
      params: { id: segs[0]!.id },
    });
    expect(sug.status).toBe(200);
    expect(sug.json.qaWarnings).toMatchObject([
      { type: 'protected-term-missing', kind: 'NAME', term: 'Kwon Jong-gun', expected: '권정근', found: null },
    ]);
    expect(sug.json.qaWarnings[0].message).toContain('Kwon Jong-gun');
    const api = await call(jobRoute.GET, 'GET', `/api/v1/jobs/${second.job.id}`, {
      token: p.users.OWNER.token,
      params: { id: second.job.id },
    });
    expect(api.json.result.warnings.map((w: { position: number }) => w.position)).toEqual([0, 2]);
    // The middle segment had nothing to protect: no warning.
    const mid = await call(suggestionsRoute.GET, 'GET', `/api/v1/segments/${segs[1]!.id}/suggestions`, {
      token: p.users.TRANSLATOR.token,
      params: { id: segs[1]!.id },
    });
    expect(mid.json.qaWarnings).toEqual([]);
  });

  it('fixes the particle the engine attached to a protected name: the draft says 권정근은, not 권정근는', async () => {
    const sources = ['Kwon Jong-gun met the envoy from KCNA.', 'Later Kwon arrived in Pyongyang.', 'Trump and Kwon Jong-gun spoke.'];
    const p = await seedProject(sources.join('\n\n'));
    const terms = [
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' as const },
      { source: 'Trump', target: '트럼프', kind: 'NAME' as const },
      { source: 'KCNA', target: 'KCNA', kind: 'DO_NOT_TRANSLATE' as const },
    ];
    await db.term.createMany({ data: terms.map((t) => ({ projectId: p.projectId, ...t })) });
    // What the job sends (names in ignored tags carrying their Korean form), and what the engine
    // answers: the right names, each followed by the particle of the wrong class.
    const sent = sources.map((s) => protect(s, terms).text);
    const tag = (i: number, content: string) => {
      const m = [...sent[i]!.matchAll(/<x id="[^"]+">([^<]*)<\/x>/g)].find((x) => x[1] === content);
      if (!m) throw new Error(`no protected ${content} in ${sent[i]}`);
      return m[0];
    };
    const answers = [
      `${tag(0, '권정근')}는 ${tag(0, 'KCNA')} 특사를 만났다.`,
      // A lone "Kwon" with no known role is sent as the full name (never a bare 권).
      `나중에 ${tag(1, '권정근')}가 평양에 도착했다.`,
      `${tag(2, '트럼프')}과 ${tag(2, '권정근')}는 대화했다.`,
    ];
    deepl().setMode({ fixedTranslations: Object.fromEntries(sent.map((s, i) => [s, answers[i]!])) });
    const { job } = await runToEnd(p);
    expect(job.state).toBe('done');
    // The engine really answered with the wrong particles (the canned answers were used).
    const texts = deepl()
      .translateLog.filter((l) => l.status === 200)
      .flatMap((l) => ([] as string[]).concat(l.params.text ?? []));
    expect(texts.sort()).toEqual([...sent].sort());
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(segs.map((s) => s.targetText)).toEqual([
      '권정근은 KCNA 특사를 만났다.',
      '나중에 권정근이 평양에 도착했다.',
      '트럼프와 권정근은 대화했다.',
    ]);
    expect(segs.every((s) => s.origin === 'MT' && s.state === 'DRAFT')).toBe(true);
    const revs = await db.segmentRevision.findMany({ where: { segment: { documentId: p.documentId }, action: 'mt' } });
    expect(revs.map((r) => r.targetText).sort()).toEqual(segs.map((s) => s.targetText).sort());
    expect(revs.every((r) => r.reason === null)).toBe(true); // every name kept: no QA warning
  });

  it('retries 429 and 5xx: with 20 % of requests refused, every segment is translated exactly once', async () => {
    const p = await seedProject(paragraphs(60));
    deepl().setMode({ failRate: 0.2, failStatus: 429, seed: 7 });
    const { job } = await runToEnd(p, {}, { contextGroup: 3 });
    expect(job.state).toBe('done');
    expect(deepl().stats.injectedFailures).toBeGreaterThan(0);
    const { count } = await revisionsBySegment(p.documentId);
    expect(count.size).toBe(60);
    expect([...count.values()].every((c) => c === 1)).toBe(true);
    deepl().setMode({ failRate: 0, failNext: 2, failStatus: 503 });
    const again = await runToEnd(p, { scope: 'machine' }, { contextGroup: 30 });
    expect(again.job.state).toBe('done');
  });

  it('stops on 456 as paused with the count, keeps what it wrote, and resumes to done without duplicates', async () => {
    const p = await seedProject(paragraphs(40));
    const perSegment = 'Paragraph number 10 talks about the weather in the mountains.'.length;
    deepl().setMode({ quotaCharacters: perSegment * 15 });
    const res = await start(p);
    const jobId = res.json.jobId as string;
    const r = runner({ contextGroup: 5 }).start();
    const paused = await waitForJob(jobId, ['paused', 'done', 'failed']);
    expect(paused.state).toBe('paused');
    expect(paused.error).toMatch(/^DeepL quota exhausted — \d+ of 40 done/);
    expect(paused.done).toBeGreaterThan(0);
    expect(paused.done).toBeLessThan(40);
    const written = await db.segment.count({ where: { documentId: p.documentId, origin: 'MT' } });
    expect(paused.error).toContain(`${paused.done} of 40`);
    expect(written).toBe(paused.done);

    deepl().setMode({ quotaCharacters: null });
    const resumed = await call(resumeRoute.POST, 'POST', `/api/v1/jobs/${jobId}/resume`, {
      token: p.users.TRANSLATOR.token,
      params: { id: jobId },
    });
    expect(resumed.status).toBe(200);
    r.kick();
    const done = await waitForJob(jobId, ['done', 'failed', 'paused']);
    await r.stop();
    expect(done).toMatchObject({ state: 'done', done: 40, total: 40, error: null });
    const { count } = await revisionsBySegment(p.documentId);
    expect(count.size).toBe(40);
    expect([...count.values()].every((c) => c === 1)).toBe(true);
  });

  it('says when the key is rejected (403) and fails the job', async () => {
    const p = await seedProject('One.\n\nTwo.');
    const res = await start(p);
    const r = new JobRunner({
      handlers: { pretranslate: createPretranslateHandler({ deepl: () => ({ ...cfg(), authKey: 'wrong-key' }) }) },
      pollMs: 20,
    }).start();
    const job = await waitForJob(res.json.jobId, ['failed', 'done', 'paused']);
    await r.stop();
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/DeepL rejected the API key \(HTTP 403\)\. Check DEEPL_AUTH_KEY/);
  });

  it('resumes after a server restart mid-job: a new runner takes the stale lock and nothing is written twice', async () => {
    const p = await seedProject(paragraphs(50));
    deepl().setMode({ latencyMs: 30 });
    const res = await start(p);
    const jobId = res.json.jobId as string;
    let killed = false;
    const a: JobRunner = runner({
      id: 'runner-a',
      staleMs: 300,
      contextGroup: 2,
      onBatchWritten: (_id, written) => {
        if (written > 0 && !killed) {
          killed = true;
          void a.stop({ release: false }); // the process dies after its first write
        }
      },
    }).start();
    while (!killed) await new Promise((r) => setTimeout(r, 10));
    await a.stop({ release: false });
    const mid = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(mid).toMatchObject({ state: 'running', lockedBy: 'runner-a' });
    expect(mid.done).toBeLessThan(50);
    const writtenBefore = await db.segment.count({ where: { documentId: p.documentId, origin: 'MT' } });
    expect(writtenBefore).toBeGreaterThan(0);

    const b = runner({ id: 'runner-b', staleMs: 300, contextGroup: 5 }).start();
    const done = await waitForJob(jobId, ['done', 'failed', 'paused']);
    await b.stop();
    expect(done).toMatchObject({ state: 'done', done: 50, total: 50 });
    const { count } = await revisionsBySegment(p.documentId);
    expect(count.size).toBe(50);
    expect([...count.values()].every((c) => c === 1)).toBe(true);
  });

  it('cancel stops the job; what it wrote stays, nothing more is written', async () => {
    const p = await seedProject(paragraphs(40));
    deepl().setMode({ latencyMs: 40 });
    const res = await start(p);
    const jobId = res.json.jobId as string;
    const r = runner({ contextGroup: 2 }).start();
    while ((await db.job.findUniqueOrThrow({ where: { id: jobId } })).done < 4) await new Promise((x) => setTimeout(x, 10));
    const c = await call(cancelRoute.POST, 'POST', `/api/v1/jobs/${jobId}/cancel`, { token: p.users.OWNER.token, params: { id: jobId } });
    expect(c.status).toBe(200);
    expect(c.json.state).toBe('cancelled');
    const atCancel = await db.segment.count({ where: { documentId: p.documentId, origin: 'MT' } });
    await new Promise((x) => setTimeout(x, 300));
    await r.stop();
    expect(await db.segment.count({ where: { documentId: p.documentId, origin: 'MT' } })).toBe(atCancel);
    expect(atCancel).toBeLessThan(40);
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).state).toBe('cancelled');
  });

  it('without DEEPL_AUTH_KEY still fills memory matches and says how to enable DeepL', async () => {
    const p = await seedProject('Known sentence.\n\nUnknown sentence.');
    await db.tmUnit.create({
      data: { projectId: p.projectId, source: 'Known sentence.', target: '아는 문장.', sourceNorm: 'known sentence .' },
    });
    const key = process.env.DEEPL_AUTH_KEY;
    delete process.env.DEEPL_AUTH_KEY;
    try {
      const dry = await start(p, { dryRun: true });
      // The estimate says what will happen: 1 from the memory, none by DeepL, 1 left untranslated.
      expect(dry.json).toMatchObject({
        mtEnabled: false,
        estimatedCharacters: 0,
        segments: 2,
        tmMatches: 1,
        mtSegments: 0,
        requests: 0,
        untranslated: 1,
        untranslatedReason: 'mt_not_configured',
      });
      expect(dry.json.mtHint).toContain('DEEPL_AUTH_KEY');
      const res = await start(p);
      const r = new JobRunner({ handlers: { pretranslate: createPretranslateHandler() }, pollMs: 20 }).start();
      const job = await waitForJob(res.json.jobId, ['done', 'failed', 'paused']);
      await r.stop();
      expect(job).toMatchObject({ state: 'done', done: 2, total: 2 });
      const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
      expect(segs[0]).toMatchObject({ origin: 'TM', targetText: '아는 문장.' });
      expect(segs[1]).toMatchObject({ state: 'EMPTY', origin: null });
    } finally {
      process.env.DEEPL_AUTH_KEY = key;
    }
  });

  it('counts a paragraph too long for one DeepL request as left untranslated, not as DeepL work', async () => {
    const long = `${'A very long sentence about the talks. '.repeat(3600).trim()}`; // ~133 KiB, over the 128 KiB request limit
    const p = await seedProject(`Short one.\n\n${long}`);
    const dry = await start(p, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      mtEnabled: true,
      segments: 2,
      tmMatches: 0,
      mtSegments: 1,
      untranslated: 1,
      untranslatedReason: 'too_long',
      requests: 1,
    });
  });

  it('refuses a second job on a document while one is active', async () => {
    const p = await seedProject('One.\n\nTwo.');
    expect((await start(p)).status).toBe(200);
    const again = await start(p);
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/already running/);
  });
});
