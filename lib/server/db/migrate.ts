// Applies the SQL migrations in prisma/migrations/<engine>/ in name order, once each. Run at start
// (scripts/start.mjs → scripts/migrate.ts) and by the test setup. Safe to run from several app
// instances at once: PostgreSQL takes an advisory lock, SQLite an immediate transaction.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseConfig, stripSchemaParam, type DatabaseConfig } from './config';

const MIGRATIONS_TABLE = '_workbench_migrations';

export function migrationFiles(kind: DatabaseConfig['kind'], root = process.cwd()) {
  const dir = path.join(root, 'prisma', 'migrations', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name), 'utf8') }));
}

export async function migrate(config: DatabaseConfig = databaseConfig()): Promise<string[]> {
  return config.kind === 'sqlite' ? migrateSqlite(config) : migratePostgres(config);
}

async function migrateSqlite(config: DatabaseConfig): Promise<string[]> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(config.file!), { recursive: true });
  const db = new Database(config.file!);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10000');
    db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
    const applied: string[] = [];
    const run = db.transaction(() => {
      const done = new Set((db.prepare(`SELECT "name" FROM "${MIGRATIONS_TABLE}"`).all() as { name: string }[]).map((r) => r.name));
      for (const m of migrationFiles('sqlite')) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "appliedAt") VALUES (?, ?)`).run(m.name, new Date().toISOString());
        applied.push(m.name);
      }
    });
    run.immediate();
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(config: DatabaseConfig): Promise<string[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: stripSchemaParam(config.url) });
  await client.connect();
  try {
    if (config.schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema.replace(/"/g, '')}"`);
      await client.query(`SET search_path TO "${config.schema.replace(/"/g, '')}"`);
    }
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7152026)');
    await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMP(3) NOT NULL)`);
    const done = new Set((await client.query(`SELECT "name" FROM "${MIGRATIONS_TABLE}"`)).rows.map((r) => r.name as string));
    const applied: string[] = [];
    for (const m of migrationFiles('postgresql')) {
      if (done.has(m.name)) continue;
      await client.query(m.sql);
      await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "appliedAt") VALUES ($1, now())`, [m.name]);
      applied.push(m.name);
    }
    await client.query('COMMIT');
    return applied;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
