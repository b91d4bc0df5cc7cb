import 'server-only';
// Who a credential belongs to: the user of a live API token or of an unexpired session, one query.
// Every API request starts here, so on SQLite the query runs synchronously on Prisma's own
// connection with a prepared statement (as the segment save does, segments/fast-save.ts); on
// PostgreSQL as a named (prepared) statement on Prisma's pg pool (db/pg-pool.ts); on SQLite before
// Prisma has connected it goes through Prisma. authenticate.test.ts covers both answers (revoked,
// expired, signed out) on each engine.
import type BetterSqlite3 from 'better-sqlite3';
import { db, pgPool, sqliteConnection } from '../db/client';
import { prepareStatement } from '../db/sqlite-adapter';

export interface ActorRow {
  id: string;
  email: string;
  name: string;
}

const actorFields = { id: true, email: true, name: true } as const;

interface Statements {
  byToken: BetterSqlite3.Statement<[string], ActorRow>;
  bySession: BetterSqlite3.Statement<[string], ActorRow & { expiresAt: string | number }>;
}
const statementsOf = new WeakMap<BetterSqlite3.Database, Statements>();

function sqliteStatements(): Statements | null {
  const database = sqliteConnection();
  if (!database) return null;
  let s = statementsOf.get(database);
  if (!s) {
    s = {
      byToken: prepareStatement(
        database,
        `SELECT u."id", u."email", u."name" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ? AND t."revokedAt" IS NULL`,
      ).safeIntegers(false) as Statements['byToken'],
      bySession: prepareStatement(
        database,
        `SELECT u."id", u."email", u."name", s."expiresAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?`,
      ).safeIntegers(false) as Statements['bySession'],
    };
    statementsOf.set(database, s);
  }
  return s;
}

const PG_BY_TOKEN = `SELECT u."id", u."email", u."name" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL`;
const PG_BY_SESSION = `SELECT u."id", u."email", u."name" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = $1 AND s."expiresAt" > ($2::timestamptz AT TIME ZONE 'UTC')`;

/** The user of a live (not revoked) API token, by the token's SHA-256. */
export async function actorByToken(tokenHash: string): Promise<ActorRow | null> {
  const sqlite = sqliteStatements();
  if (sqlite) {
    const row = sqlite.byToken.get(tokenHash);
    return row ? { id: row.id, email: row.email, name: row.name } : null;
  }
  const pool = pgPool();
  if (pool) return (await pool.query<ActorRow>({ name: 'wb_actor_by_token_v1', text: PG_BY_TOKEN, values: [tokenHash] })).rows[0] ?? null;
  return db.user.findFirst({ where: { apiTokens: { some: { tokenHash, revokedAt: null } } }, select: actorFields });
}

/** The user of a session that expires after `now`, by the session id (the cookie's SHA-256). */
export async function actorBySession(id: string, now: number): Promise<ActorRow | null> {
  const sqlite = sqliteStatements();
  if (sqlite) {
    const row = sqlite.bySession.get(id);
    // Compared as instants, whatever text form the stored date has.
    return row && new Date(row.expiresAt).getTime() > now ? { id: row.id, email: row.email, name: row.name } : null;
  }
  const pool = pgPool();
  if (pool)
    return (
      (await pool.query<ActorRow>({ name: 'wb_actor_by_session_v1', text: PG_BY_SESSION, values: [id, new Date(now).toISOString()] }))
        .rows[0] ?? null
    );
  return db.user.findFirst({ where: { sessions: { some: { id, expiresAt: { gt: new Date(now) } } } }, select: actorFields });
}
