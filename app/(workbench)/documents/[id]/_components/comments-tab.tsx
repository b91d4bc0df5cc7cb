'use client';
// The side panel's comments: annotate a selection (button or Ctrl/⌘+Alt+M) in the source or the
// target of the active segment, the annotation threads, and the notes for readers (listed apart).
// `onWanted` brings this tab forward when the shortcut opens the form.
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { AnnotationSelection } from '../_review/annotation-form';
import { AnnotationPanel } from '../_review/annotation-panel';
import { NotesPanel } from '../_review/notes-panel';
import { selectionIn, useAnnotateShortcut } from '../_review/selection';
import type { RowOverlays } from './row-overlays';
import type { SegmentDto } from './types';
import { useAnnotationThreads } from './use-annotation-threads';

function currentSelection(segmentId: string): AnnotationSelection | null {
  const row = document.querySelector(`[data-segment-id="${CSS.escape(segmentId)}"]`);
  if (!row) return null;
  const target = row.querySelector<HTMLElement>('.seg-target .ProseMirror') ?? row.querySelector<HTMLElement>('.seg-target');
  const source = row.querySelector<HTMLElement>('.seg-source');
  return selectionIn(target, 'target') ?? selectionIn(source, 'source');
}

export function CommentsTab(props: {
  segment: SegmentDto;
  overlays: RowOverlays;
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  userId: string;
  onWanted: () => void;
}) {
  const { segment, overlays, onWanted } = props;
  const t = useTranslations('editorReview');
  const threads = useAnnotationThreads(overlays, segment.id);
  const [selection, setSelection] = useState<AnnotationSelection | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const pick = useCallback(() => {
    const sel = currentSelection(segment.id);
    setHint(sel ? null : t('selectFirst'));
    if (sel) setSelection(sel);
    onWanted();
  }, [segment.id, t, onWanted]);
  useAnnotateShortcut(pick);
  return (
    <>
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
          currentUserId={props.userId}
          selection={selection}
          onSelectionDone={() => setSelection(null)}
          activeId={threads.activeId}
          onActivate={threads.onActivate}
          onAnnotations={threads.onAnnotations}
        />
      </section>
      <section aria-labelledby="sp-notes">
        <h2 id="sp-notes">{t('readerNotes')}</h2>
        <NotesPanel
          segmentId={segment.id}
          version={segment.version}
          role={props.role}
          userId={props.userId}
          overlays={overlays}
          pickSelection={() => currentSelection(segment.id)}
        />
      </section>
    </>
  );
}
