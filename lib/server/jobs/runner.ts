import 'server-only';
// Background jobs stored in the database (Job rows), run inside the server process.
//
// Claiming: a runner takes a job with one conditional UPDATE (updateMany WHERE id = ? AND state IN
// (queued, running) AND (lockedBy IS NULL OR lockedAt < now − staleMs)), so of several runners (two
// app instances, or a restarted process) exactly one gets it. While a job runs, the runner renews
// lockedAt every staleMs/3 (heartbeat); a job whose runner died keeps state "running" with an old
// lockedAt and is claimed again once the lock is stale. A handler writes its results together with
// a lock check on the job row (see assertLock), so a runner that lost its lock, or a job that was
// cancelled, writes nothing more. Handlers must be resumable: they derive what is left from the
// database, never from memory.
//
// Outcome: the handler returns the final state (done, paused, failed, cancelled) and the runner
// records it and releases the lock. stop() aborts the running handlers; with release: false the
// locks stay as a crash would leave them (tests use it to simulate a restart).
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../db/client';
import { db } from '../db/client';

export type JobState = 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
export const ACTIVE_STATES: JobState[] = ['queued', 'running'];

export interface JobRow {
  id: string;
  projectId: string;
  documentId: string | null;
  type: string;
  state: string;
  params: string;
  done: number;
  total: number;
  error: string | null;
  createdById: string | null;
}

export interface JobContext {
  job: JobRow;
  runnerId: string;
  signal: AbortSignal;
  /** Throws LostLockError inside a transaction when this runner no longer owns the running job. */
  assertLock(tx: Prisma.TransactionClient, data?: Prisma.JobUpdateManyMutationInput): Promise<void>;
}

export interface JobOutcome {
  state: Exclude<JobState, 'queued' | 'running'>;
  error?: string | null;
  /** Merged into the job's params JSON (results, counters). */
  result?: Record<string, unknown>;
}

export type JobHandler = (ctx: JobContext) => Promise<JobOutcome>;

export class LostLockError extends Error {
  constructor() {
    super('This runner no longer holds the job (cancelled, or claimed by another runner).');
  }
}

export interface RunnerOptions {
  id?: string;
  handlers: Record<string, JobHandler>;
  /** A lock older than this is considered abandoned (default 30 s). */
  staleMs?: number;
  /** How often to look for work when idle (default 2 s). */
  pollMs?: number;
  /** Jobs run at the same time by this runner (default 2). */
  maxJobs?: number;
  log?: (msg: string) => void;
}

export class JobRunner {
  readonly id: string;
  private readonly staleMs: number;
  private readonly pollMs: number;
  private readonly maxJobs: number;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private ticking: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: RunnerOptions) {
    this.id = options.id ?? `runner-${randomUUID()}`;
    this.staleMs = options.staleMs ?? 30_000;
    this.pollMs = options.pollMs ?? 2_000;
    this.maxJobs = options.maxJobs ?? 2;
  }

  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** Look for work now (after a job was created, cancelled or resumed). */
  kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  get activeJobIds(): string[] {
    return [...this.running.keys()];
  }

  /** Waits until no job runs in this runner (tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0 || this.ticking) {
      await Promise.all([...this.running.values()].map((r) => r.done));
      if (this.ticking) await this.ticking;
    }
  }

  async stop({ release = true }: { release?: boolean } = {}): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ids = [...this.running.keys()];
    for (const r of this.running.values()) r.controller.abort(new Error('runner stopped'));
    await Promise.all([...this.running.values()].map((r) => r.done));
    if (this.ticking) await this.ticking.catch(() => undefined);
    if (release && ids.length > 0) {
      await db.job.updateMany({ where: { id: { in: ids }, lockedBy: this.id }, data: { lockedBy: null, lockedAt: null } });
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, ms);
    this.timer.unref?.();
  }

  /** One pass: claim and start as many runnable jobs as there is room for. */
  async tick(): Promise<void> {
    if (this.ticking) {
      this.again = true;
      return this.ticking;
    }
    this.ticking = (async () => {
      do {
        this.again = false;
        try {
          await this.claimAndStart();
        } catch (err) {
          this.options.log?.(`[jobs] ${this.id}: ${err instanceof Error ? err.message : String(err)}`);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.ticking = null;
      this.schedule(this.pollMs);
    });
    return this.ticking;
  }

  private async claimAndStart(): Promise<void> {
    if (this.stopped) return;
    const room = this.maxJobs - this.running.size;
    if (room <= 0) return;
    const types = Object.keys(this.options.handlers);
    const staleWhere = () => ({ OR: [{ lockedBy: null }, { lockedAt: { lt: new Date(Date.now() - this.staleMs) } }] });
    const candidates = await db.job.findMany({
      where: { type: { in: types }, state: { in: ACTIVE_STATES }, id: { notIn: [...this.running.keys()] }, ...staleWhere() },
      orderBy: { createdAt: 'asc' },
      take: room,
      select: { id: true },
    });
    for (const c of candidates) {
      if (this.stopped) return;
      const { count } = await db.job.updateMany({
        where: { id: c.id, state: { in: ACTIVE_STATES }, ...staleWhere() },
        data: { lockedBy: this.id, lockedAt: new Date(), state: 'running' },
      });
      if (count === 1) this.run(c.id);
    }
  }

  private run(jobId: string): void {
    const controller = new AbortController();
    const done = this.execute(jobId, controller).finally(() => {
      this.running.delete(jobId);
      this.kick();
    });
    this.running.set(jobId, { controller, done });
  }

  private async execute(jobId: string, controller: AbortController): Promise<void> {
    const heartbeat = setInterval(
      () => {
        db.job
          .updateMany({ where: { id: jobId, lockedBy: this.id, state: 'running' }, data: { lockedAt: new Date() } })
          .then(({ count }) => {
            if (count === 0) controller.abort(new LostLockError());
          })
          .catch(() => undefined);
      },
      Math.max(50, Math.floor(this.staleMs / 3)),
    );
    heartbeat.unref?.();
    try {
      const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
      const handler = this.options.handlers[job.type];
      if (!handler) throw new Error(`No handler for job type ${job.type}`);
      const ctx: JobContext = {
        job,
        runnerId: this.id,
        signal: controller.signal,
        assertLock: async (tx, data = {}) => {
          if (controller.signal.aborted) throw new LostLockError();
          const { count } = await tx.job.updateMany({
            where: { id: jobId, lockedBy: this.id, state: 'running' },
            data: { ...data, lockedAt: new Date() },
          });
          if (count === 0) throw new LostLockError();
        },
      };
      let outcome: JobOutcome;
      try {
        outcome = await handler(ctx);
      } catch (err) {
        if (controller.signal.aborted || err instanceof LostLockError) return; // stopped, cancelled or taken over: leave the row as it is
        outcome = { state: 'failed', error: `The job stopped on an unexpected error: ${err instanceof Error ? err.message : String(err)}` };
        this.options.log?.(`[jobs] ${jobId} failed: ${err instanceof Error ? err.stack : String(err)}`);
      }
      if (controller.signal.aborted) return;
      await db.$transaction(async (tx) => {
        const current = await tx.job.findUnique({ where: { id: jobId }, select: { params: true, lockedBy: true, state: true } });
        if (!current || current.lockedBy !== this.id || current.state !== 'running') return;
        const params = outcome.result ? JSON.stringify({ ...safeJson(current.params), ...outcome.result }) : undefined;
        await tx.job.update({
          where: { id: jobId },
          data: { state: outcome.state, error: outcome.error ?? null, lockedBy: null, lockedAt: null, ...(params ? { params } : {}) },
        });
      });
    } finally {
      clearInterval(heartbeat);
    }
  }
}

export function safeJson(text: string | null | undefined): Record<string, unknown> {
  try {
    const v = JSON.parse(text || '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
