import 'server-only';
// The "pretranslate" job handler: plan (prepare.ts) → translate (memory here, the rest through DeepL in
// translate-batches.ts) → write (draft-writer.ts). Resumable by construction: every run recomputes what is left from
// the database (planned segments still at their planned version and still in scope), so a restart,
// a resume after a quota stop, or a second runner taking over never translates a segment twice.
//
//   1. memory first: exact (100) and context (101) matches are written as TM drafts;
//   2. the rest goes to DeepL in batches (≤ 50 texts, < 120 KiB, a few requests at a time); the
//      answers are written while the next requests are in flight, those that arrived within ~50 ms
//      in one transaction together with the job's progress and a lock check (write-drafts.ts: one
//      conditional UPDATE and one INSERT per transaction, whatever the number of segments);
//   3. 429/5xx are retried with backoff (DeeplProvider, Retry-After honoured, minutes before giving
//      up); while a request waits, the job row says so (`retrying`: attempt, reason, next attempt);
//      456 pauses the job ("DeepL quota exhausted — N of M done"), 403 fails it; cancelling aborts
//      the requests in flight and writes nothing more. The characters DeepL billed are added to the
//      job (`billedCharacters`) with each written batch.
//
// Each write is optimistic: only if the segment's version is the one planned and it is still in
// scope, so a person's edit made meanwhile always wins. A lost protected name is not patched: the
// MT revision's `reason` carries {"qa":[{"type":"protected-term-missing",...}]} (see presentQaWarnings).
import type { PretranslateScope } from '../../workflow/pretranslate-scope';
import { db } from '../db/client';
import type { JobContext, JobHandler, JobOutcome } from '../jobs/runner';
import { safeJson } from '../jobs/runner';
import { deeplConfigFromEnv, type DeeplConfig, type Formality, type MtError } from '../mt/deepl';
import { DraftWriter } from './draft-writer';
import { preparePretranslation, type SegRow } from './prepare';
import { parseQa, type QaWarning } from './qa-warnings';
import { readSettings } from '../projects/settings';
import { translateBatches } from './translate-batches';

export interface PretranslateParams {
  scope: PretranslateScope;
  formality?: Formality;
  /** segmentId -> version when the job was created. */
  plan: Record<string, number>;
}

export interface PretranslateHandlerOptions {
  /** DeepL settings; defaults to the environment (DEEPL_AUTH_KEY, DEEPL_SERVER_URL). */
  deepl?: () => DeeplConfig | null;
  contextGroup?: number;
  /** How long the writer waits for more translated batches before committing (default 50 ms). */
  gatherMs?: number;
  /** Called after each written batch (tests use it to stop a runner mid-job). */
  onBatchWritten?: (jobId: string, written: number) => void | Promise<void>;
}

export function createPretranslateHandler(options: PretranslateHandlerOptions = {}): JobHandler {
  return (ctx) => runPretranslate(ctx, options);
}

async function runPretranslate(ctx: JobContext, options: PretranslateHandlerOptions): Promise<JobOutcome> {
  const params = safeJson(ctx.job.params) as unknown as PretranslateParams;
  const plan = new Map(Object.entries(params.plan ?? {}));
  const total = plan.size;
  const config = (options.deepl ?? (() => deeplConfigFromEnv()))();

  // 1. Plan: what is left, from the database (progress restarts from there).
  const prep = await preparePretranslation(ctx.job.documentId!, params.scope, {
    only: plan,
    withMt: config !== null,
    contextGroup: options.contextGroup,
  });
  const writer = new DraftWriter(
    ctx,
    { scope: params.scope, gatherMs: options.gatherMs, onBatchWritten: options.onBatchWritten },
    total - prep.eligible.length,
  );
  await db.$transaction((tx) => ctx.assertLock(tx, { done: writer.done, total }));

  // 2. Memory: exact and context matches, written as they are.
  for (let i = 0; i < prep.tm.length; i += 100) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    const chunk = prep.tm.slice(i, i + 100);
    await writer.write(
      chunk.map(({ seg, match }) => ({
        segmentId: seg.id,
        version: seg.version,
        text: match.entry.target,
        origin: 'TM' as const,
        matchScore: match.score,
        reason: JSON.stringify({ tm: { unitId: match.entry.id, score: match.score } }),
      })),
      chunk.length,
    );
  }

  // 3. Machine translation for the rest (written by the writer as the answers arrive).
  const left = prep.mt.length;
  if (left === 0) return finish(ctx, 'done', null);
  if (!config) {
    await writer.write([], left);
    return finish(ctx, 'done', null, { mtDisabled: true });
  }
  if (prep.oversize.length > 0) await writer.write([], prep.oversize.length);
  const formality = params.formality ?? readSettings(prep.settings).formality;
  const stop = await translateBatches(ctx, prep, config, formality, writer);
  if (ctx.signal.aborted) throw ctx.signal.reason;
  return stop ? stopped(ctx, stop, `${writer.done} of ${total} done`) : finish(ctx, 'done', null);
}

/** The outcome of a run that DeepL stopped: a quota or an outage pauses the job, a key error fails it. */
function stopped(ctx: JobContext, failure: MtError, progress: string): Promise<JobOutcome> {
  if (failure.kind === 'quota')
    return finish(
      ctx,
      'paused',
      `DeepL quota exhausted — ${progress}. Raise the quota (or wait for the next billing period), then resume.`,
    );
  if (failure.kind === 'unavailable')
    return finish(ctx, 'paused', `${failure.message} after ${failure.attempts} attempts — ${progress}. Resume to continue.`);
  return finish(ctx, 'failed', `${failure.message} — ${progress}.`);
}

/** Final counts from the revisions this job wrote (correct across restarts and resumes). */
async function finish(
  ctx: JobContext,
  state: JobOutcome['state'],
  error: string | null,
  extra: Record<string, unknown> = {},
): Promise<JobOutcome> {
  await db.job.updateMany({ where: { id: ctx.job.id, retrying: { not: null } }, data: { retrying: null } });
  return { state, error, result: { ...(await summarize(ctx.job.id)), ...extra } };
}

export async function summarize(
  jobId: string,
): Promise<{ tm: number; mt: number; warnings: { segmentId: string; position: number; qa: QaWarning[] }[] }> {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { params: true, createdAt: true } });
  const plan = (safeJson(job.params) as unknown as PretranslateParams).plan ?? {};
  const ids = Object.keys(plan);
  const revs: { segmentId: string; version: number; action: string; reason: string | null }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    revs.push(
      ...(await db.segmentRevision.findMany({
        where: { segmentId: { in: ids.slice(i, i + 500) }, action: { in: ['tm', 'mt'] }, createdAt: { gte: job.createdAt } },
        select: { segmentId: true, version: true, action: true, reason: true },
      })),
    );
  }
  const mine = revs.filter((r) => r.version > (plan[r.segmentId] ?? Infinity));
  const positions = new Map(
    (
      await db.segment.findMany({
        where: { id: { in: mine.filter((r) => r.reason?.includes('"qa"')).map((r) => r.segmentId) } },
        select: { id: true, position: true },
      })
    ).map((s) => [s.id, s.position]),
  );
  const warnings = mine
    .filter((r) => r.action === 'mt' && r.reason?.includes('"qa"'))
    .map((r) => ({ segmentId: r.segmentId, position: positions.get(r.segmentId) ?? 0, qa: parseQa(r.reason) }))
    .sort((a, b) => a.position - b.position);
  return { tm: mine.filter((r) => r.action === 'tm').length, mt: mine.filter((r) => r.action === 'mt').length, warnings };
}

export type { SegRow };
