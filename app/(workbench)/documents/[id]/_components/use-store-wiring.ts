'use client';
// The store and the world around it: online/offline (the queue replays as soon as the browser is
// back), a last flush when the page goes, save errors said in the interface language, and the
// answer to a confirmation (confirm-gate.ts: move on, or stay on the refused segment).
import { useTranslations } from 'next-intl';
import { useEffect, type RefObject } from 'react';
import { ApiError } from '@/app/_components/api';
import { useErrorText } from '@/app/_components/use-error-text';
import { afterConfirmAnswer, type ConfirmMove } from './confirm-gate';
import type { EditorStore } from './editor-store';
import type { Activate } from './use-activate';

export function useStoreWiring(
  store: EditorStore,
  activate: Activate,
  announce: (m: string) => void,
  confirmMove: RefObject<ConfirmMove | null>,
) {
  const tq = useTranslations('editorQa');
  const errorText = useErrorText();
  useEffect(() => {
    const on = () => store.reconnect();
    const off = () => store.setOffline();
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    if (!navigator.onLine) store.setOffline();
    const beforeUnload = () => store.flushAll();
    window.addEventListener('pagehide', beforeUnload);
    // eslint-disable-next-line react-hooks/immutability -- the store is a plain object outside React, wired here
    store.onError = announce;
    store.describeError = (status, body) => errorText(ApiError.of(status, body));
    store.onConfirmAnswer = (id, refusedBy) => {
      const move = confirmMove.current;
      if (!move || move.from !== id) return;
      confirmMove.current = null;
      const active = store.activeId;
      const to = afterConfirmAnswer(move, refusedBy !== null, active, active ? store.get(active)!.pending !== null : false);
      if (to) activate(to);
      // Said inline under the editor (role="alert") when the focus is on the refused segment; else here.
      if (refusedBy && (to ?? active) !== id) announce(tq('refusedAt', { n: store.get(id)!.server.position + 1, count: refusedBy.length }));
    };
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      window.removeEventListener('pagehide', beforeUnload);
    };
  }, [store, announce, activate, tq, errorText, confirmMove]);
}
