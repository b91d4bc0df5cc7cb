// The translation editor's store: opened from the page's first screen during hydration, joined by
// the whole list when it arrives, refreshed after a server-side job; and the document's terms.
// Opening it replaces the server-rendered first screen, whose plain editor hands over what was typed
// in it (handover.ts), after any composition in progress there.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { EditorFirstScreen } from '@/lib/editor/compact-segment';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import type { EditorStore } from './editor-store';
import { adoptPlainEditor, afterComposition } from './handover';
import { expandAll, loadSegments, openStore } from './open-store';
import type { EditorTerm } from './types';

export function useEditorLoader(documentId: string, firstScreen: EditorFirstScreen | undefined, refreshKey: string | undefined) {
  const [store, setStore] = useState<EditorStore | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [terms, setTerms] = useState<EditorTerm[]>([]);
  const errorText = useErrorText();
  const early = useRef<EditorStore | null>(null);

  // The page's first screen: the editor opens during hydration, before the whole list has arrived
  // (a layout effect: the server-rendered first screen is replaced before the next paint).
  useLayoutEffect(() => {
    if (!firstScreen) return;
    const s = openStore(documentId, expandAll(documentId, firstScreen.segments), firstScreen.complete, firstScreen.activeId);
    if (!s) return;
    early.current = s;
    const open = () => {
      adoptPlainEditor(s);
      setStore(s);
    };
    // Here a state update commits before the browser gets control again; from the timer it must be made to.
    afterComposition(open, () => flushSync(open));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId]);

  useEffect(() => {
    let stop = false;
    // The whole list, also after a whole first screen: a page restored from the router's cache
    // (back, forward) may hold older rows. It joins the store the editor is already typing in
    // (newer versions apply); else the store opens now.
    loadSegments(documentId)
      .then((segments) => {
        if (stop) return;
        if (early.current) early.current.extend(segments);
        else {
          const s = openStore(documentId, segments, true, null)!;
          afterComposition(() =>
            flushSync(() => {
              adoptPlainEditor(s);
              setStore(s);
            }),
          );
        }
      })
      .catch((err) => !stop && setLoadError(errorText(err)));
    call('listDocumentTerms', { params: { id: documentId } })
      .then((d) => !stop && setTerms(d.terms))
      .catch(() => {});
    return () => {
      stop = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId]);

  const firstKey = useRef(refreshKey);
  useEffect(() => {
    if (!store || refreshKey === firstKey.current) return;
    firstKey.current = refreshKey;
    loadSegments(documentId)
      .then((segs) => store.applySaved(segs))
      .catch(() => {});
  }, [store, refreshKey, documentId]);

  return { store, loadError, terms, setTerms };
}
