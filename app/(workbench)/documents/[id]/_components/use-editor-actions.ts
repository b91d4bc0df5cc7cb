'use client';
// What the active editor's keys do: confirm and move on (to the next row, or the next one still
// to translate; with QA errors already known the answer is awaited and the focus stays), move,
// the shortcut list, announcements. In review mode the decision bar approves instead.
import { useTranslations } from 'next-intl';
import { useMemo, useRef, type RefObject } from 'react';
import type { EditorActions } from './active-editor';
import { knownBlockingIssues, type ConfirmMove } from './confirm-gate';
import type { EditorStore } from './editor-store';
import type { RowOverlays } from './row-overlays';
import type { Activate } from './use-activate';
import { useLatest } from './use-latest';

const stillToTranslate = (store: EditorStore, id: string) => {
  const s = store.get(id)!.server;
  return !s.doNotTranslate && s.state !== 'TRANSLATED' && s.state !== 'APPROVED';
};

export function useEditorActions(opts: {
  store: EditorStore;
  overlays: RowOverlays;
  idsRef: RefObject<string[]>;
  activate: Activate;
  reviewMode: boolean;
  announce: (m: string) => void;
  openHelp: () => void;
}) {
  const { store, overlays, idsRef, activate, announce, openHelp } = opts;
  const t = useTranslations('editor');
  const reviewModeRef = useLatest(opts.reviewMode);
  // The confirmation waiting for its answer (confirm-gate.ts).
  const confirmMove = useRef<ConfirmMove | null>(null);
  const actions: EditorActions = useMemo(
    () => ({
      confirm: (nextUnconfirmed) => {
        if (reviewModeRef.current) return;
        const id = store.activeId;
        if (!id) return;
        const doc = store.displayed(id);
        const known = knownBlockingIssues(store.get(id)!, overlays.get(id));
        if (!doc || !store.confirm(id, doc)) return announce(t('cannotConfirmEmpty'));
        const list = idsRef.current;
        const i = list.indexOf(id);
        let next: string | undefined;
        if (nextUnconfirmed) {
          next = list.slice(i + 1).find((x) => stillToTranslate(store, x));
          if (!next && known.length === 0) announce(t('allConfirmed'));
        } else next = list[i + 1];
        confirmMove.current = { from: id, next: next ?? null, waiting: known.length > 0 };
        if (next && known.length === 0) activate(next);
      },
      move: (delta) => {
        const list = idsRef.current;
        const i = store.activeId ? list.indexOf(store.activeId) : -1;
        const next = list[Math.max(0, Math.min(list.length - 1, i + delta))];
        if (next) activate(next);
      },
      openHelp,
      announce,
    }),
    [store, activate, announce, t, overlays, idsRef, openHelp, reviewModeRef],
  );
  return { actions, confirmMove };
}
