'use client';
// Review in the editor's side panel: annotate a selection (button or Ctrl/⌘+Alt+M) in the source or
// the target of the active segment, the annotation threads, and for reviewers and owners the
// decision bar (approve, approve and stay, reject with a reason) and the diff of what changed.
// The thread list feeds the rows' highlights (row-overlays.ts); a highlight clicked in the text picks
// its thread here (shown, scrolled into view), and a thread picked here is shown stronger in the text.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { toHighlight } from '@/lib/editor/overlays';
import type { TAnnotation, TAnnotationHighlight } from '@/lib/review/types';
import { AnnotationPanel } from '../_review/annotation-panel';
import type { AnnotationSelection } from '../_review/annotation-form';
import { DecisionBar } from '../_review/decision-bar';
import { NotesPanel } from '../_review/notes-panel';
import { ReviewDiff } from '../_review/review-diff';
import { selectionIn, useAnnotateShortcut } from '../_review/selection';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import type { SegmentDto } from './types';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

function currentSelection(segmentId: string): AnnotationSelection | null {
  const row = document.querySelector(`[data-segment-id="${CSS.escape(segmentId)}"]`);
  if (!row) return null;
  const target = row.querySelector<HTMLElement>('.seg-target .ProseMirror') ?? row.querySelector<HTMLElement>('.seg-target');
  const source = row.querySelector<HTMLElement>('.seg-source');
  return selectionIn(target, 'target') ?? selectionIn(source, 'source');
}

export function ReviewSection({
  segment,
  overlays,
  role,
  userId,
  reviewMode,
  onDecided,
}: {
  segment: SegmentDto;
  overlays: RowOverlays;
  role: Role;
  userId: string;
  reviewMode: boolean;
  onDecided: (s: SegmentDto, stay: boolean) => void;
}) {
  const t = useTranslations('editorReview');
  const activeId = useRowOverlay(overlays, segment.id).activeAnnotation;
  const onActivate = useCallback((id: string | null) => overlays.focusAnnotation(segment.id, id), [overlays, segment.id]);
  const onAnnotations = useCallback(
    (list: TAnnotation[]) => {
      const highlights = list.map(toHighlight).filter((h): h is TAnnotationHighlight => h !== null);
      const stamp = performance.now();
      // The panel may call this inside a state update: notify the rows after it.
      queueMicrotask(() => overlays.setAnnotations(segment.id, highlights, stamp, { local: true }));
    },
    [overlays, segment.id],
  );

  // A highlight clicked in the text: bring its thread into view once the list shows it.
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
  const [selection, setSelection] = useState<AnnotationSelection | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const pick = useCallback(() => {
    const sel = currentSelection(segment.id);
    setHint(sel ? null : t('selectFirst'));
    if (sel) setSelection(sel);
  }, [segment.id, t]);
  useAnnotateShortcut(pick);

  return (
    <>
      {role !== 'TRANSLATOR' && (
        <section aria-labelledby="sp-review">
          <h2 id="sp-review">{t('decision')}</h2>
          <DecisionBar
            segmentId={segment.id}
            version={segment.version}
            state={segment.state}
            role={role}
            reviewMode={reviewMode}
            onDecided={(s, { stay }) => onDecided(s as unknown as SegmentDto, stay)}
          />
          <ReviewDiff segmentId={segment.id} version={segment.version} />
        </section>
      )}
      <section aria-labelledby="sp-comments">
        <h2 id="sp-comments">{t('comments')}</h2>
        <button type="button" className="secondary small" onMouseDown={(e) => e.preventDefault()} onClick={pick}>
          {t('annotate')} <kbd>Ctrl+Alt+M</kbd>
        </button>
        {hint && (
          <p className="muted small" role="status">
            {hint}
          </p>
        )}
        <AnnotationPanel
          segmentId={segment.id}
          version={segment.version}
          currentUserId={userId}
          selection={selection}
          onSelectionDone={() => setSelection(null)}
          activeId={activeId}
          onActivate={onActivate}
          onAnnotations={onAnnotations}
        />
      </section>
      <section aria-labelledby="sp-notes">
        <h2 id="sp-notes">{t('readerNotes')}</h2>
        <NotesPanel
          segmentId={segment.id}
          version={segment.version}
          role={role}
          userId={userId}
          overlays={overlays}
          pickSelection={() => currentSelection(segment.id)}
        />
      </section>
    </>
  );
}
