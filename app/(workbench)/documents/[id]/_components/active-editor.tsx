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
import { Extension, type Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { docToText, emptyDoc, stripUnsafeLinks, textToDoc, type InlineDecoration, type SegmentDoc } from '@/lib/editor/doc';
import { segmentExtensions } from '@/lib/editor/extensions';
import { renderInlineHtml } from '@/lib/editor/render';
import { historyOf, HistoryCache, resetHistory, restoreHistory } from '@/lib/editor/history';
import { currentDecorations, InlineDecorations, sameDecorations, setInlineDecorations } from '@/lib/editor/inline-decorations';
import {
  ANNOTATION_META,
  AnnotationMark,
  annotationSpans,
  putAnnotationMarks,
  withoutAnnotationMarks,
  type AnnotationSpan,
} from '@/lib/editor/marks/annotation';
import { countEojeol } from '@/lib/text/paragraphs';
import { nearestOccurrence } from '@/lib/spell/replace';
import { ConfirmRefusal } from './confirm-refusal';
import { editableCopy, sameDoc } from './doc-utils';
import type { EditorStore } from './editor-store';
import { annotationSpansOf, noteDecorationsOf, qaDecorationsOf, useOverlayLabels, type OverlayLabels } from './overlay-labels';
import type { RowOverlays } from './row-overlays';
import type { EditorTerm, Suggestion } from './types';
import { useSegmentEntry } from './use-store';

/**
 * Brings the editor's annotation marks and QA decorations in line with the segment's overlays, in
 * one transaction that is not an edit. Annotations: one whose quote is at its offsets gets its mark
 * there; one that no longer fits keeps the mark that moved with the edits; one no longer open loses
 * it. QA: replaced only when the issues were computed on the text in the editor (saved version, no
 * unsaved edit); otherwise the underlines that moved with the edits stay until QA runs again.
 */
export function syncOverlays(editor: Editor, store: EditorStore, overlays: RowOverlays, id: string, labels: OverlayLabels): void {
  const entry = store.get(id);
  const type = editor.schema.marks.annotation;
  if (!entry || !type) return;
  const overlay = overlays.get(id);
  // A keystroke's selection change (Shift+Arrow) reaches ProseMirror's state a moment after the DOM
  // has it; read it in first, or dispatching below would put the older selection back.
  (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
  const state = editor.state;
  const doc = state.doc;
  const text = doc.textBetween(0, doc.content.size, '', '\n');
  const tr = state.tr;

  const fitting = annotationSpansOf(overlay, 'target', text, labels);
  const fits = new Set(fitting.map((a) => a.id));
  const open = new Map(overlay.annotations.map((a) => [a.id, a]));
  const kept: AnnotationSpan[] = [];
  for (const span of annotationSpans(editor.getJSON() as SegmentDoc)) {
    const a = open.get(span.id);
    if (!a || fits.has(span.id)) continue;
    kept.push({ ...span, severity: a.severity, title: labels.annotation(a), active: overlay.activeAnnotation === a.id });
  }
  putAnnotationMarks(tr, type, [...fitting, ...kept]);
  const marksChanged = !tr.doc.eq(doc);

  let decorations: InlineDecoration[] | null = null;
  if (entry.pending === null && (!overlay.qa || overlay.qa.version === entry.server.version)) {
    const wanted = [
      ...qaDecorationsOf(overlay, 'target', text, { version: entry.server.version, edited: false }, labels),
      ...noteDecorationsOf(overlay, 'target', text, labels, false),
    ];
    if (!sameDecorations(wanted, currentDecorations(state))) decorations = wanted;
  }
  if (!marksChanged && !decorations) return;
  // Without mark changes, a fresh transaction: the no-op mark steps are dropped.
  const out = marksChanged ? tr : state.tr;
  if (decorations) setInlineDecorations(out, decorations);
  editor.view.dispatch(out.setMeta(ANNOTATION_META, true).setMeta('addToHistory', false).setMeta('preventUpdate', true));
}

/**
 * A stored doc as the editor schema can hold it: unsafe links and marks the schema lacks are dropped
 * (TipTap would otherwise reject the whole doc and show an empty editor, and a save would wipe the target).
 */
function forEditor(doc: SegmentDoc | null | undefined): SegmentDoc {
  return editableCopy(stripUnsafeLinks(doc ?? emptyDoc()));
}

/** Each document's undo histories, per segment (lib/editor/history.ts). */
const histories = new WeakMap<EditorStore, HistoryCache>();
function historiesOf(store: EditorStore): HistoryCache {
  let cache = histories.get(store);
  if (!cache) histories.set(store, (cache = new HistoryCache()));
  return cache;
}
/** What a saved history belongs to: the text as rendered, without display-only marks. */
const historyKey = (editor: Editor) => renderInlineHtml(withoutAnnotationMarks(editor.getJSON() as SegmentDoc));

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

  const fns = useMemo(() => {
    const ed = () => editorRef.current!;
    return {
      copySource: () => {
        ed().chain().setContent(editableCopy(live.current.entry.server.source), { emitUpdate: true }).focus('end').run();
      },
      insertTerm: (i: number) => {
        const term = live.current.hits[i];
        if (term) ed().chain().focus().insertContent({ type: 'text', text: term.target }).run();
      },
      /** A concordance hit's Korean, at the cursor. */
      insertText: (text: string) => {
        if (text) ed().chain().focus().insertContent({ type: 'text', text }).run();
      },
      /** A spelling suggestion: the misspelt word nearest its checked offset, replaced as one undo step. */
      replaceWord: (word: string, near: number, replacement: string) => {
        const at = nearestOccurrence(docToText(ed().getJSON() as SegmentDoc), word, near);
        if (at < 0) return false;
        // Plain-text offset + 1 is the position in the segment's one paragraph (inline-decorations.ts).
        ed()
          .chain()
          .focus()
          .command(({ tr }) => (tr.insertText(replacement, at + 1, at + 1 + word.length), true))
          .run();
        return true;
      },
      insertSuggestion: (i: number) => {
        const s = live.current.suggestions[i];
        if (s)
          ed()
            .chain()
            .setContent(s.doc ?? textToDoc(s.text), { emitUpdate: true })
            .focus('end')
            .run();
        else live.current.actions.announce(t('noSuggestion', { n: i + 1 }));
      },
    };
  }, [t]);

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

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
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
