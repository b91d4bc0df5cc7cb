'use client';
// Opening a row: synchronously (the next row's editor is mounted and focused before the next
// keystroke arrives), with the URL following (?s=N) and the row scrolled into view. `idsRef` holds
// the rows as filtered, for the moves and the scroll.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { EditorStore } from './editor-store';
import type { SegmentListHandle } from './segment-list';
import { useLatest } from './use-latest';

export type Activate = (id: string | null, opts?: { scroll?: boolean }) => void;

export function useActivate(store: EditorStore, ids: string[], listRef: RefObject<SegmentListHandle | null>) {
  const idsRef = useLatest(ids);
  const activate: Activate = useCallback(
    (id, opts = {}) => {
      if (id !== store.activeId) flushSync(() => store.setActive(id));
      if (!id) return;
      const url = new URL(window.location.href);
      url.searchParams.set('s', String(store.get(id)!.server.position + 1));
      url.hash = '';
      window.history.replaceState(window.history.state, '', url);
      if (opts.scroll !== false) {
        const i = idsRef.current.indexOf(id);
        if (i >= 0) requestAnimationFrame(() => listRef.current?.scrollToIndex(i));
      }
    },
    [store, listRef, idsRef],
  );
  return { activate, idsRef };
}

/** The opened row in view: once on load, and again when the whole list has joined the first screen. */
export function useActiveInView(
  store: EditorStore,
  activate: Activate,
  total: number,
  idsRef: RefObject<string[]>,
  listRef: RefObject<SegmentListHandle | null>,
) {
  useEffect(() => {
    if (store.activeId) activate(store.activeId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const shownTotal = useRef(total);
  useLayoutEffect(() => {
    if (shownTotal.current === total) return;
    shownTotal.current = total;
    const i = store.activeId ? idsRef.current.indexOf(store.activeId) : -1;
    if (i >= 0) listRef.current?.scrollToIndex(i);
  }, [total, store, idsRef, listRef]);
}
