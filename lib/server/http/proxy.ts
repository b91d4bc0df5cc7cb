import 'server-only';
import { SOCKET_ADDRESS_HEADER } from './socket-address';
// What the app believes about where a request came from. Forwarded headers (X-Forwarded-Host,
// X-Forwarded-Proto, X-Forwarded-For) are set by a reverse proxy, but any client can send them too,
// so they are read only when TRUST_PROXY says a proxy in front of the app sets them (README,
// configuration). Next.js fills X-Forwarded-* itself when absent and keeps a client's own values,
// so without TRUST_PROXY the Host header and the socket address Next.js saw are all there is.

export function trustProxy(): boolean {
  const v = process.env.TRUST_PROXY?.trim().toLowerCase();
  return !!v && v !== '0' && v !== 'false' && v !== 'no';
}

/** The host the client addressed (host[:port]). */
export function requestHost(req: Request): string {
  const forwarded = trustProxy() ? firstValue(req.headers.get('x-forwarded-host')) : null;
  return forwarded || req.headers.get('host') || new URL(req.url).host;
}

/** True when the client reached the app over HTTPS (directly, or through a trusted proxy). */
export function requestIsHttps(req: Request): boolean {
  if (new URL(req.url).protocol === 'https:') return true;
  return trustProxy() && firstValue(req.headers.get('x-forwarded-proto')) === 'https';
}

/**
 * The client's address as well as it can be known: behind a trusted proxy, the address the proxy
 * appended last to X-Forwarded-For (earlier entries are the client's own claims); without one,
 * the socket address the server stamped on the request (socket-address.ts), else (tests, no stamp)
 * the value Next.js put in X-Forwarded-For from the socket when the client sent none. Used to key sign-in
 * throttling; never for authorization.
 */
export function clientAddress(req: Request): string {
  if (!trustProxy()) {
    // The socket address the server stamped (socket-address.ts): a client cannot choose it.
    const socket = req.headers.get(SOCKET_ADDRESS_HEADER)?.trim();
    if (socket) return socket.slice(0, 100);
  }
  const xff = req.headers.get('x-forwarded-for');
  if (!xff) return 'unknown';
  const parts = xff
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return (trustProxy() ? parts.at(-1) : parts[0])?.slice(0, 100) || 'unknown';
}

function firstValue(header: string | null): string | null {
  return header?.split(',')[0]?.trim() || null;
}
