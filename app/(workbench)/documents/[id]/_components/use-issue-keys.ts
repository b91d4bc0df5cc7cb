'use client';
// Alt+↓ / Alt+↑: the next / previous segment (in the filtered order) with something to look at: an
// open review comment or a QA issue. Wraps around; says so when there is none.
import { useEffect, type RefObject } from 'react';
import type { RowOverlays } from './row-overlays';

export function hasIssue(overlays: RowOverlays, id: string): boolean {
  const o = overlays.get(id);
  return o.annotations.length > 0 || (o.qa?.issues.length ?? 0) > 0;
}

/** The next id after `from` (delta 1) or before it (delta -1) that `has`, wrapping around; null if none. */
export function nextWith(ids: readonly string[], from: string | null, delta: 1 | -1, has: (id: string) => boolean): string | null {
  const n = ids.length;
  if (n === 0) return null;
  const start = from ? ids.indexOf(from) : -1;
  for (let k = 1; k <= n; k += 1) {
    const i = ((start < 0 ? (delta === 1 ? -1 : 0) : start) + delta * k + n * 2) % n;
    if (has(ids[i]!)) return ids[i]!;
  }
  return null;
}

export function useIssueKeys(opts: {
  overlays: RowOverlays;
  idsRef: RefObject<readonly string[]>;
  activeId: () => string | null;
  activate: (id: string) => void;
  onNone: () => void;
}) {
  const { overlays, idsRef, activeId, activate, onNone } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      if ((e.target as HTMLElement)?.closest?.('input, select, textarea, [role=dialog]')) return;
      e.preventDefault();
      e.stopPropagation();
      const next = nextWith(idsRef.current ?? [], activeId(), e.key === 'ArrowDown' ? 1 : -1, (id) => hasIssue(overlays, id));
      if (next) activate(next);
      else onNone();
    };
    // Capture: before the segment editor's own keymap.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [overlays, idsRef, activeId, activate, onNone]);
}
