import 'server-only';
// Resolves the caller of a request: a session cookie or a personal API token (Bearer). Both are
// looked up by their SHA-256 in the database, so sessions work across several app instances.
import { db } from '../db/client';
import { actorBySession, actorByToken } from './find-actor';
import { API_TOKEN_PREFIX, SESSION_COOKIE, SESSION_TTL_MS, sha256 } from './tokens';

export interface Actor {
  id: string;
  email: string;
  name: string;
}

export interface Authentication {
  actor: Actor;
  via: 'cookie' | 'token';
}

// Refresh a session's expiry (or a token's "last used") at most this often, not on every request.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

// Per process, when each credential was last refreshed, so that a request that need not refresh
// anything costs one query. This remembers only a time, never who the credential belongs to: a
// revoked token or a signed-out session fails on the very next request, on every instance.
const lastTouch = new Map<string, number>();
function touchDue(hash: string, now: number): boolean {
  const at = lastTouch.get(hash);
  if (at !== undefined && now - at < TOUCH_INTERVAL_MS) return false;
  if (lastTouch.size >= 10_000) lastTouch.clear();
  lastTouch.set(hash, now);
  return true;
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export async function authenticateHeaders(headers: Headers): Promise<Authentication | null> {
  const authz = headers.get('authorization');
  if (authz?.toLowerCase().startsWith('bearer ')) {
    const token = authz.slice(7).trim();
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const tokenHash = sha256(token);
    const user = await actorByToken(tokenHash);
    if (!user) return null;
    const now = Date.now();
    if (touchDue(tokenHash, now)) {
      await db.apiToken.updateMany({
        where: { tokenHash, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - TOUCH_INTERVAL_MS) } }] },
        data: { lastUsedAt: new Date(now) },
      });
    }
    return { actor: toActor(user), via: 'token' };
  }
  const token = readCookie(headers.get('cookie'), SESSION_COOKIE);
  if (!token) return null;
  return sessionActor(token);
}

export async function sessionActor(token: string): Promise<Authentication | null> {
  const id = sha256(token);
  const now = Date.now();
  const user = await actorBySession(id, now);
  if (!user) {
    await db.session.deleteMany({ where: { id, expiresAt: { lte: new Date(now) } } }); // an expired session goes
    return null;
  }
  if (touchDue(id, now)) {
    await db.session.updateMany({
      where: { id, lastSeenAt: { lt: new Date(now - TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_TTL_MS) },
    });
  }
  return { actor: toActor(user), via: 'cookie' };
}

function toActor(u: { id: string; email: string; name: string }): Actor {
  return { id: u.id, email: u.email, name: u.name };
}
