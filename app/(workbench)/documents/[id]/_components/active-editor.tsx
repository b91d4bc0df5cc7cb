'use client';
// The one mounted TipTap editor: the active segment's target. Every other row is static HTML from
// the same schema. Keystrokes are handled by a keymap extension with a higher priority than the
// schema's own (so Ctrl+Enter confirms instead of inserting a line break, Ctrl+I copies the source).
// During an IME composition nothing re-renders this component or saves, so syllables are never lost.
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { emptyDoc, stripUnsafeLinks, textToDoc, type SegmentDoc } from '@/lib/editor/doc';
import { segmentExtensions } from '@/lib/editor/extensions';
import { countEojeol } from '@/lib/text/paragraphs';
import { editableCopy, sameDoc } from './doc-utils';
import type { EditorStore } from './editor-store';
import type { EditorTerm, Suggestion } from './types';
import { useSegmentEntry } from './use-store';

/**
 * A stored doc as the editor schema can hold it: unsafe links and marks the schema lacks are dropped
 * (TipTap would otherwise reject the whole doc and show an empty editor, and a save would wipe the target).
 */
function forEditor(doc: SegmentDoc | null | undefined): SegmentDoc {
  return editableCopy(stripUnsafeLinks(doc ?? emptyDoc()));
}

export interface EditorActions {
  /** Confirm (TRANSLATED) and move: to the next row, or to the next unconfirmed one. */
  confirm: (nextUnconfirmed: boolean) => void;
  move: (delta: number) => void;
  openHelp: () => void;
  announce: (message: string) => void;
}

interface Props {
  store: EditorStore;
  id: string;
  /** Glossary terms found in this segment's source, in order; Ctrl+Shift+1…9 inserts their targets. */
  hits: EditorTerm[];
  suggestions: Suggestion[];
  actions: EditorActions;
  /** Lets the side panel insert into this editor. */
  registerInsert: (fns: { insertTerm: (i: number) => void; insertSuggestion: (i: number) => void; copySource: () => void } | null) => void;
}

export function ActiveEditor({ store, id, hits, suggestions, actions, registerInsert }: Props) {
  const t = useTranslations('editor');
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
      insertSuggestion: (i: number) => {
        const s = live.current.suggestions[i];
        if (s) ed().chain().setContent(s.doc ?? textToDoc(s.text), { emitUpdate: true }).focus('end').run();
        else live.current.actions.announce(t('noSuggestion', { n: i + 1 }));
      },
    };
  }, [t]);

  const keys = useMemo(() => Extension.create({
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
  }), [fns]);

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const editor = useEditor({
    extensions: segmentExtensions([keys]),
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
    onUpdate: ({ editor: e }) => {
      store.edit(id, e.getJSON() as SegmentDoc);
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
      setWords(countEojeol(editor.getText()));
    }
  }, [editor, shown]);

  return (
    <div className="active-editor">
      {entry.mergeWith !== null && (
        <p className="merge-ref" lang="ko"><span className="muted">{t('theirVersion')}: </span>{entry.mergeWith}</p>
      )}
      <EditorContent editor={editor} />
      <div className="active-tools">
        <button type="button" className="secondary small" onClick={() => fns.copySource()}>{t('copySource')}</button>
        <span className="muted" data-testid="live-eojeol">{t('eojeolCount', { count: words })}</span>
      </div>
    </div>
  );
}
