import 'server-only';
// Sign-in throttling, keyed so that guessing cannot lock the owner of an account out from elsewhere:
//   - per account AND source (client address): THROTTLE_MAX_FAILURES failures within the window lock
//     that pair, for 1, 2, 4, 8 then 16 minutes as lockouts repeat (backoff; a success resets it);
//   - per account, from every source together: ACCOUNT_MAX_FAILURES failures within the window lock
//     the account, but not for sources the account signed in from successfully in the last 30 days
//     (a stranger's guesses from many addresses slow the stranger, not the owner at their desk).
// Each attempt reserves its place with one atomic upsert (INSERT … ON CONFLICT DO UPDATE …
// RETURNING) BEFORE the password is checked, so twenty concurrent guesses get exactly five checks.
// Rows live in the database, so the limits hold across app instances. Times are epoch milliseconds.
import { databaseConfig } from '../db/config';
import { db } from '../db/client';
// The SQL template helpers are engine-independent (one runtime for both generated clients).
import { Prisma } from '../db/generated/sqlite/client';

export const THROTTLE_WINDOW_MS = 60_000;
export const THROTTLE_MAX_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 20;
const MAX_BACKOFF_STEPS = 4; // 60 s × 2^4 = 16 min
const TRUSTED_SOURCE_MS = 30 * 24 * 60 * 60_000;
const FORGET_MS = 24 * 60 * 60_000; // lockouts are forgotten after a quiet day

interface Counter {
  failures: number;
  lockedUntil: number;
  lockouts: number;
  lastSuccess: number;
}

export type Reservation = { ok: true; release: (success: boolean) => Promise<void> } | { ok: false; retryAfterSeconds: number };

function table(): Prisma.Sql {
  const config = databaseConfig();
  const schema = config.kind === 'postgresql' ? config.schema : undefined;
  return Prisma.raw(schema ? `"${schema.replace(/"/g, '""')}"."SignInThrottle"` : `"SignInThrottle"`);
}

const pairKey = (email: string, source: string) => `pair:${email} ${source}`;
const accountKey = (email: string) => `acct:${email}`;

/**
 * Counts one attempt on a key, atomically: a new window starts when the old one is over; attempts
 * while the key is locked are not counted (they are refused anyway). Returns the row after it.
 */
async function count(key: string, now: number): Promise<Counter> {
  const T = table();
  const rows = await db.$queryRaw<Record<keyof Counter, number | bigint | string>[]>`
    INSERT INTO ${T} ("key", "failures", "windowStart", "lockedUntil", "lockouts", "lastSuccess")
    VALUES (${key}, 1, ${now}, 0, 0, 0)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${T}."lockedUntil" > ${now} THEN ${T}."failures"
                        WHEN ${T}."windowStart" <= ${now - THROTTLE_WINDOW_MS} THEN 1
                        ELSE ${T}."failures" + 1 END,
      "lockouts" = CASE WHEN ${T}."windowStart" <= ${now - FORGET_MS} AND ${T}."lockedUntil" <= ${now} THEN 0 ELSE ${T}."lockouts" END,
      "windowStart" = CASE WHEN ${T}."lockedUntil" <= ${now} AND ${T}."windowStart" <= ${now - THROTTLE_WINDOW_MS} THEN ${now} ELSE ${T}."windowStart" END
    RETURNING "failures", "lockedUntil", "lockouts", "lastSuccess"`;
  const r = rows[0]!;
  return {
    failures: Number(r.failures),
    lockedUntil: Number(r.lockedUntil),
    lockouts: Number(r.lockouts),
    lastSuccess: Number(r.lastSuccess),
  };
}

/** Locks a key after its allowance of failures: 1, 2, 4, 8, 16 minutes as lockouts repeat. */
async function lock(key: string, c: Counter, now: number): Promise<void> {
  const until = now + THROTTLE_WINDOW_MS * 2 ** Math.min(c.lockouts, MAX_BACKOFF_STEPS);
  await db.$executeRaw`UPDATE ${table()} SET "lockedUntil" = ${until}, "lockouts" = "lockouts" + 1 WHERE "key" = ${key} AND "lockedUntil" <= ${now}`;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Reserves one password check for this account from this source, or says how long to wait. The
 * caller checks the password only when `ok`, then calls `release(success)`.
 */
export async function reserveSignIn(email: string, source: string, now = Date.now()): Promise<Reservation> {
  const pk = pairKey(email, source);
  const pair = await count(pk, now);
  if (pair.lockedUntil > now) return { ok: false, retryAfterSeconds: seconds(pair.lockedUntil - now) };
  if (pair.failures > THROTTLE_MAX_FAILURES) return { ok: false, retryAfterSeconds: seconds(THROTTLE_WINDOW_MS) };
  const trusted = pair.lastSuccess > now - TRUSTED_SOURCE_MS;
  const ak = accountKey(email);
  const account = await count(ak, now);
  if (!trusted && account.lockedUntil > now) return { ok: false, retryAfterSeconds: seconds(account.lockedUntil - now) };
  if (!trusted && account.failures > ACCOUNT_MAX_FAILURES) return { ok: false, retryAfterSeconds: seconds(THROTTLE_WINDOW_MS) };

  return {
    ok: true,
    release: async (success) => {
      const at = Date.now();
      if (success) {
        // The source is now known good for this account; this attempt does not count against it.
        await db.$executeRaw`UPDATE ${table()} SET "failures" = 0, "lockouts" = 0, "lockedUntil" = 0, "lastSuccess" = ${at} WHERE "key" = ${pk}`;
        await db.$executeRaw`UPDATE ${table()} SET "failures" = CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END WHERE "key" = ${ak}`;
        return;
      }
      if (pair.failures >= THROTTLE_MAX_FAILURES) await lock(pk, pair, at);
      if (account.failures >= ACCOUNT_MAX_FAILURES) await lock(ak, account, at);
    },
  };
}

/** Drops rows that hold nothing worth keeping (no lock, no recent window, no trusted source). */
export async function forgetOldThrottles(now = Date.now()): Promise<void> {
  await db.$executeRaw`DELETE FROM ${table()} WHERE "lockedUntil" <= ${now} AND "windowStart" <= ${now - FORGET_MS} AND "lastSuccess" <= ${now - TRUSTED_SOURCE_MS}`;
}

/** Tests: every lock of this account ends now, as if its time had passed (the lockout count stays). */
export async function expireSignInLocksForTest(email: string): Promise<void> {
  const windowOver = Date.now() - THROTTLE_WINDOW_MS;
  await db.$executeRaw`UPDATE ${table()} SET "lockedUntil" = 0, "windowStart" = ${windowOver}, "failures" = 0 WHERE "key" = ${accountKey(email)} OR "key" LIKE ${`pair:${email} %`}`;
}
