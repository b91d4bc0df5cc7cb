import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { databaseKind, db } from './client';
import { prepareStatement, STATEMENT_CACHE_SIZE, tuneConnection } from './sqlite-adapter';
import { useTestDatabase } from '../testing/db';

useTestDatabase();

// The adapter's calls, as @prisma/adapter-better-sqlite3 makes them.
type Prepared = {
  bind(args: unknown[]): Prepared;
  reader: boolean;
  run(): { changes: number };
  columns(): { name: string }[];
  raw(): { all(): unknown[][] };
};
const prepare = (d: Database.Database, sql: string) => (d.prepare as unknown as (sql: string) => Prepared)(sql);

describe('tuned SQLite connection', () => {
  it('reuses compiled statements with fresh arguments each time, and keeps the cache bounded', () => {
    const d = new Database(':memory:');
    const { cache } = tuneConnection(d, {});
    prepare(d, 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)').bind([]).run();
    const insert = 'INSERT INTO t (id, v) VALUES (?, ?)';
    expect(prepare(d, insert).bind([1, 'a']).run().changes).toBe(1);
    expect(prepare(d, insert).bind([2, 'b']).run().changes).toBe(1);
    const select = 'SELECT id, v FROM t WHERE id >= ? ORDER BY id';
    const first = prepare(d, select).bind([1]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(['id', 'v']);
    expect(first.raw().all()).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(prepare(d, select).bind([2]).raw().all()).toEqual([[2, 'b']]);
    expect(cache.size).toBe(3);
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 10; i++) prepare(d, `SELECT ${i}`).bind([]).raw().all();
    expect(cache.size).toBe(STATEMENT_CACHE_SIZE);
    expect(cache.has(insert)).toBe(false); // least recently used went first
    d.close();
  });

  it('commits without an fsync per transaction (synchronous = NORMAL) unless told otherwise', () => {
    const a = new Database(':memory:');
    tuneConnection(a, {});
    expect(a.pragma('synchronous', { simple: true })).toBe(1);
    const b = new Database(':memory:');
    tuneConnection(b, { SQLITE_SYNCHRONOUS: 'full' });
    expect(b.pragma('synchronous', { simple: true })).toBe(2);
    expect(() => tuneConnection(new Database(':memory:'), { SQLITE_SYNCHRONOUS: 'sometimes' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });

  it('hands out the raw statements of a connection tuned by another copy of this module', async () => {
    // Next.js bundles route handlers and pages separately: each may load its own copy of the
    // module, while Prisma's connection is one per process.
    const d = new Database(':memory:');
    tuneConnection(d, {});
    vi.resetModules();
    const other = await import('./sqlite-adapter');
    expect(other.prepareStatement).not.toBe(prepareStatement);
    expect(other.prepareStatement(d, 'SELECT 1 AS one').get()).toEqual({ one: 1 });
    expect(() => other.prepareStatement(new Database(':memory:'), 'SELECT 1')).toThrow(/not a tuned connection/);
    d.close();
  });

  it.runIf(databaseKind() === 'sqlite')('is the connection the app uses', async () => {
    const rows = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
    expect(Number(rows[0]!.synchronous)).toBe(1);
  });
});
