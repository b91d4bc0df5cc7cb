import 'server-only';
// One Prisma client for the process. The engine comes from config.ts; each engine has its own
// generated client (same model, different SQL dialect), so both are typed as the SQLite client.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient } from './generated/sqlite/client';
import { databaseConfig, stripSchemaParam, type DatabaseKind } from './config';
import { sqliteAdapter } from './sqlite-adapter';
import { createPgPool, statementName } from './pg-pool';
import type pg from 'pg';

export type Db = PrismaClient;
export type { Prisma } from './generated/sqlite/client';

import type BetterSqlite3 from 'better-sqlite3';

type Instance = { db: Db; kind: DatabaseKind; sqlite?: () => BetterSqlite3.Database | null; pg?: pg.Pool };
const globalForDb = globalThis as unknown as { __workbenchDb?: Instance };

function create(): Instance {
  const config = databaseConfig();
  if (config.kind === 'postgresql') {
    // One pool (pg-pool.ts: sized for the cores, search_path set) for Prisma and the direct hot paths.
    const pool = createPgPool(stripSchemaParam(config.url), config.schema);
    const adapter = new PrismaPg(pool, {
      ...(config.schema ? { schema: config.schema } : {}),
      statementNameGenerator: statementName as (q: { sql: string; args: unknown[] }) => string,
    }); // undefined: unnamed
    return { db: new PostgresClient({ adapter }) as unknown as Db, kind: 'postgresql', pg: pool };
  }
  const { factory, connection } = sqliteAdapter(config.file!);
  return { db: new PrismaClient({ adapter: factory }), kind: 'sqlite', sqlite: connection };
}

function instance() {
  globalForDb.__workbenchDb ??= create();
  return globalForDb.__workbenchDb;
}

/** The Prisma client. Only code under lib/server/ may use it. */
export const db: Db = new Proxy({} as Db, {
  get(_t, prop) {
    const target = instance().db as unknown as Record<string | symbol, unknown>;
    const value = target[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

/**
 * The better-sqlite3 connection under the Prisma client (SQLite only; null before Prisma's first
 * query). For synchronous hot paths that must share Prisma's connection (segments/fast-save.ts).
 */
export function sqliteConnection(): BetterSqlite3.Database | null {
  return instance().sqlite?.() ?? null;
}

/** The pg pool under the Prisma client (PostgreSQL only), for hot paths that send their own SQL. */
export function pgPool(): pg.Pool | null {
  return instance().pg ?? null;
}

export function databaseKind(): DatabaseKind {
  return instance().kind;
}

export async function disconnect(): Promise<void> {
  const current = globalForDb.__workbenchDb;
  globalForDb.__workbenchDb = undefined;
  await current?.db.$disconnect();
  await current?.pg?.end();
}
