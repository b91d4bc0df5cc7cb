import 'server-only';
// Email + password sign-in with per-email throttling: more than 5 failures within a minute and the
// next attempts get 429 until the window has passed. Attempts are stored in the database so the
// limit holds across app instances.
import { db } from '../db/client';
import { AppError } from '../errors';
import { verifyPassword } from './password';
import { newSecret, SESSION_TTL_MS, sha256 } from './tokens';
import type { Actor } from './authenticate';

export const THROTTLE_WINDOW_MS = 60_000;
export const THROTTLE_MAX_FAILURES = 5;

// Verifying against a real hash when the email is unknown keeps response times alike.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yB1x0P9mVnU1sG2m8lqk5mJvX0Vd3r9m1f8N0b1e3c';

export async function signIn(emailInput: string, password: string): Promise<{ actor: Actor; token: string; expiresAt: Date }> {
  const email = emailInput.trim().toLowerCase();
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const failures = await db.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } });
  if (failures >= THROTTLE_MAX_FAILURES) {
    throw new AppError(
      'rate_limited',
      'Too many failed sign-in attempts for this email. Wait a minute, then try again.',
      undefined,
      { 'Retry-After': String(Math.ceil(THROTTLE_WINDOW_MS / 1000)) },
    );
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  await db.signInAttempt.create({ data: { email, success: ok && !!user } });
  if (!user || !ok) throw new AppError('unauthenticated', 'The email or password is not correct.');

  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { id: sha256(token), userId: user.id, expiresAt } });
  // Old attempts are only needed for the throttle window.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 10 * THROTTLE_WINDOW_MS) } } });
  return { actor: { id: user.id, email: user.email, name: user.name }, token, expiresAt };
}

export async function signOut(token: string | null): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: sha256(token) } });
}
