// The "write" step of a pre-translation: drafts go to the database in few, large transactions.
// Each transaction checks the job's lock, adds to its progress (and billed characters), and writes
// the drafts in two statements (write-drafts.ts); the segments that took are announced on the
// document's channel. Translated batches are queued: the writer waits up to `gatherMs` for the
// answers to the other requests in flight and commits them together, so requests keep going while
// the database writes and the job's event loop is not spent on one transaction per request.
import { docToText, textToDoc } from '../../editor/doc';
import type { PretranslateScope } from '../../workflow/pretranslate-scope';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import type { JobContext } from '../jobs/runner';
import { presentSegment } from '../presenters/segment';
import { writeDrafts, type DraftWrite } from './write-drafts';

export interface Write {
  segmentId: string;
  version: number;
  text: string;
  origin: 'TM' | 'MT';
  matchScore: number | null;
  reason: string | null;
}

/** The writer commits at least this often while requests are in flight… */
const WRITE_GATHER_MS = 50;
/** …or as soon as this many translated segments wait. */
const WRITE_FLUSH_SEGMENTS = 200;

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

export interface DraftWriterOptions {
  scope: PretranslateScope;
  gatherMs?: number;
  onBatchWritten?: (jobId: string, written: number) => void | Promise<void>;
}

export class DraftWriter {
  private readonly queue: { writes: Write[]; handled: number; billed: number }[] = [];
  private writer: Promise<void> | null = null;
  private error: unknown = null;
  private draining = false;
  private flushNow: (() => void) | null = null;

  /** `done`: the segments already handled when the run starts (progress restarts from the database). */
  constructor(
    private readonly ctx: JobContext,
    private readonly options: DraftWriterOptions,
    public done: number,
  ) {}

  get failed(): boolean {
    return this.error !== null;
  }

  /** One transaction now: lock check and progress, then the drafts; returns how many took. */
  async write(writes: Write[], handled: number, billed = 0): Promise<number> {
    const { job } = this.ctx;
    const written = await db.$transaction(async (tx) => {
      await this.ctx.assertLock(tx, { done: { increment: handled }, ...(billed > 0 ? { billedCharacters: { increment: billed } } : {}) });
      const ids: string[] = [];
      for (const origin of ['TM', 'MT'] as const) {
        const mine = writes.filter((w) => w.origin === origin);
        if (mine.length === 0) continue;
        ids.push(...(await writeDrafts(tx, origin, mine.map(toDraft), { scope: this.options.scope, userId: job.createdById })));
      }
      return ids;
    });
    this.done += handled;
    if (written.length > 0 && job.documentId) {
      const rows = await db.segment.findMany({ where: { id: { in: written } } });
      for (const r of rows)
        publish(documentChannel(job.documentId), {
          type: 'segment.updated',
          segment: presentSegment(r),
          by: { id: 'pretranslate', name: 'Pre-translation' },
        });
    }
    await this.options.onBatchWritten?.(job.id, written.length);
    return written.length;
  }

  /** Queues translated writes for the background writer (see the file's comment). */
  enqueue(writes: Write[], handled: number, billed: number): void {
    this.queue.push({ writes, handled, billed });
    if (this.flushNow && this.queued() >= WRITE_FLUSH_SEGMENTS) this.flushNow();
    this.writer ??= this.run();
  }

  /** Writes everything queued; rethrows the writer's error. */
  async drain(): Promise<void> {
    this.draining = true;
    this.flushNow?.();
    while (this.writer) await this.writer;
    if (this.error) throw this.error;
  }

  private queued(): number {
    return this.queue.reduce((n, x) => n + x.writes.length, 0);
  }

  private gather(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => flush(), this.options.gatherMs ?? WRITE_GATHER_MS);
      const flush = () => {
        clearTimeout(timer);
        this.flushNow = null;
        resolve();
      };
      this.flushNow = flush;
    });
  }

  private async run(): Promise<void> {
    const gatherMs = this.options.gatherMs ?? WRITE_GATHER_MS;
    try {
      while (this.queue.length > 0 && this.error === null) {
        if (!this.draining && gatherMs > 0 && this.queued() < WRITE_FLUSH_SEGMENTS) await this.gather();
        const take = this.queue.splice(0, this.queue.length);
        await this.write(
          take.flatMap((x) => x.writes),
          take.reduce((n, x) => n + x.handled, 0),
          take.reduce((n, x) => n + x.billed, 0),
        );
      }
    } catch (err) {
      this.error = err;
    } finally {
      this.writer = null;
    }
  }
}
