// The QA worker (qa-runner.ts, qa-worker.cjs): the same issues as on the main thread, the event loop
// free while a long document is checked, a clear 503 when the queue is full or a task runs too long,
// and a fresh worker after one was stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mixedDocument } from '@/bench/qa/mixed-document';
import { runChecks, runDocumentChecks, type QaContext } from '../../qa';
import { round23Segments } from '../../qa/testing/round23';
import { R23_TERMS } from '../../qa/testing/round23/variants';
import type { SpellingContext, WordVerdict } from '../../spell/types';
import { AppError } from '../errors';
import { checkDocument, checkEach, checkSegment, qaTasksSent, QUEUE_LIMIT } from './qa-runner';

const verdictOf = (w: string): WordVerdict =>
  /함/.test(w) ? { ok: false, suggestions: ['함께'], rival: true } : { ok: true, suggestions: [] };
const spelling: SpellingContext = { known: new Set(), verdict: verdictOf, precisionGate: false };
const segments = round23Segments().map((s, i) => (i === 3 ? { ...s, targetText: `${s.targetText} 함꼐 갔다.` } : s));
const context: QaContext = { terms: R23_TERMS, spelling, options: { locale: 'ko' } };

beforeAll(() => {
  process.env.QA_WORKER_IN_TESTS = '1';
});
afterAll(() => {
  delete process.env.QA_WORKER_IN_TESTS;
  delete process.env.QA_TASK_TIMEOUT_MS;
});

describe('QA in the worker thread', () => {
  it('gives the issues the main thread gives, for a document, a segment with its document and each segment alone', async () => {
    const expected = runDocumentChecks(segments, context);
    expect(expected.flatMap((r) => r.issues).some((i) => i.check === 'spelling')).toBe(true);
    expect(await checkDocument(segments, context)).toEqual(expected);
    const one = segments[3]!;
    expect(await checkSegment(one, { ...context, documentSegments: segments })).toEqual(
      runChecks(one, { ...context, documentSegments: segments }),
    );
    expect(await checkEach(segments.slice(0, 5), context)).toEqual(segments.slice(0, 5).map((s) => runChecks(s, context)));
  }, 60_000);

  it('answers the segment requests that queue up for one document with one run, each for the text it gave', async () => {
    const doc = { ...context, documentSegments: segments };
    await checkDocument(segments.slice(0, 2), {}); // the worker is up
    const before = qaTasksSent();
    const doubled = { ...segments[3]!, targetText: segments[3]!.targetText.replace('함꼐', '함꼐 함꼐') };
    const asked = [...segments.slice(0, 8), doubled];
    const results = await Promise.all(asked.map((s) => checkSegment(s, doc, 'doc-1')));
    // The first request runs alone; the others wait for it and then go together, but for the
    // segment asked again with another text, which waits for the run after.
    expect(qaTasksSent() - before).toBe(3);
    const alone = (s: (typeof asked)[number]) => runChecks(s, doc);
    expect(results).toEqual(asked.map(alone));
    expect(results[8]!.filter((i) => i.check === 'repeated-word')).toHaveLength(1);
    expect(results[3]!.filter((i) => i.check === 'repeated-word')).toHaveLength(0);
    // Another document's requests run apart.
    await Promise.all([checkSegment(segments[1]!, doc, 'doc-1'), checkSegment(segments[1]!, doc, 'doc-2')]);
    expect(qaTasksSent() - before).toBe(5);
  }, 60_000);

  it('leaves the event loop free while it checks a long document', async () => {
    const long = mixedDocument(600).segments;
    await checkDocument(segments, {}); // the worker is up
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = performance.now();
    const result = await checkDocument(long, {});
    const took = performance.now() - started;
    clearInterval(timer);
    expect(result).toHaveLength(600);
    // On the main thread not one tick would run until the checks end; here most of them do.
    expect(took).toBeGreaterThan(200);
    expect(ticks).toBeGreaterThan((took / 10) * 0.3);
  }, 60_000);

  it('refuses with 503 beyond the queue limit, and stops a task that runs too long; the next one gets a fresh worker', async () => {
    const tasks = Array.from({ length: QUEUE_LIMIT + 1 }, () =>
      checkDocument(segments, {}).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    const outcomes = await Promise.all(tasks);
    const refused = outcomes.filter((e) => e instanceof AppError);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: 'unavailable', reason: 'qa_busy', headers: { 'Retry-After': '5' } });

    process.env.QA_TASK_TIMEOUT_MS = '1';
    await expect(checkDocument(mixedDocument(300).segments, {})).rejects.toMatchObject({ code: 'unavailable', reason: 'qa_timeout' });
    delete process.env.QA_TASK_TIMEOUT_MS;
    expect(await checkDocument(segments, context)).toEqual(runDocumentChecks(segments, context));
  }, 60_000);
});
