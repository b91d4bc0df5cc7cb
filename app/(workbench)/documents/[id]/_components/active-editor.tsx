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
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useInsertionEffect, useRef, useState } from 'react';
import { pageNonce } from '@/app/_components/style-nonce';
import type { SegmentDoc } from '@/lib/editor/doc';
import { segmentExtensions } from '@/lib/editor/extensions';
import { InlineDecorations } from '@/lib/editor/inline-decorations';
import { ANNOTATION_META, AnnotationMark, withoutAnnotationMarks } from '@/lib/editor/marks/annotation';
import { countEojeol } from '@/lib/text/paragraphs';
import { ConfirmRefusal } from './confirm-refusal';
import type { Inserters } from './editor-inserters';
import type { EditorStore } from './editor-store';
import { forEditor } from './editor-sync';
import { useOverlayLabels } from './overlay-labels';
import type { RowOverlays } from './row-overlays';
import type { EditorTerm, Suggestion } from './types';
import { useEditorLifecycle } from './use-editor-lifecycle';
import { useEditorOverlays } from './use-editor-overlays';
import { useInserters } from './use-inserters';
import { useSegmentKeys } from './use-segment-keys';
import { useSegmentEntry } from './use-store';
import { useLatest } from './use-latest';

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
  registerInsert: (fns: Inserters | null) => void;
}

export function ActiveEditor({ store, overlays, id, hits, suggestions, actions, registerInsert }: Props) {
  const t = useTranslations('editor');
  const labels = useOverlayLabels();
  const entry = useSegmentEntry(store, id)!;
  const live = useLatest({ hits, suggestions, actions, entry });
  const [words, setWords] = useState(() => countEojeol(entry.pending?.text ?? entry.server.targetText));

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const fns = useInserters(editorRef, live, t);

  const keys = useSegmentKeys(live, fns);

  const editor = useEditor({
    extensions: segmentExtensions([keys, AnnotationMark, InlineDecorations]),
    content: forEditor(store.displayed(id)),
    immediatelyRender: true,
    injectNonce: pageNonce(), // its base styles are a <style> element: the CSP wants the nonce
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
  useInsertionEffect(() => {
    editorRef.current = editor; // as useLatest does (use-latest.ts): never written during render
  });

  useEditorLifecycle(editor, store, id, fns, registerInsert, setWords);
  useEditorOverlays(editor, editorRef, store, overlays, id, entry.pending?.target ?? entry.server.target, labels, setWords);

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
