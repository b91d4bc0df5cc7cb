import 'server-only';
// Resolves the caller of a request: a session cookie or a personal API token (Bearer). Both are
// looked up by their SHA-256 in the database, so sessions work across several app instances.
import { db } from '../db/client';
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

// Refresh a session's expiry at most this often, not on every request.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

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
    const row = await db.apiToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
    if (!row || row.revokedAt) return null;
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    }
    return { actor: toActor(row.user), via: 'token' };
  }
  const token = readCookie(headers.get('cookie'), SESSION_COOKIE);
  if (!token) return null;
  return sessionActor(token);
}

export async function sessionActor(token: string): Promise<Authentication | null> {
  const session = await db.session.findUnique({ where: { id: sha256(token) }, include: { user: true } });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_TTL_MS) },
    });
  }
  return { actor: toActor(session.user), via: 'cookie' };
}

function toActor(u: { id: string; email: string; name: string }): Actor {
  return { id: u.id, email: u.email, name: u.name };
}
