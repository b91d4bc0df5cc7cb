'use client';
// The page's CSP nonce for style elements the browser code adds itself (lib/server/http/csp.ts
// allows <style> only with it): Radix's scroll lock (react-style-singleton, through `get-nonce`)
// and TipTap's base editor styles (`injectNonce`). Next.js puts the nonce on its own scripts; the
// browser exposes it as the `nonce` property only (the attribute reads empty), so it is read there.
import { setNonce } from 'get-nonce';

export function pageNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}

const nonce = pageNonce();
if (nonce) setNonce(nonce);

/** Rendered once in the root layout, so the module above runs before any dialog opens. */
export function StyleNonce() {
  return null;
}
