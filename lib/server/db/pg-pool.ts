import 'server-only';
// The PostgreSQL connection pool, one per process, shared by Prisma (its pg driver adapter) and the
// hot paths that talk to pg directly (segments/pg-fast-save.ts, auth/find-actor.ts).
// - Sized for the cores: a query holds a connection only while PostgreSQL works on it, so about two
//   connections per core (PostgreSQL's own rule of thumb: cores × 2 + 1) keep the server busy
//   without queueing CPU-bound backends behind each other; more only adds context switches.
//   DATABASE_POOL_SIZE overrides it.
// - Prepared statements: Prisma's queries get a statement name derived from their SQL, so each
//   connection parses and plans a query shape once (pg named statements). Queries with many
//   parameters (long IN lists, bulk inserts) stay unnamed: their shapes are unbounded and each
//   named statement lives as long as its connection.
// - `search_path` is the configured schema, so hand-written SQL needs no schema prefix (Prisma
//   qualifies its own).
import { createHash } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';

/** Statements with more parameters than this are not prepared (see above). */
export const MAX_NAMED_PARAMS = 24;

export function pgPoolSize(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const wanted = Number(env.DATABASE_POOL_SIZE);
  if (Number.isInteger(wanted) && wanted >= 1) return wanted;
  return Math.max(4, cores * 2 + 1);
}

export function createPgPool(connectionString: string, schema?: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: pgPoolSize(),
    ...(schema ? { options: `-c search_path="${schema.replace(/"/g, '')}"` } : {}),
  });
  // An idle connection that breaks (server restart) must not crash the process; the pool drops it.
  pool.on('error', (err) => console.error('[db] idle PostgreSQL connection failed:', err.message));
  return pool;
}

const names = new Map<string, string>();

/** The name Prisma's pg adapter gives a query's prepared statement, or undefined to leave it unnamed. */
export function statementName(query: { sql: string; args: readonly unknown[] }): string | undefined {
  if (query.args.length > MAX_NAMED_PARAMS || query.sql.length > 8_000) return undefined;
  let name = names.get(query.sql);
  if (!name) {
    if (names.size >= 2_000) names.clear();
    name = `p_${createHash('sha1').update(query.sql).digest('hex').slice(0, 24)}`;
    names.set(query.sql, name);
  }
  return name;
}

/** `timestamp(3)` columns hold UTC (Prisma's convention); pg would read them as local time. */
export const utcTimestamp = (value: string): Date => new Date(`${value.replace(' ', 'T')}Z`);
