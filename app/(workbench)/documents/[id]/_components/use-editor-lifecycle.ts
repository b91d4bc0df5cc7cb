// The active editor's mount: focus, the segment's undo history, composition state and the
// inserters registered for the side panel.
import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect } from 'react';
import { historyOf, restoreHistory } from '@/lib/editor/history';
import { countEojeol } from '@/lib/text/paragraphs';
import { historiesOf, historyKey } from './editor-sync';
import type { Inserters } from './editor-inserters';
import { caretPosition, takeHandoverCaret } from './handover';
import type { EditorStore } from './editor-store';

export function useEditorLifecycle(
  editor: Editor | null,
  store: EditorStore,
  id: string,
  fns: Inserters,
  registerInsert: (fns: Inserters | null) => void,
  setWords: (n: number) => void,
) {
  // Focus synchronously when mounted (the switch from the previous row runs in flushSync inside the
  // keydown), so characters typed right after Ctrl+Enter land here instead of being lost.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.focus();
    // Where the caret was in the server-rendered plain editor (handover.ts), else at the end.
    const handed = takeHandoverCaret(store, id);
    const size = editor.state.doc.content.size;
    editor.commands.setTextSelection(handed === null ? size - 1 : caretPosition(handed, size));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount: a row has its own editor (key)
  }, [editor]);

  // Undo history per segment: taken back when the segment is opened again on the same text, kept
  // when it is left (the editor unmounts).
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const cache = historiesOf(store);
    const saved = cache.take(id, historyKey(editor));
    const tr = saved && restoreHistory(editor.state, saved);
    if (tr) editor.view.dispatch(tr.setMeta('preventUpdate', true));
    return () => {
      if (!editor.isDestroyed) cache.save(id, historyKey(editor), historyOf(editor.state));
    };
  }, [editor, store, id]);

  useEffect(() => {
    if (!editor) return;
    // eslint-disable-next-line react-hooks/immutability -- the store is a plain object outside React, wired here
    store.isComposing = () => editor.view.composing;
    const onEnd = () => setWords(countEojeol(editor.getText()));
    editor.view.dom.addEventListener('compositionend', onEnd);
    registerInsert(fns);
    return () => {
      store.isComposing = () => false;
      editor.view.dom.removeEventListener('compositionend', onEnd);
      registerInsert(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setWords is a state setter
  }, [editor, store, fns, registerInsert]);
}
