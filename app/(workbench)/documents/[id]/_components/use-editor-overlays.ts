// The active editor kept in step with the store: a change that did not come from this editor is
// shown, and the overlays (QA underlines, annotation highlights) are put on now, whenever this
// segment's overlays or saved state change, and after a composition (never during one).
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, type RefObject } from 'react';
import type { SegmentDoc } from '@/lib/editor/doc';
import { resetHistory } from '@/lib/editor/history';
import { countEojeol } from '@/lib/text/paragraphs';
import { sameDoc } from './doc-utils';
import { forEditor, syncOverlays } from './editor-sync';
import type { EditorStore } from './editor-store';
import type { OverlayLabels } from './overlay-labels';
import type { RowOverlays } from './row-overlays';
import { useLatest } from './use-latest';

export function useEditorOverlays(
  editor: Editor | null,
  editorRef: RefObject<Editor | null>,
  store: EditorStore,
  overlays: RowOverlays,
  id: string,
  shown: SegmentDoc | null,
  labels: OverlayLabels,
  setWords: (n: number) => void,
) {
  const labelsRef = useLatest(labels);

  // Overlays: subscribed outside React: nothing here re-renders the editor.
  const deferred = useRef(false);
  const sync = () => {
    const e = editorRef.current;
    if (!e || e.isDestroyed) return;
    if (e.view.composing) {
      deferred.current = true;
      return;
    }
    deferred.current = false;
    syncOverlays(e, store, overlays, id, labelsRef.current);
  };
  const syncRef = useLatest(sync);

  // A change that did not come from this editor (their save, "take theirs", a replacement): show it,
  // unless the user has unsaved text here or is composing.
  useEffect(() => {
    if (!editor || editor.view.composing) return;
    const safe = forEditor(shown);
    if (!sameDoc(safe, editor.getJSON() as SegmentDoc)) {
      editor.commands.setContent(safe, { emitUpdate: false });
      // Someone else's text (or "take theirs"): undo must never bring back what was there before it.
      const reset = resetHistory(editor.state);
      if (reset) editor.view.dispatch(reset.setMeta('preventUpdate', true));
      setWords(countEojeol(editor.getText()));
      syncRef.current();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, shown]);

  useEffect(() => {
    if (!editor) return;
    // After the current dispatch or store update has finished (a first edit notifies the row from
    // inside the editor's update handler).
    let queued = false;
    const run = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        syncRef.current();
      });
    };
    run();
    const offOverlay = overlays.subscribe(id, run);
    const offRow = store.subscribeRow(id, run);
    const onEnd = () => setTimeout(() => deferred.current && run(), 0);
    editor.view.dom.addEventListener('compositionend', onEnd);
    return () => {
      offOverlay();
      offRow();
      editor.view.dom.removeEventListener('compositionend', onEnd);
    };
  }, [editor, overlays, store, id, syncRef]);
  useEffect(() => syncRef.current(), [labels, syncRef]);
}
