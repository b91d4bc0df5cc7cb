// Retry with exponential backoff and jitter, and a small promise pool. Pure: no I/O of its own.
// deepl-node's own retries start at 1 s and count attempts oddly, so the provider asks it for a
// single attempt and retries here, where the delays are configurable (tests use a few ms).

export interface RetryOptions {
  /** Total attempts, including the first (default 6). */
  attempts?: number;
  /** Delay before the second attempt, in ms (default 500); doubles each time. */
  baseMs?: number;
  /** Longest single delay of our own backoff, in ms (default 15 s). */
  maxMs?: number;
  /**
   * Total time spent waiting between attempts, in ms: no retry is started that would wait past it
   * (default: no limit but `attempts`). Lets a provider keep backing off for minutes, then give up.
   */
  budgetMs?: number;
  /** The delay the server asked for with this error (a 429's Retry-After), in ms; the wait is at least that. */
  requestedDelayMs?: (err: unknown) => number | null;
  /** Whether an error is worth another attempt. */
  retryable: (err: unknown) => boolean;
  signal?: AbortSignal;
  /** Random source in [0, 1) for jitter (tests pass a constant). */
  random?: () => number;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  // Full exponential step, then "equal jitter": half fixed, half random, so retries spread out
  // but never collapse to zero.
  const step = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 6);
  const baseMs = options.baseMs ?? 500;
  const maxMs = options.maxMs ?? 15_000;
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= attempts || !options.retryable(err) || options.signal?.aborted) throw err;
      const delay = Math.max(backoffDelay(attempt, baseMs, maxMs, options.random), options.requestedDelayMs?.(err) ?? 0);
      if (options.budgetMs !== undefined && waited + delay > options.budgetMs) throw err;
      waited += delay;
      options.onRetry?.(err, attempt, delay);
      await sleep(delay, options.signal);
    }
  }
}

/**
 * Runs `fn` over the items with at most `concurrency` in flight, in order of start. Stops starting
 * new items once `stop()` returns true (items already running finish).
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) {
      const i = next;
      next += 1;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
