import 'server-only';
// The "pretranslate" job handler. Resumable by construction: every run recomputes what is left from
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
import { docToText, textToDoc } from '../../editor/doc';
import { fixParticlesAfterNames } from '../../mt/fix-particles';
import { PROTECT_IGNORE_TAGS, unprotect, type MissingPlaceholder } from '../../mt/protect';
import { runPool } from '../../mt/retry';
import type { PretranslateScope } from '../../workflow/pretranslate-scope';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import type { JobContext, JobHandler, JobOutcome } from '../jobs/runner';
import { safeJson } from '../jobs/runner';
import { DeeplProvider, deeplConfigFromEnv, MtError, type DeeplConfig, type Formality } from '../mt/deepl';
import { syncGlossary } from '../mt/sync-glossary';
import { presentSegment } from '../presenters/segment';
import { preparePretranslation, type SegRow } from './prepare';
import { createRetryStatus } from './retry-status';
import { pretranslateSettings } from './settings';
import { writeDrafts, type DraftWrite } from './write-drafts';

export interface PretranslateParams {
  scope: PretranslateScope;
  formality?: Formality;
  /** segmentId -> version when the job was created. */
  plan: Record<string, number>;
}

export interface QaWarning {
  type: 'protected-term-missing';
  kind: string;
  /** The source term ("Kwon Jong-gun") and the form that had to appear ("권정근"). */
  term: string;
  matched: string;
  expected: string;
  /** What the engine put in the tag instead, or null when the tag was dropped. */
  found: string | null;
  message: string;
}

export function qaWarningsFor(missing: readonly MissingPlaceholder[]): QaWarning[] {
  return missing.map((m) => ({
    type: 'protected-term-missing',
    kind: m.term.kind,
    term: m.term.source,
    matched: m.matched,
    expected: m.expected,
    found: m.found,
    message:
      m.found === null
        ? `The machine translation lost the protected ${m.term.kind === 'NAME' ? 'name' : 'term'} “${m.matched}” (expected “${m.expected}”). Check the target.`
        : `The machine translation changed the protected ${m.term.kind === 'NAME' ? 'name' : 'term'} “${m.matched}” to “${m.found}” (expected “${m.expected}”). Check the target.`,
  }));
}

interface Write {
  segmentId: string;
  version: number;
  text: string;
  origin: 'TM' | 'MT';
  matchScore: number | null;
  reason: string | null;
}

function toDraft(w: Write): DraftWrite {
  const doc = textToDoc(w.text);
  return {
    segmentId: w.segmentId,
    version: w.version,
    target: JSON.stringify(doc),
    targetText: docToText(doc),
    matchScore: w.matchScore,
    reason: w.reason,
  };
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

/** The writer commits at least this often while requests are in flight… */
const WRITE_GATHER_MS = 50;
/** …or as soon as this many translated segments wait. */
const WRITE_FLUSH_SEGMENTS = 200;

export function createPretranslateHandler(options: PretranslateHandlerOptions = {}): JobHandler {
  return (ctx) => runPretranslate(ctx, options);
}

async function runPretranslate(ctx: JobContext, options: PretranslateHandlerOptions): Promise<JobOutcome> {
  const { job } = ctx;
  const params = safeJson(job.params) as unknown as PretranslateParams;
  const plan = new Map(Object.entries(params.plan ?? {}));
  const total = plan.size;
  const config = (options.deepl ?? (() => deeplConfigFromEnv()))();
  const prep = await preparePretranslation(job.documentId!, params.scope, {
    only: plan,
    withMt: config !== null,
    contextGroup: options.contextGroup,
  });

  // Progress restarts from what the database says is left.
  let done = total - prep.eligible.length;
  await db.$transaction((tx) => ctx.assertLock(tx, { done, total }));

  // One transaction per call: the lock check and the progress, then the drafts in two statements
  // (write-drafts.ts: one conditional UPDATE, one INSERT of the revisions of the rows that took).
  const write = async (writes: Write[], handled: number, billed = 0) => {
    const written = await db.$transaction(async (tx) => {
      await ctx.assertLock(tx, { done: { increment: handled }, ...(billed > 0 ? { billedCharacters: { increment: billed } } : {}) });
      const ids: string[] = [];
      for (const origin of ['TM', 'MT'] as const) {
        const mine = writes.filter((w) => w.origin === origin);
        if (mine.length === 0) continue;
        ids.push(...(await writeDrafts(tx, origin, mine.map(toDraft), { scope: params.scope, userId: job.createdById })));
      }
      return ids;
    });
    done += handled;
    if (written.length > 0 && job.documentId) {
      const rows = await db.segment.findMany({ where: { id: { in: written } } });
      for (const r of rows)
        publish(documentChannel(job.documentId), {
          type: 'segment.updated',
          segment: presentSegment(r),
          by: { id: 'pretranslate', name: 'Pre-translation' },
        });
    }
    await options.onBatchWritten?.(job.id, written.length);
    return written.length;
  };

  // Translated batches go to one writer, so requests keep going while the database writes. The
  // writer waits up to `gatherMs` for the answers to the other requests in flight and commits them
  // together (one transaction, one progress update), then takes whatever arrived meanwhile: fewer,
  // larger transactions cost the job's event loop much less than one per request. drain() flushes.
  const gatherMs = options.gatherMs ?? WRITE_GATHER_MS;
  const queue: { writes: Write[]; handled: number; billed: number }[] = [];
  let writer: Promise<void> | null = null;
  let writeError: unknown = null;
  let draining = false;
  let flushNow: (() => void) | null = null;
  const queued = () => queue.reduce((n, x) => n + x.writes.length, 0);
  const gather = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => flush(), gatherMs);
      const flush = () => {
        clearTimeout(timer);
        flushNow = null;
        resolve();
      };
      flushNow = flush;
    });
  const enqueue = (writes: Write[], handled: number, billed: number) => {
    queue.push({ writes, handled, billed });
    if (flushNow && queued() >= WRITE_FLUSH_SEGMENTS) flushNow();
    writer ??= (async () => {
      try {
        while (queue.length > 0 && writeError === null) {
          if (!draining && gatherMs > 0 && queued() < WRITE_FLUSH_SEGMENTS) await gather();
          const take = queue.splice(0, queue.length);
          await write(
            take.flatMap((x) => x.writes),
            take.reduce((n, x) => n + x.handled, 0),
            take.reduce((n, x) => n + x.billed, 0),
          );
        }
      } catch (err) {
        writeError = err;
      } finally {
        writer = null;
      }
    })();
  };
  const drain = async () => {
    draining = true;
    flushNow?.();
    while (writer) await writer;
    if (writeError) throw writeError;
  };

  // 1. Memory.
  for (let i = 0; i < prep.tm.length; i += 100) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    const chunk = prep.tm.slice(i, i + 100);
    await write(
      chunk.map(({ seg, match }) => ({
        segmentId: seg.id,
        version: seg.version,
        text: match.entry.target,
        origin: 'TM',
        matchScore: match.score,
        reason: JSON.stringify({ tm: { unitId: match.entry.id, score: match.score } }),
      })),
      chunk.length,
    );
  }

  // 2. Machine translation.
  const left = prep.mt.length;
  if (left === 0) return finish(ctx, 'done', null);
  if (!config) {
    await write([], left);
    return finish(ctx, 'done', null, { mtDisabled: true });
  }
  if (prep.oversize.length > 0) await write([], prep.oversize.length);

  const provider = new DeeplProvider(config);
  const settings = pretranslateSettings(prep.settings);
  const formality = params.formality ?? settings.formality;
  let glossaryId: string | null = null;
  let stop: MtError | null = null;
  try {
    glossaryId = await syncGlossary(provider, prep.projectId);
  } catch (err) {
    if (!(err instanceof MtError)) throw err;
    stop = err;
  }

  const retryStatus = createRetryStatus(ctx);

  await runPool(
    prep.batches,
    config.concurrency,
    async (batch, index) => {
      if (stop || ctx.signal.aborted) return;
      let res;
      try {
        res = await provider.translate({
          texts: batch.texts,
          sourceLang: prep.sourceLang,
          targetLang: prep.targetLang,
          context: batch.context,
          formality,
          glossaryId,
          ignoreTags: PROTECT_IGNORE_TAGS,
          signal: ctx.signal,
          onRetry: (info) => retryStatus.waiting(index, info),
        });
      } catch (err) {
        retryStatus.settled(index);
        if (ctx.signal.aborted) return;
        if (err instanceof MtError) {
          // Quota and key errors win over a transient one reported by another request.
          if (!stop || err.kind === 'quota' || err.kind === 'auth') stop = err;
          return;
        }
        throw err;
      }
      retryStatus.settled(index);
      const writes: Write[] = batch.items.map((item, i) => {
        const out = unprotect(res.texts[i] ?? '', item.placeholders, { fixParticles: fixParticlesAfterNames });
        const qa = qaWarningsFor(out.missing);
        return {
          segmentId: item.segmentId,
          version: item.version,
          text: out.text,
          origin: 'MT',
          matchScore: null,
          reason: qa.length > 0 ? JSON.stringify({ qa }) : null,
        };
      });
      if (ctx.signal.aborted || writeError) return;
      enqueue(writes, batch.items.length, res.billedCharacters);
    },
    () => stop !== null || ctx.signal.aborted || writeError !== null,
  );
  await drain();
  await retryStatus.flushed();
  if (ctx.signal.aborted) throw ctx.signal.reason;

  const failure = stop as MtError | null;
  if (failure) {
    const progress = `${done} of ${total} done`;
    if (failure.kind === 'quota')
      return finish(
        ctx,
        'paused',
        `DeepL quota exhausted — ${progress}. Raise the quota (or wait for the next billing period), then resume.`,
      );
    if (failure.kind === 'auth') return finish(ctx, 'failed', `${failure.message} — ${progress}.`);
    if (failure.kind === 'unavailable')
      return finish(ctx, 'paused', `${failure.message} after ${failure.attempts} attempts — ${progress}. Resume to continue.`);
    return finish(ctx, 'failed', `${failure.message} — ${progress}.`);
  }
  return finish(ctx, 'done', null);
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

export function parseQa(reason: string | null | undefined): QaWarning[] {
  const v = safeJson(reason) as { qa?: unknown };
  return Array.isArray(v.qa) ? (v.qa as QaWarning[]) : [];
}

export type { SegRow };
