// The active editor's keys, as a keymap extension with a higher priority than the schema's own (so
// Ctrl+Enter confirms instead of inserting a line break, Ctrl+I copies the source).
import { Extension } from '@tiptap/core';
import { useMemo, type RefObject } from 'react';
import type { Inserters } from './editor-inserters';
import type { LiveEditorState } from './use-inserters';

export function useSegmentKeys(live: RefObject<LiveEditorState>, fns: Inserters) {
  return useMemo(
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- live is a ref
    [fns],
  );
}
