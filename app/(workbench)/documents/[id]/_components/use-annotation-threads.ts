'use client';
// The link between the annotation threads in the panel and the highlights in the rows: the
// picked thread (clicked in the text or in the list), the list feeding the rows' highlights, and a
// thread picked in the text brought into view once the list shows it.
import { useCallback, useEffect } from 'react';
import { toHighlight } from '@/lib/editor/overlays';
import type { TAnnotation, TAnnotationHighlight } from '@/lib/review/types';
import { useRowOverlay, type RowOverlays } from './row-overlays';

export function useAnnotationThreads(overlays: RowOverlays, segmentId: string) {
  const activeId = useRowOverlay(overlays, segmentId).activeAnnotation;
  const onActivate = useCallback((id: string | null) => overlays.focusAnnotation(segmentId, id), [overlays, segmentId]);
  const onAnnotations = useCallback(
    (list: TAnnotation[]) => {
      const highlights = list.map(toHighlight).filter((h): h is TAnnotationHighlight => h !== null);
      const stamp = performance.now();
      // The panel may call this inside a state update: notify the rows after it.
      queueMicrotask(() => overlays.setAnnotations(segmentId, highlights, stamp, { local: true }));
    },
    [overlays, segmentId],
  );
  useEffect(() => {
    if (!activeId) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      const el = document.querySelector(`.annotation-panel [data-annotation-id="${CSS.escape(activeId)}"]`);
      if (el) el.scrollIntoView({ block: 'nearest' });
      else if ((tries += 1) < 30) timer = setTimeout(show, 100);
    };
    show();
    return () => clearTimeout(timer);
  }, [activeId]);
  return { activeId, onActivate, onAnnotations };
}
