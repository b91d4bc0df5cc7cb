import 'server-only';
// Long `IN (…)` lists in pieces. Prisma binds each id as a parameter, and its SQLite driver refuses
// a statement with more than 999 of them (P2029: a bulk approve of 997 ids was a 500); PostgreSQL
// allows 32,767. Endpoints that take id lists (bulk approve: 5,000; replace: 20,000) read through
// here on both engines, so the limit is the endpoint's, not the driver's.

/** Ids per statement: well under SQLite's 999 with room for the query's other parameters. */
export const IN_CHUNK = 500;

export async function findInChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>, size = IN_CHUNK): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await query(ids.slice(i, i + size))));
  return out;
}
