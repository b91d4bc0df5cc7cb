import 'server-only';
import { requestIsHttps } from '../http/proxy';
import { SESSION_COOKIE } from './tokens';

/** The session cookie: httpOnly, SameSite=Lax, Secure when served over HTTPS. */
export function sessionCookie(req: Request, token: string, expiresAt: Date): string {
  const secure = requestIsHttps(req);
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (!token) parts.push('Max-Age=0');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
