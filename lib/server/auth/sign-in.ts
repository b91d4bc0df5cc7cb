import 'server-only';
// Email + password sign-in, throttled per account and source (sign-in-throttle.ts): each attempt
// reserves its password check atomically first; past the allowance the answer is 429 with
// Retry-After. Attempts are also logged (SignInAttempt) for audit.
import { db } from '../db/client';
import { AppError } from '../errors';
import { verifyPassword } from './password';
import { forgetOldThrottles, reserveSignIn, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS } from './sign-in-throttle';
import { newSecret, SESSION_TTL_MS, sha256 } from './tokens';
import type { Actor } from './authenticate';

export { THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS };

// Verifying against a real hash when the email is unknown keeps response times alike.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yB1x0P9mVnU1sG2m8lqk5mJvX0Vd3r9m1f8N0b1e3c';

/** `source` is the client's address (lib/server/http/proxy.ts clientAddress): throttling is per account and source. */
export async function signIn(
  emailInput: string,
  password: string,
  source = 'unknown',
): Promise<{ actor: Actor; token: string; expiresAt: Date }> {
  const email = emailInput.trim().toLowerCase();
  const reservation = await reserveSignIn(email, source);
  if (!reservation.ok) {
    throw new AppError(
      'rate_limited',
      'Too many failed sign-in attempts for this email from here. Wait a while, then try again.',
      undefined,
      { 'Retry-After': String(reservation.retryAfterSeconds) },
    ).because('sign_in_throttled', { minutes: Math.max(1, Math.ceil(reservation.retryAfterSeconds / 60)) });
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password)) && !!user;
  await reservation.release(ok);
  await db.signInAttempt.create({ data: { email, success: ok } });
  await forgetOldRows();
  if (!user || !ok) throw new AppError('unauthenticated', 'The email or password is not correct.').because('wrong_credentials');

  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { id: sha256(token), userId: user.id, expiresAt } });
  return { actor: { id: user.id, email: user.email, name: user.name }, token, expiresAt };
}

/** How often old attempt-log and throttle rows are deleted, whatever the answers were. */
export const SIGN_IN_CLEANUP_EVERY_MS = 60_000;
let lastCleanup = 0;

/**
 * The attempt log is kept ten windows (audit of recent sign-ins); throttle rows as long as they
 * matter. Run after failures too, at most once a minute: a flood of guesses at unknown emails, which
 * never succeed, must not grow the tables.
 */
async function forgetOldRows(now = Date.now()): Promise<void> {
  if (now - lastCleanup < SIGN_IN_CLEANUP_EVERY_MS) return;
  lastCleanup = now;
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - 10 * THROTTLE_WINDOW_MS) } } });
  await forgetOldThrottles(now);
}

/** Tests: the next attempt cleans up. */
export function cleanUpOnNextSignInForTest(): void {
  lastCleanup = 0;
}

export async function signOut(token: string | null): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: sha256(token) } });
}
