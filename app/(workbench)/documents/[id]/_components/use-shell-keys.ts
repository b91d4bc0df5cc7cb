'use client';
// Shortcuts when the focus is outside the editor (the editor's keymap handles them inside):
// Alt+H opens the shortcut list, Ctrl/⌘+↑/↓ moves between rows (not from a form field).
import { useEffect } from 'react';
import type { EditorActions } from './active-editor';

export function useShellKeys(actions: EditorActions) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH') {
        e.preventDefault();
        actions.openHelp();
      } else if (
        (e.ctrlKey || e.metaKey) &&
        (e.key === 'ArrowDown' || e.key === 'ArrowUp') &&
        !(e.target as HTMLElement)?.closest?.('input, select, textarea')
      ) {
        e.preventDefault();
        actions.move(e.key === 'ArrowDown' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
