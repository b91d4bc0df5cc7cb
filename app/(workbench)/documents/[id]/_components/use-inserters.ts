// What the side panel, the concordance and the keys insert into the active editor: the source
// copied, a glossary term or a concordance hit at the cursor, a suggestion in place of the text,
// a misspelt word replaced (one undo step each).
import type { Editor } from '@tiptap/core';
import { useMemo, type RefObject } from 'react';
import { docToText, textToDoc, type SegmentDoc } from '@/lib/editor/doc';
import { nearestOccurrence } from '@/lib/spell/replace';
import type { EditorActions } from './active-editor';
import { editableCopy } from './doc-utils';
import type { Inserters } from './editor-inserters';
import type { SegmentEntry } from './editor-store';
import type { EditorTerm, Suggestion } from './types';

export interface LiveEditorState {
  hits: EditorTerm[];
  suggestions: Suggestion[];
  actions: EditorActions;
  entry: SegmentEntry;
}

export function useInserters(
  editorRef: RefObject<Editor | null>,
  live: RefObject<LiveEditorState>,
  t: (key: 'noSuggestion', values: { n: number }) => string,
): Inserters {
  return useMemo(() => {
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
  }, [t, editorRef, live]);
}
