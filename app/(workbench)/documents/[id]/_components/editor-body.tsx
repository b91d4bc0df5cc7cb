'use client';
// The editor's body: the rows (the text columns take the width) and, beside them, the active
// segment's side panel — collapsible, and kept mounted when hidden so review mode's shortcuts work.
import type { ReactNode, RefObject } from 'react';
import type { MentionMatcher } from '@/lib/names/mentions';
import type { EditorStore } from './editor-store';
import type { Filters } from './filters';
import type { PanelProps } from './panel-props';
import type { RowOverlays } from './row-overlays';
import { SearchHighlightProvider } from './search-highlight';
import { SegmentList, type SegmentListHandle } from './segment-list';
import type { RowSelection } from './selection';
import { SidePanel } from './side-panel';
import { SIDE_PANEL_ID } from './side-panel-toggle';
import type { EditorTerm } from './types';

export function EditorBody({
  listRef,
  ...p
}: {
  store: EditorStore;
  overlays: RowOverlays;
  listRef: RefObject<SegmentListHandle | null>;
  ids: string[];
  activeId: string | null;
  filters: Filters;
  matcher: MentionMatcher | null;
  terms: EditorTerm[];
  onActivate: (id: string) => void;
  renderEditor: (id: string) => ReactNode;
  othersOn: Map<string, string>;
  selection?: RowSelection;
  panelOpen: boolean;
  /** The side panel's own props, but for the store, the overlays and the active segment. */
  panel: PanelProps;
}) {
  return (
    <div className={`editor-body${p.panelOpen ? '' : ' panel-closed'}`}>
      <SearchHighlightProvider filters={p.filters}>
        <SegmentList
          ref={listRef}
          store={p.store}
          overlays={p.overlays}
          ids={p.ids}
          activeId={p.activeId}
          matcher={p.matcher}
          terms={p.terms}
          onActivate={p.onActivate}
          renderEditor={p.renderEditor}
          othersOn={p.othersOn}
          selection={p.selection}
        />
      </SearchHighlightProvider>
      {p.activeId && (
        <div className="side-panel-wrap" id={SIDE_PANEL_ID} hidden={!p.panelOpen}>
          <SidePanel store={p.store} overlays={p.overlays} activeId={p.activeId} {...p.panel} />
        </div>
      )}
    </div>
  );
}
