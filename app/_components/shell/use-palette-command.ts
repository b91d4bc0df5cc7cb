'use client';
// Runs one of the command palette's actions for this document (app/_components/shell/
// command-palette.tsx): its cancelable `wb:command` window event while the editor is open, or the
// `?command=` the palette navigated with from another page (read once, then dropped from the URL).
import { useEffect, useRef } from 'react';

export type PaletteCommand = 'pretranslate' | 'approve-filtered';

/** `documentId` null: nothing listens (a component that only sometimes answers a command). */
export function usePaletteCommand(documentId: string | null, command: PaletteCommand, run: () => void): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (documentId === null) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('command') === command) {
      url.searchParams.delete('command');
      window.history.replaceState(window.history.state, '', url);
      setTimeout(() => runRef.current(), 0);
    }
    const onCommand = (e: Event) => {
      const d = (e as CustomEvent<{ documentId?: string; command?: string }>).detail;
      if (d?.documentId !== documentId || d.command !== command) return;
      e.preventDefault();
      runRef.current();
    };
    window.addEventListener('wb:command', onCommand);
    return () => window.removeEventListener('wb:command', onCommand);
  }, [documentId, command]);
}
