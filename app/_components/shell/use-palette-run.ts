'use client';
// Runs a command palette entry (command-palette.tsx): closes the palette, then navigates, or
// dispatches the cancelable window event the page may handle (wb:goto-segment, wb:command) and
// navigates only when no page did.
import { usePathname, useRouter } from 'next/navigation';
import type { PaletteRun } from './palette-items';
import { useShell } from './shell-context';

export function usePaletteRun(): (r: PaletteRun) => void {
  const { setPaletteOpen } = useShell();
  const router = useRouter();
  const pathname = usePathname();
  return (r: PaletteRun) => {
    setPaletteOpen(false);
    if (r.kind === 'href') return router.push(r.href);
    const name = r.kind === 'segment' ? 'wb:goto-segment' : 'wb:command';
    const detail = r.kind === 'segment' ? { documentId: r.documentId, number: r.number } : { documentId: r.documentId, command: r.command };
    const handled = !window.dispatchEvent(new CustomEvent(name, { detail, cancelable: true }));
    if (handled) return;
    const href = r.kind === 'segment' ? `/documents/${r.documentId}?s=${r.number}` : `/documents/${r.documentId}?command=${r.command}`;
    if (pathname === `/documents/${r.documentId}`) window.location.assign(href);
    else router.push(href);
  };
}
