import 'server-only';
// Where the server runs the QA checks of lib/qa: in one worker thread per process (qa-worker.cjs),
// so that a long document's checks (seconds of CPU at 2,000 distinct paragraphs, and every save asks
// for its segment's QA against the whole document) never block the event loop other users' requests
// wait on. Tasks queue in the worker; a request beyond QUEUE_LIMIT, or a task beyond the time limit,
// is refused with a clear 503 (the stuck worker is replaced). The worker starts at boot
// (instrumentation.ts) or with the first task, which waits for it (about 0.5 s: tsx compiles lib/qa);
// if it cannot start, the checks run on this thread as before. Tests run on this thread unless
// QA_WORKER_IN_TESTS=1; QA_IN_THREAD=1 forces it. Segment QA requests for one document (every save
// asks for one) wait while that document's previous ones run and then go to the worker together, as
// one run of the document checks: ten editors saving on a long document cost about one run, not ten.
import type { Worker } from 'node:worker_threads';
import {
  runChecks,
  runChecksTogether,
  runDocumentChecks,
  type QaContext,
  type QaIssue,
  type QaSegment,
  type SegmentIssues,
} from '../../qa';
import { snapshotSpelling, spellingFromSnapshot, type SpellingSnapshot } from '../../qa/spelling';
import { AppError } from '../errors';
import { startWorkerScript, workerScript } from '../system/worker-script';

type Op = 'document' | 'together' | 'each';
type Reply = { id: number; result?: unknown; error?: string; ready?: boolean };
type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout };
type State = {
  status: 'loading' | 'ready' | 'failed';
  worker: Worker;
  ready: Promise<void>;
  next: number;
  pending: Map<number, Pending>;
};

/** Tasks waiting in the worker beyond which a request is refused rather than queued. */
export const QUEUE_LIMIT = 24;
const timeLimit = () => Number(process.env.QA_TASK_TIMEOUT_MS) || 120_000;
const g = globalThis as unknown as { __wbQaWorker?: State | null; __wbQaFailed?: boolean };

function workerOn(): boolean {
  if (process.env.QA_IN_THREAD === '1' || g.__wbQaFailed) return false;
  return process.env.VITEST === undefined || process.env.QA_WORKER_IN_TESTS === '1';
}

function stop(state: State, error: AppError) {
  if (g.__wbQaWorker === state) g.__wbQaWorker = null;
  state.status = 'failed';
  for (const p of state.pending.values()) {
    clearTimeout(p.timer);
    p.reject(error);
  }
  state.pending.clear();
  void state.worker.terminate();
}

function start(): State {
  const worker = startWorkerScript(workerScript('QA_WORKER_DIR', 'lib/server/qa', 'qa-worker.cjs'));
  worker.unref();
  let settle!: () => void;
  const state: State = { status: 'loading', worker, ready: new Promise((r) => (settle = r)), next: 1, pending: new Map() };
  const fail = (why: string) => {
    if (state.status === 'loading') {
      // It never answered: run on this thread from now on (as before the worker existed).
      console.error(`qa: the QA worker did not start, checking on the main thread: ${why}`);
      g.__wbQaFailed = true;
    }
    settle();
    stop(state, new AppError('unavailable', 'The QA checks stopped; try again.').because('qa_unavailable'));
  };
  worker.on('message', (msg: Reply) => {
    if (msg.ready !== undefined) {
      if (!msg.ready) return fail(msg.error ?? 'no reason given');
      state.status = 'ready';
      return settle();
    }
    const p = state.pending.get(msg.id);
    if (!p) return;
    state.pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.error) p.reject(new Error(`QA worker: ${msg.error}`));
    else p.resolve(msg.result);
  });
  worker.on('error', (e) => fail(String(e)));
  worker.on('exit', (code) => state.status !== 'failed' && fail(`worker exited with ${code}`));
  g.__wbQaWorker = state;
  return state;
}

/** Starts the worker in the background (instrumentation.ts, at boot), so no request waits for its load. */
export function startQaWorker(): void {
  if (workerOn() && !g.__wbQaWorker) start();
}

let sent = 0;
/** Tasks sent to the worker since the process started (tests and benches read it). */
export const qaTasksSent = () => sent;

const snapshot = (context: QaContext, texts: readonly string[]) => context.spelling && snapshotSpelling(context.spelling, texts);

async function inWorker(
  op: Op,
  segments: readonly QaSegment[],
  context: QaContext,
  spelling: SpellingSnapshot | undefined,
): Promise<unknown> {
  const state = g.__wbQaWorker ?? start();
  await state.ready;
  if (state.status !== 'ready') return undefined;
  if (state.pending.size >= QUEUE_LIMIT) {
    throw new AppError('unavailable', 'The QA checks are busy with other documents; try again in a few seconds.', undefined, {
      'Retry-After': '5',
    }).because('qa_busy');
  }
  const message = { op, segments, context: { ...context, spelling } };
  const id = state.next++;
  sent++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new AppError('unavailable', 'The QA checks took too long on this document and were stopped; try again.');
      stop(state, error.because('qa_timeout'));
    }, timeLimit());
    state.pending.set(id, { resolve, reject, timer });
    state.worker.postMessage({ id, ...message });
  });
}

/** All checks over a document (runDocumentChecks), off the event loop where possible. */
export async function checkDocument(segments: readonly QaSegment[], context: QaContext): Promise<SegmentIssues[]> {
  if (workerOn()) {
    const spelling = snapshot(
      context,
      segments.map((s) => s.targetText),
    );
    const result = (await inWorker('document', segments, context, spelling)) as QaIssue[][] | undefined;
    if (result) return result.map((issues, i) => ({ segmentId: segments[i]!.id, issues }));
  }
  return runDocumentChecks(segments, context);
}

/** One segment's checks with its document (runChecks), off the event loop where possible. Requests
 *  naming the same `documentKey` are answered together (see `Batch`). */
export async function checkSegment(segment: QaSegment, context: QaContext, documentKey?: string): Promise<QaIssue[]> {
  if (!workerOn()) return runChecks(segment, context);
  if (documentKey === undefined || !context.documentSegments) {
    const result = (await inWorker('together', [segment], context, snapshot(context, [segment.targetText]))) as QaIssue[][] | undefined;
    return result ? result[0]! : runChecks(segment, context);
  }
  return new Promise((resolve, reject) => join(documentKey, { segment, resolve, reject }, context));
}

type Waiter = { segment: QaSegment; resolve: (issues: QaIssue[]) => void; reject: (e: unknown) => void };
/** Segment QA requests for one document that wait for the same worker run. The newest request's
 *  document is checked, with each asked segment in the text its request gave (a segment asked again
 *  with another text waits for the next run), and the union of the requests' spelling verdicts. */
type Batch = { waiters: Waiter[]; context: QaContext; spelling: SpellingSnapshot | undefined };
type Queue = { running: boolean; batches: Batch[] };
const queues = new Map<string, Queue>();

function merge(a: SpellingSnapshot | undefined, b: SpellingSnapshot | undefined): SpellingSnapshot | undefined {
  if (!a || !b) return b ?? a;
  return { ...b, verdicts: [...new Map([...a.verdicts, ...b.verdicts])] };
}

const same = (a: QaSegment, b: QaSegment) => a.targetText === b.targetText && a.sourceText === b.sourceText && a.state === b.state;

function join(key: string, waiter: Waiter, context: QaContext) {
  const queue = queues.get(key) ?? { running: false, batches: [] };
  queues.set(key, queue);
  const spelling = snapshot(context, [waiter.segment.targetText]);
  const last = queue.batches.at(-1);
  const clash = last?.waiters.some((w) => w.segment.id === waiter.segment.id && !same(w.segment, waiter.segment));
  if (last && !clash) {
    last.waiters.push(waiter);
    last.context = context;
    last.spelling = merge(last.spelling, spelling);
  } else queue.batches.push({ waiters: [waiter], context, spelling });
  if (!queue.running) void runNext(key, queue);
}

async function runNext(key: string, queue: Queue): Promise<void> {
  const batch = queue.batches.shift();
  if (!batch) {
    queues.delete(key);
    return;
  }
  queue.running = true;
  const asked = [...new Map(batch.waiters.map((w) => [w.segment.id, w.segment])).values()];
  try {
    let result = (await inWorker('together', asked, batch.context, batch.spelling)) as QaIssue[][] | undefined;
    const spelling = batch.spelling && spellingFromSnapshot(batch.spelling);
    result ??= runChecksTogether(asked, { ...batch.context, spelling });
    const byId = new Map(asked.map((s, i) => [s.id, result![i]!]));
    for (const w of batch.waiters) w.resolve(byId.get(w.segment.id)!);
  } catch (e) {
    for (const w of batch.waiters) w.reject(e);
  } finally {
    queue.running = false;
    void runNext(key, queue);
  }
}

/** Each segment's checks on its own (runChecks without the document), off the event loop where possible. */
export async function checkEach(segments: readonly QaSegment[], context: QaContext): Promise<QaIssue[][]> {
  if (workerOn()) {
    const spelling = snapshot(
      context,
      segments.map((s) => s.targetText),
    );
    const result = (await inWorker('each', segments, context, spelling)) as QaIssue[][] | undefined;
    if (result) return result;
  }
  return segments.map((s) => runChecks(s, context));
}
