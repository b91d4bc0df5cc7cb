// The Content-Security-Policy of every page (set by proxy.ts with a fresh nonce per request; Next.js
// reads the nonce from the request's CSP header and puts it on its own scripts). Scripts run only
// with the nonce ('strict-dynamic' lets them load the app's chunks); no inline event handlers, no
// eval, no plugins, no framing by other sites. Style elements need the nonce too (the edition
// page's <style>, TipTap's and Radix's injected ones: app/_components/style-nonce.tsx); only style
// attributes are allowed inline (React's `style` props, Radix's positioning), which cannot load or
// run anything. Development keeps 'unsafe-inline' for the dev overlay's styles.
// Pure (no Next, no Prisma), so proxy.ts and the tests share it.

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    opts.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
