// Reading in pieces: the same rows as one read, and other work runs between pieces once a slice's
// time has passed (on SQLite each piece is a synchronous query).
import { describe, expect, it } from 'vitest';
import { findInChunks, findInPages } from './in-chunks';
import { SLICE_MS } from './yield';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* a synchronous query's worth of work */
  }
};

describe('findInPages', () => {
  const rows = Array.from({ length: 2_345 }, (_, i) => ({ position: i * 2 })); // gaps in positions

  it('returns every row in order, a page at a time after the last position read', async () => {
    const asked: number[] = [];
    const got = await findInPages(async ({ after, take }) => {
      asked.push(after);
      return rows.filter((r) => r.position > after).slice(0, take);
    }, 1_000);
    expect(got).toEqual(rows);
    expect(asked).toEqual([-1, 1_998, 3_998]);
  });

  it('reads an exact multiple of the page size and an empty document', async () => {
    const four = rows.slice(0, 4);
    expect(await findInPages(async ({ after, take }) => four.filter((r) => r.position > after).slice(0, take), 2)).toEqual(four);
    expect(await findInPages(async () => [])).toEqual([]);
  });

  it('lets other work run between slow pages', async () => {
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const seen: boolean[] = [];
    await findInPages(async ({ after, take }) => {
      seen.push(ranBetween);
      busy(SLICE_MS + 5);
      return rows.filter((r) => r.position > after).slice(0, take);
    }, 1_000);
    expect(seen).toEqual([false, true, true]);
  });
});

describe('findInChunks', () => {
  it('queries every chunk and lets other work run between slow ones', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `s${i}`);
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const seen: boolean[] = [];
    const got = await findInChunks(
      ids,
      async (chunk) => {
        seen.push(ranBetween);
        busy(SLICE_MS + 5);
        return chunk;
      },
      3,
    );
    expect(got).toEqual(ids);
    expect(seen).toEqual([false, true, true]);
  });
});
