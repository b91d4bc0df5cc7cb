import 'server-only';
// Long `IN (…)` lists in pieces. Prisma binds each id as a parameter, and its SQLite driver refuses
// a statement with more than 999 of them (P2029: a bulk approve of 997 ids was a 500); PostgreSQL
// allows 32,767. Endpoints that take id lists (bulk approve: 5,000; replace: 20,000) read through
// here on both engines, so the limit is the endpoint's, not the driver's.
// Both readers let other requests run between pieces once SLICE_MS have passed (db/yield.ts): on
// SQLite a query completes synchronously, so ten reads of 500 rows awaited back to back were one
// block of the event loop (another user's save waited behind it, bench/bulk).
import { slicer } from './yield';

/** Ids per statement: well under SQLite's 999 with room for the query's other parameters. */
export const IN_CHUNK = 500;

export async function findInChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>, size = IN_CHUNK): Promise<T[]> {
  const out: T[] = [];
  const pause = slicer();
  for (let i = 0; i < ids.length; i += size) {
    if (i > 0) await pause();
    out.push(...(await query(ids.slice(i, i + size))));
  }
  return out;
}

/** Rows per page of a whole-document read. */
export const PAGE_ROWS = 1_000;

/**
 * A whole document's segments in position order, read a page at a time (`after`: the last position
 * read, -1 first) with pauses between pages: the same rows as one findMany ordered by position.
 */
export async function findInPages<T extends { position: number }>(
  query: (page: { after: number; take: number }) => Promise<T[]>,
  size = PAGE_ROWS,
): Promise<T[]> {
  const out: T[] = [];
  const pause = slicer();
  let after = -1;
  for (;;) {
    const rows = await query({ after, take: size });
    out.push(...rows);
    if (rows.length < size) return out;
    after = rows[rows.length - 1]!.position;
    await pause();
  }
}
