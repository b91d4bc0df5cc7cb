import 'server-only';
// The SQLite driver adapter, tuned for a server: Prisma's better-sqlite3 adapter prepares every
// statement anew (SQLite parses and plans the SQL each time) and leaves the connection at SQLite's
// desktop defaults. Here the adapter's connection gets
// - a statement cache: the same SQL text reuses its compiled statement (Prisma emits a few dozen
//   distinct statements, so the cache stays small);
// - `synchronous = NORMAL` in WAL mode: a commit no longer waits for an fsync of the WAL; the WAL is
//   synced at checkpoints. Committed work survives a crash of the app (kill -9); a power cut or OS
//   crash can lose the last commits before the latest checkpoint. `SQLITE_SYNCHRONOUS=FULL` restores
//   an fsync per commit (see README, "Durability").
import type BetterSqlite3 from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

export const STATEMENT_CACHE_SIZE = 256;

type Statement = BetterSqlite3.Statement<unknown[], unknown>;
const columnsOf = new WeakMap<Statement, BetterSqlite3.ColumnDefinition[]>();

/**
 * What the adapter does with `prepare(sql)`: `.bind(args)` once, then `.reader`, `.run()`,
 * `.columns()` or `.raw().all()`. A compiled statement can be bound only once, so the cache hands
 * out this light wrapper, which passes the arguments on each call instead.
 */
class CachedStatement {
  constructor(
    private readonly statement: Statement,
    private readonly args: unknown[] = [],
  ) {}
  get reader() {
    return this.statement.reader;
  }
  bind(args: unknown[]) {
    return new CachedStatement(this.statement, args);
  }
  run() {
    return this.statement.run(this.args);
  }
  columns() {
    // Building the column descriptions is costly in better-sqlite3 and they never change for a
    // compiled statement, so they are kept with it.
    let columns = columnsOf.get(this.statement);
    if (!columns) columnsOf.set(this.statement, (columns = this.statement.columns()));
    return columns;
  }
  raw() {
    const { statement, args } = this;
    return { all: () => statement.raw(true).all(args) };
  }
}

// Kept on the connection itself under a global symbol, not in a module-level map: Next.js may load
// this module more than once (route handlers and server-rendered pages are separate bundles) while
// the connection is one per process.
const RAW_PREPARE = Symbol.for('workbench.sqlite.rawPrepare');
type Tuned = BetterSqlite3.Database & { [RAW_PREPARE]?: (sql: string) => Statement };

/** better-sqlite3's own prepare on a tuned connection (its `prepare` now serves the adapter). */
export function prepareStatement(database: BetterSqlite3.Database, sql: string): Statement {
  const prepare = (database as Tuned)[RAW_PREPARE];
  if (!prepare) throw new Error('prepareStatement: not a tuned connection');
  return prepare(sql);
}

export function tuneConnection(database: BetterSqlite3.Database, env: Record<string, string | undefined> = process.env) {
  const synchronous = (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase();
  if (!['OFF', 'NORMAL', 'FULL', 'EXTRA'].includes(synchronous)) {
    throw new Error(`SQLITE_SYNCHRONOUS must be one of OFF, NORMAL, FULL, EXTRA (got "${env.SQLITE_SYNCHRONOUS}").`);
  }
  database.pragma(`synchronous = ${synchronous}`);
  const prepare = database.prepare.bind(database) as (sql: string) => Statement;
  (database as Tuned)[RAW_PREPARE] = prepare;
  const cache = new Map<string, Statement>();
  (database as unknown as { prepare: (sql: string) => CachedStatement }).prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // keep the map in least-recently-used order
    } else {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return new CachedStatement(statement);
  };
  return { cache };
}

/**
 * The Prisma adapter factory for a SQLite file, with its connection tuned as above, and a way to
 * reach that connection (null until Prisma has connected, or once it has closed it).
 */
export function sqliteAdapter(file: string): { factory: PrismaBetterSqlite3; connection: () => BetterSqlite3.Database | null } {
  let current: BetterSqlite3.Database | null = null;
  // `timeout` is better-sqlite3's busy timeout: concurrent writers wait instead of failing.
  const factory = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const database = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    // The adapter keeps its better-sqlite3 connection in `client`; if a new version stops doing
    // so, fail loudly rather than run untuned.
    if (!database || typeof database.prepare !== 'function')
      throw new Error('@prisma/adapter-better-sqlite3 changed: its connection is no longer at adapter.client.');
    tuneConnection(database);
    current = database;
    return adapter;
  };
  return { factory, connection: () => (current?.open ? current : null) };
}
