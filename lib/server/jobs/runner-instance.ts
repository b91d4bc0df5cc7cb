import 'server-only';
// The process's job runner: one per server process (kept on globalThis so every route bundle
// shares it), started lazily by the first request that touches jobs and by instrumentation.ts at
// server start, so queued jobs and jobs left "running" by a stopped server are picked up again
// (after their lock goes stale: JOB_STALE_MS, default 30 s). Not started inside vitest unless
// JOB_RUNNER=on; JOB_RUNNER=off disables it (for example on a web-only instance).
import { createPretranslateHandler } from '../pretranslate/run-pretranslate';
import { JobRunner } from './runner';

const KEY = Symbol.for('workbench.jobs.runner');
const g = globalThis as unknown as Record<symbol, JobRunner | undefined>;

export function jobRunnerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.JOB_RUNNER === 'off') return false;
  if (env.VITEST && env.JOB_RUNNER !== 'on') return false;
  return true;
}

export function ensureJobRunner(): JobRunner | null {
  if (!jobRunnerEnabled()) return null;
  let runner = g[KEY];
  if (!runner) {
    runner = new JobRunner({
      handlers: { pretranslate: createPretranslateHandler() },
      staleMs: Number(process.env.JOB_STALE_MS ?? 30_000),
      pollMs: Number(process.env.JOB_POLL_MS ?? 2_000),
      log: (m) => console.error(m),
    });
    g[KEY] = runner;
    runner.start();
  }
  return runner;
}

/** Wake the runner after a job was created or resumed. */
export function kickJobRunner(): void {
  ensureJobRunner()?.kick();
}
