'use client';
// The virtualised list of rows (@tanstack/react-virtual): only the rows near the viewport are in the
// DOM. The positioning wrapper is rendered here and the memoised row inside it, so when the active
// row grows while typing, rows below move without re-rendering.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslations } from 'next-intl';
import { forwardRef, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import type { MentionMatcher } from '@/lib/names/mentions';
import type { EditorStore } from './editor-store';
import type { RowOverlays } from './row-overlays';
import { rowSizer } from './row-size';
import type { RowSelection } from './selection';
import { SegHeader } from './seg-header';
import { SegmentRow } from './segment-row';
import type { EditorTerm } from './types';

export interface SegmentListHandle {
  scrollToIndex: (index: number) => void;
}

interface Props {
  store: EditorStore;
  overlays: RowOverlays;
  ids: string[];
  activeId: string | null;
  matcher: MentionMatcher | null;
  terms: EditorTerm[];
  onActivate: (id: string) => void;
  renderEditor: (id: string) => ReactNode;
  othersOn: Map<string, string>;
  /** Rows ticked for bulk review (reviewers and owners). */
  selection?: RowSelection;
}

export const SegmentList = forwardRef<SegmentListHandle, Props>(function SegmentList(
  { store, overlays, ids, activeId, matcher, terms, onActivate, renderEditor, othersOn, selection },
  ref,
) {
  const t = useTranslations('editor');
  const parentRef = useRef<HTMLDivElement>(null);
  const [sizer] = useState(rowSizer);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => parentRef.current,
    estimateSize: sizer.estimateSize,
    measureElement: sizer.measureElement,
    // Short documents render whole (every row findable in the page); long ones keep ~20 rows around the viewport.
    overscan: ids.length <= 60 ? 60 : 8,
    getItemKey: (i) => ids[i]!,
    // Rows that scroll in are rendered in a task of their own, not inside the scroll event (flushSync):
    // fewer long tasks while scrolling (bench/README.md, #20).
    useFlushSync: false,
  });
  useImperativeHandle(
    ref,
    () => ({
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    }),
    [virtualizer],
  );

  return (
    <div className="seg-list-wrap">
      <SegHeader />
      <div ref={parentRef} className="seg-scroll" data-testid="segment-scroll">
        <div role="list" aria-label={t('segments')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index]!;
            const active = id === activeId;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="seg-pos"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SegmentRow
                  store={store}
                  overlays={overlays}
                  id={id}
                  active={active}
                  matcher={matcher}
                  terms={terms}
                  onActivate={onActivate}
                  editor={active ? renderEditor(id) : undefined}
                  others={othersOn.get(id)}
                  selection={selection}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
