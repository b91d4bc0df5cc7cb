// The one place where the database engine is chosen: DATABASE_URL unset or `file:…` means the
// embedded SQLite database under ./data/, `postgres(ql)://…` means PostgreSQL.
import path from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  kind: DatabaseKind;
  url: string;
  /** Absolute path of the SQLite file (sqlite only). */
  file?: string;
  /** PostgreSQL schema (search path); tests use one schema per test file. */
  schema?: string;
}

export const DEFAULT_SQLITE_URL = 'file:./data/workbench.db';

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = (env.DATABASE_URL ?? '').trim() || DEFAULT_SQLITE_URL;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const schema = new URL(url).searchParams.get('schema') ?? env.DATABASE_SCHEMA ?? undefined;
    return { kind: 'postgresql', url, schema: schema || undefined };
  }
  if (url.startsWith('file:')) {
    const rel = url.slice('file:'.length).replace(/^\/\//, '');
    return { kind: 'sqlite', url, file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), rel) };
  }
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.slice(0, 20)}…")`);
}

/** `?schema=` is Prisma's convention, not libpq's: pg would reject it. */
export function stripSchemaParam(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('schema');
  return u.toString();
}
