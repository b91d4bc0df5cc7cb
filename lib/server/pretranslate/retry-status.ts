import 'server-only';
// "Retrying" on the job row while some DeepL request of the job waits for another attempt
// (GET /api/v1/jobs/:id → retrying: {attempt, reason, nextAt}); cleared when none waits any more.
// Updates go one after another, so that a clear never overtakes the set before it.
import type { JobContext } from '../jobs/runner';
import { db } from '../db/client';
import type { RetryInfo } from '../mt/deepl';

export function createRetryStatus(ctx: JobContext) {
  const waiting = new Map<number, RetryInfo>();
  let shown = false;
  let chain = Promise.resolve();
  const show = () => {
    const latest = [...waiting.values()].at(-1);
    if (!latest && !shown) return;
    shown = latest !== undefined;
    const value = latest
      ? JSON.stringify({ attempt: latest.attempt, reason: latest.reason, nextAt: new Date(Date.now() + latest.delayMs).toISOString() })
      : null;
    chain = chain.then(() => db.$transaction((tx) => ctx.assertLock(tx, { retrying: value }))).catch(() => undefined);
  };
  return {
    /** Request `key` waits `info.delayMs` before its next attempt. */
    waiting(key: number, info: RetryInfo) {
      waiting.set(key, info);
      show();
    },
    /** Request `key` is answered (or gave up). */
    settled(key: number) {
      if (waiting.delete(key)) show();
    },
    /** Resolves once every update is written. */
    flushed: () => chain,
  };
}
