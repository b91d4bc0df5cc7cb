'use client';
// The one mounted TipTap editor: the active segment's target. Every other row is static HTML from
// the same schema. Keystrokes are handled by a keymap extension with a higher priority than the
// schema's own (so Ctrl+Enter confirms instead of inserting a line break, Ctrl+I copies the source).
// During an IME composition nothing re-renders this component or saves, so syllables are never lost.
//
// Overlays (row-overlays.ts): open annotations on the target are AnnotationMarks in the document
// (display only: every save strips them with withoutAnnotationMarks, so saved content never holds
// one), QA issues are decorations (lib/editor/inline-decorations.ts). Both are put on by transactions
// that are not edits (no undo step, no update event, no save), never during a composition, and
// otherwise move with the text as it is edited.
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SegmentDoc } from '@/lib/editor/doc';
import { segmentExtensions } from '@/lib/editor/extensions';
import { historyOf, resetHistory, restoreHistory } from '@/lib/editor/history';
import { InlineDecorations } from '@/lib/editor/inline-decorations';
import { ANNOTATION_META, AnnotationMark, withoutAnnotationMarks } from '@/lib/editor/marks/annotation';
import { countEojeol } from '@/lib/text/paragraphs';
import { ConfirmRefusal } from './confirm-refusal';
import { forEditor, historiesOf, historyKey, syncOverlays } from './editor-sync';
import { useInserters } from './use-inserters';
import { sameDoc } from './doc-utils';
import type { EditorStore } from './editor-store';
import { useOverlayLabels } from './overlay-labels';
import type { RowOverlays } from './row-overlays';
import type { EditorTerm, Suggestion } from './types';
import { useSegmentEntry } from './use-store';

export interface EditorActions {
  /** Confirm (TRANSLATED) and move: to the next row, or to the next unconfirmed one. */
  confirm: (nextUnconfirmed: boolean) => void;
  move: (delta: number) => void;
  openHelp: () => void;
  announce: (message: string) => void;
}

interface Props {
  store: EditorStore;
  /** QA underlines and annotation highlights (drawn in this editor for the target). */
  overlays: RowOverlays;
  id: string;
  /** Glossary terms found in this segment's source, in order; Ctrl+Shift+1…9 inserts their targets. */
  hits: EditorTerm[];
  suggestions: Suggestion[];
  actions: EditorActions;
  /** Lets the side panel insert into this editor. */
  registerInsert: (
    fns: {
      insertTerm: (i: number) => void;
      insertSuggestion: (i: number) => void;
      copySource: () => void;
      insertText: (text: string) => void;
      replaceWord: (word: string, near: number, replacement: string) => boolean;
    } | null,
  ) => void;
}

export function ActiveEditor({ store, overlays, id, hits, suggestions, actions, registerInsert }: Props) {
  const t = useTranslations('editor');
  const labels = useOverlayLabels();
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const entry = useSegmentEntry(store, id)!;
  const live = useRef({ hits, suggestions, actions, entry });
  live.current = { hits, suggestions, actions, entry };
  const [words, setWords] = useState(() => countEojeol(entry.pending?.text ?? entry.server.targetText));

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const fns = useInserters(editorRef, live, t);

  const keys = useMemo(
    () =>
      Extension.create({
        name: 'segmentKeys',
        priority: 1100,
        addKeyboardShortcuts() {
          const map: Record<string, () => boolean> = {
            'Mod-Enter': () => (live.current.actions.confirm(false), true),
            'Mod-Shift-Enter': () => (live.current.actions.confirm(true), true),
            'Mod-ArrowUp': () => (live.current.actions.move(-1), true),
            'Mod-ArrowDown': () => (live.current.actions.move(1), true),
            'Mod-i': () => (fns.copySource(), true),
            'Alt-h': () => (live.current.actions.openHelp(), true),
          };
          for (let i = 1; i <= 3; i += 1) map[`Mod-${i}`] = () => (fns.insertSuggestion(i - 1), true);
          for (let i = 1; i <= 9; i += 1) map[`Mod-Shift-${i}`] = () => (fns.insertTerm(i - 1), true);
          return map;
        },
      }),
    [fns],
  );

  const editor = useEditor({
    extensions: segmentExtensions([keys, AnnotationMark, InlineDecorations]),
    content: forEditor(store.displayed(id)),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    enableInputRules: false,
    enablePasteRules: false,
    editorProps: {
      attributes: {
        class: 'seg-editor',
        lang: 'ko',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('targetEditor', { n: entry.server.position + 1 }),
        'data-testid': 'segment-editor',
      },
    },
    onUpdate: ({ editor: e, transaction }) => {
      if (transaction.getMeta(ANNOTATION_META)) return;
      // Annotation marks are display only: the saved target never holds them.
      store.edit(id, withoutAnnotationMarks(e.getJSON() as SegmentDoc));
      if (!e.view.composing) setWords(countEojeol(e.getText({ blockSeparator: '\n' })));
    },
  });
  editorRef.current = editor;

  // Focus synchronously when mounted (the switch from the previous row runs in flushSync inside the
  // keydown), so characters typed right after Ctrl+Enter land here instead of being lost.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.focus();
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
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
    store.isComposing = () => editor.view.composing;
    const onEnd = () => setWords(countEojeol(editor.getText()));
    editor.view.dom.addEventListener('compositionend', onEnd);
    registerInsert(fns);
    return () => {
      store.isComposing = () => false;
      editor.view.dom.removeEventListener('compositionend', onEnd);
      registerInsert(null);
    };
  }, [editor, store, fns, registerInsert]);

  // A change that did not come from this editor (their save, "take theirs", a replacement): show it,
  // unless the user has unsaved text here or is composing.
  const shown = entry.pending?.target ?? entry.server.target;
  useEffect(() => {
    if (!editor || editor.view.composing) return;
    const safe = forEditor(shown);
    if (!sameDoc(safe, editor.getJSON() as SegmentDoc)) {
      editor.commands.setContent(safe, { emitUpdate: false });
      // Someone else's text (or "take theirs"): undo must never bring back what was there before it.
      const reset = resetHistory(editor.state);
      if (reset) editor.view.dispatch(reset.setMeta('preventUpdate', true));
      setWords(countEojeol(editor.getText()));
      sync();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, shown]);

  // Overlays: now, whenever this segment's overlays or saved state change, and after a composition
  // (never during one). Subscribed outside React: nothing here re-renders the editor.
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
  const syncRef = useRef(sync);
  syncRef.current = sync;
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
  }, [editor, overlays, store, id]);
  useEffect(() => syncRef.current(), [labels]);

  return (
    <div className="active-editor">
      {entry.mergeWith !== null && (
        <p className="merge-ref" lang="ko">
          <span className="muted">{t('theirVersion')}: </span>
          {entry.mergeWith}
        </p>
      )}
      <EditorContent editor={editor} />
      <div className="active-tools">
        <button type="button" className="secondary small" onClick={() => fns.copySource()}>
          {t('copySource')}
        </button>
        <span className="muted" data-testid="live-eojeol">
          {t('eojeolCount', { count: words })}
        </span>
      </div>
      <ConfirmRefusal store={store} overlays={overlays} id={id} />
    </div>
  );
}
