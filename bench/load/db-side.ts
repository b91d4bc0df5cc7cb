// bench/load, the database side: the DB floor (a trivial UPDATE round trip at the same
// concurrency, straight from the bench process) and the final check that no acknowledged save was
// lost. Talks to the database directly (pg or better-sqlite3), never through the app.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { databaseConfig, stripSchemaParam } from '../../lib/server/db/config';
import { pgPoolSize } from '../../lib/server/db/pg-pool';

export interface Ack {
  segmentId: string;
  version: number;
  text: string;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function pgClientConfig(databaseUrl: string) {
  const config = databaseConfig({ ...process.env, DATABASE_URL: databaseUrl });
  return { connectionString: stripSchemaParam(config.url), ...(config.schema ? { options: `-c search_path="${config.schema}"` } : {}) };
}

/**
 * `editors` loops of `UPDATE bench_floor SET n = n + 1 WHERE id = <own row>` for `ms`. On PostgreSQL
 * over as many connections as the app's pools hold (what the app's saves can use); on SQLite one
 * synchronous writer (the app has one connection too).
 */
export async function dbFloor(databaseUrl: string, editors: number, instances: number, ms: number) {
  const latencies: number[] = [];
  const config = databaseConfig({ ...process.env, DATABASE_URL: databaseUrl });
  if (config.kind === 'sqlite') {
    const db = new BetterSqlite3(config.file!, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL'); // as the app's connection (db/sqlite-adapter.ts)
    db.exec('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    const insert = db.prepare('INSERT OR IGNORE INTO bench_floor (id, n) VALUES (?, 0)');
    for (let i = 0; i < editors; i++) insert.run(i);
    const update = db.prepare('UPDATE bench_floor SET n = n + 1 WHERE id = ?');
    const end = Date.now() + ms;
    const started = performance.now();
    let i = 0;
    while (Date.now() < end) {
      const s = performance.now();
      update.run(i++ % editors);
      latencies.push(performance.now() - s);
    }
    db.close();
    return summary(latencies, (performance.now() - started) / 1000);
  }
  const pool = new pg.Pool({ ...pgClientConfig(databaseUrl), max: pgPoolSize() * instances });
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    await pool.query('INSERT INTO bench_floor (id, n) SELECT g, 0 FROM generate_series(0, $1::int - 1) g ON CONFLICT DO NOTHING', [
      editors,
    ]);
    const end = Date.now() + ms;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: editors }, async (_, e) => {
        while (Date.now() < end) {
          const s = performance.now();
          await pool.query({ name: 'bench_floor_update', text: 'UPDATE bench_floor SET n = n + 1 WHERE id = $1', values: [e] });
          latencies.push(performance.now() - s);
        }
      }),
    );
    return summary(latencies, (performance.now() - started) / 1000);
  } finally {
    await pool.end();
  }
}

function summary(latencies: number[], seconds: number) {
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, perSecond: latencies.length / seconds, p95: pct(latencies, 95) };
}

type Revision = { segmentId: string; version: number; targetText: string };
type Current = { id: string; version: number; targetText: string };

/** Reads segments and revisions for the checks. */
export async function openChecker(databaseUrl: string) {
  const config = databaseConfig({ ...process.env, DATABASE_URL: databaseUrl });
  let query: (sql: string, params: unknown[]) => Promise<unknown[]>;
  let close: () => Promise<void>;
  if (config.kind === 'sqlite') {
    const db = new BetterSqlite3(config.file!, { readonly: true, timeout: 10_000 });
    query = async (sql, params) => db.prepare(sql.replace(/\$\d+/g, '?')).all(...params);
    close = async () => void db.close();
  } else {
    const client = new pg.Client(pgClientConfig(databaseUrl));
    await client.connect();
    query = async (sql, params) => (await client.query(sql, params)).rows;
    close = () => client.end();
  }
  return {
    async version(id: string): Promise<number> {
      const [row] = (await query('SELECT "version" FROM "Segment" WHERE "id" = $1', [id])) as { version: number }[];
      return row!.version;
    },
    /** Acknowledged saves whose revision is missing or holds another text, and segments not holding their last acknowledged save. */
    async lostSaves(acks: Ack[]): Promise<(Ack & { found: string | null })[]> {
      const ids = [...new Set(acks.map((a) => a.segmentId))];
      const revisions = new Map<string, string>();
      const current = new Map<string, Current>();
      for (const id of ids) {
        for (const r of (await query('SELECT "segmentId", "version", "targetText" FROM "SegmentRevision" WHERE "segmentId" = $1', [
          id,
        ])) as Revision[]) {
          revisions.set(`${r.segmentId}@${r.version}`, r.targetText);
        }
        const [c] = (await query('SELECT "id", "version", "targetText" FROM "Segment" WHERE "id" = $1', [id])) as Current[];
        current.set(id, c!);
      }
      const lost: (Ack & { found: string | null })[] = [];
      const last = new Map<string, Ack>();
      for (const a of acks) {
        const found = revisions.get(`${a.segmentId}@${a.version}`) ?? null;
        if (found !== a.text) lost.push({ ...a, found });
        if ((last.get(a.segmentId)?.version ?? -1) < a.version) last.set(a.segmentId, a);
      }
      for (const [id, a] of last) {
        const c = current.get(id)!;
        if (c.version !== a.version || c.targetText !== a.text) lost.push({ ...a, found: `segment holds v${c.version}: ${c.targetText}` });
      }
      return lost;
    },
    close,
  };
}
