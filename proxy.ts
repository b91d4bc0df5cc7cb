// Next.js proxy (formerly middleware), on every page:
// - a Content-Security-Policy with a fresh nonce (lib/server/http/csp.ts): the request carries it
//   (x-nonce and the CSP header, which Next.js reads to put the nonce on its scripts) and so does
//   the response;
// - on the public edition paths (/e/…) it tells the root layout which edition the request is for,
//   so the layout can give the page the edition's own <html lang> and leave out the workbench top
//   bar. Any incoming copy of that header is replaced or removed.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, makeNonce } from './lib/server/http/csp';

export const PUBLIC_EDITION_HEADER = 'x-wb-public-edition';

export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  const slug = /^\/e\/([^/]+)/.exec(request.nextUrl.pathname)?.[1];
  if (slug) headers.set(PUBLIC_EDITION_HEADER, slug);
  else headers.delete(PUBLIC_EDITION_HEADER);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

// Pages only: not the API (JSON, and the hot save path), not static files.
export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)'] };
