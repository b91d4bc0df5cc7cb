import { describe, expect, it } from 'vitest';
import { backoffDelay, runPool, withRetry } from './retry';

describe('withRetry', () => {
  it('retries retryable errors with growing delays, then gives up', async () => {
    const delays: number[] = [];
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error('429');
        },
        { attempts: 4, baseMs: 1, retryable: () => true, random: () => 1, onRetry: (_e, _a, d) => delays.push(d) },
      ),
    ).rejects.toThrow('429');
    expect(calls).toBe(4);
    expect(delays).toEqual([1, 2, 4]);
  });
  it('does not retry other errors and returns the first success', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error('403');
        },
        { baseMs: 1, retryable: () => false },
      ),
    ).rejects.toThrow('403');
    expect(calls).toBe(1);
    expect(
      await withRetry(
        async (a) => {
          if (a < 3) throw new Error('x');
          return a;
        },
        { baseMs: 1, retryable: () => true },
      ),
    ).toBe(3);
  });
  it('waits at least what the server asked for (Retry-After), and stops when the time budget is spent', async () => {
    const delays: number[] = [];
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error('429');
        },
        {
          attempts: 100,
          baseMs: 1,
          maxMs: 4,
          budgetMs: 100,
          retryable: () => true,
          random: () => 1,
          requestedDelayMs: () => (calls === 2 ? 40 : null),
          onRetry: (_e, _a, d) => delays.push(d),
        },
      ),
    ).rejects.toThrow('429');
    // 1, then the server's 40 instead of 2, then 4 each (capped) until 100 ms of waiting is reached.
    expect(delays.slice(0, 3)).toEqual([1, 40, 4]);
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
    expect(delays.reduce((a, b) => a + b, 0)).toBeGreaterThan(95);
    expect(calls).toBe(delays.length + 1);
  });
  it('caps the delay', () => {
    expect(backoffDelay(20, 500, 15_000, () => 1)).toBe(15_000);
    expect(backoffDelay(1, 500, 15_000, () => 0)).toBe(250);
  });
});

describe('runPool', () => {
  it('keeps at most n in flight and stops starting new items on request', async () => {
    let inFlight = 0;
    let max = 0;
    const seen: number[] = [];
    await runPool(
      [1, 2, 3, 4, 5, 6, 7, 8],
      3,
      async (x) => {
        inFlight += 1;
        max = Math.max(max, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        seen.push(x);
        inFlight -= 1;
      },
      () => seen.length >= 4,
    );
    expect(max).toBe(3);
    expect(seen.length).toBeLessThan(8);
  });
});
