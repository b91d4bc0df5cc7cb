// Next.js proxy (formerly middleware), on the public edition paths only: it tells the root layout
// which public edition the request is for, so the layout can give the page the edition's own
// <html lang> and leave out the workbench top bar. Any incoming copy of the header is replaced.
import { NextResponse, type NextRequest } from 'next/server';

export const PUBLIC_EDITION_HEADER = 'x-wb-public-edition';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const slug = /^\/e\/([^/]+)/.exec(request.nextUrl.pathname)?.[1] ?? '';
  headers.set(PUBLIC_EDITION_HEADER, slug);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/e/:path*'] };
