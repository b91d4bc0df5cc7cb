// Issue #18 row 14: every page answers with a nonce CSP; the edition flag is set only on /e/….
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';
// @ts-expect-error next.config.js is plain CommonJS without type declarations
import nextConfig from '@/next.config.js';

function run(path: string, headers: Record<string, string> = {}) {
  const res = proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
  const forwarded = (name: string) => res.headers.get(`x-middleware-request-${name}`);
  return { res, forwarded };
}

describe('Content-Security-Policy', () => {
  it('sends a strict nonce policy, a fresh nonce per request, the same nonce to the page', () => {
    const a = run('/projects');
    const b = run('/projects');
    const csp = a.res.headers.get('content-security-policy')!;
    const nonce = a.forwarded('x-nonce')!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce).not.toBe(b.forwarded('x-nonce'));
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(a.forwarded('content-security-policy')).toBe(csp);
    for (const d of ["frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "default-src 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Style elements only with the nonce; inline style attributes (React's style props) allowed.
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toMatch(/style-src [^;]*unsafe-inline/);
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
  });

  it('covers every page, the public editions included, and leaves the API and static files alone', () => {
    const re = new RegExp(`^${config.matcher[0]!.replace('/((?!', '/(?!(?:').replace(').*)', ')).*')}$`);
    for (const path of ['/', '/sign-in', '/projects', '/documents/abc', '/e/some-slug', '/e/some-slug/v/2']) expect(path).toMatch(re);
    for (const path of ['/api/v1/projects', '/_next/static/chunks/a.js']) expect(path).not.toMatch(re);
  });

  it('flags /e/… for the layout and drops a spoofed flag elsewhere', () => {
    expect(run('/e/seoul-talks').forwarded('x-wb-public-edition')).toBe('seoul-talks');
    expect(run('/projects', { 'x-wb-public-edition': 'spoof' }).forwarded('x-wb-public-edition')).toBeNull();
  });

  it('keeps nosniff, a Referrer-Policy and SAMEORIGIN framing on every response (next.config.js)', async () => {
    const rules = await (
      nextConfig as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> }
    ).headers();
    const all = Object.fromEntries(rules.find((r) => r.source === '/:path*')!.headers.map((h) => [h.key, h.value]));
    expect(all).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin', 'X-Frame-Options': 'SAMEORIGIN' });
  });
});
