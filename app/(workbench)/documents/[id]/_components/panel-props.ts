// The side panel's callbacks into the active editor (through the inserters it registered) and the
// store, built once per render of the shell.
import type { ComponentProps, RefObject } from 'react';
import type { EditorActions } from './active-editor';
import type { Inserters } from './editor-inserters';
import type { EditorStore } from './editor-store';
import type { SidePanel } from './side-panel';

export type PanelProps = Omit<ComponentProps<typeof SidePanel>, 'store' | 'overlays' | 'activeId'>;

export function panelProps(
  store: EditorStore,
  inserters: RefObject<Inserters | null>,
  actions: EditorActions,
  rest: Pick<PanelProps, 'hits' | 'suggestions' | 'onConcordance' | 'role' | 'userId' | 'reviewMode' | 'onTermPicked'>,
): PanelProps {
  return {
    ...rest,
    onInsertTerm: (i) => inserters.current?.insertTerm(i),
    onInsertSuggestion: (i) => inserters.current?.insertSuggestion(i),
    onReplaceWord: (word, near, replacement) => inserters.current?.replaceWord(word, near, replacement) ?? false,
    onServerSegment: (seg) => store.applyRemote(seg),
    onDecided: (seg, stay) => {
      store.applyRemote(seg);
      if (!stay) actions.move(1);
    },
  };
}
