'use client';
// Going to a segment by number: from the toolbar's field, and from the command palette (its
// cancelable wb:goto-segment event for this document, handled here without a reload). A filter
// that hides the segment is cleared first.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, type RefObject } from 'react';
import type { EditorStore } from './editor-store';
import { NO_FILTERS, type Filters } from './filters';
import type { Activate } from './use-activate';

export function useJump(opts: {
  store: EditorStore;
  documentId: string;
  idsRef: RefObject<string[]>;
  setFilters: (f: Filters) => void;
  activate: Activate;
  announce: (m: string) => void;
}) {
  const { store, documentId, idsRef, setFilters, activate, announce } = opts;
  const t = useTranslations('editor');
  const jump = useCallback(
    (n: number) => {
      const id = store.order[n - 1];
      if (!id) return announce(t('noSuchSegment', { n }));
      if (!idsRef.current.includes(id)) setFilters(NO_FILTERS);
      store.setActive(id);
      setTimeout(() => activate(id), 0);
    },
    [store, idsRef, setFilters, activate, announce, t],
  );
  useEffect(() => {
    const onGoto = (e: Event) => {
      const d = (e as CustomEvent<{ documentId?: string; number?: number }>).detail;
      if (d?.documentId !== documentId || !d.number) return;
      e.preventDefault();
      jump(d.number);
    };
    window.addEventListener('wb:goto-segment', onGoto);
    return () => window.removeEventListener('wb:goto-segment', onGoto);
  }, [documentId, jump]);
  return jump;
}
