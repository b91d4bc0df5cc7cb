import 'server-only';
// One Prisma client for the process. The engine comes from config.ts; each engine has its own
// generated client (same model, different SQL dialect), so both are typed as the SQLite client.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient } from './generated/sqlite/client';
import { databaseConfig, stripSchemaParam, type DatabaseKind } from './config';
import { sqliteAdapter } from './sqlite-adapter';

export type Db = PrismaClient;
export type { Prisma } from './generated/sqlite/client';

import type BetterSqlite3 from 'better-sqlite3';

type Instance = { db: Db; kind: DatabaseKind; sqlite?: () => BetterSqlite3.Database | null };
const globalForDb = globalThis as unknown as { __workbenchDb?: Instance };

function create(): Instance {
  const config = databaseConfig();
  if (config.kind === 'postgresql') {
    const adapter = new PrismaPg(
      { connectionString: stripSchemaParam(config.url), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      config.schema ? { schema: config.schema } : undefined,
    );
    return { db: new PostgresClient({ adapter }) as unknown as Db, kind: 'postgresql' };
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

export function databaseKind(): DatabaseKind {
  return instance().kind;
}

export async function disconnect(): Promise<void> {
  const current = globalForDb.__workbenchDb;
  globalForDb.__workbenchDb = undefined;
  await current?.db.$disconnect();
}
