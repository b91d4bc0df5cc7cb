'use client';
// The active segment's review threads: the rejection reason (if the segment went back to the
// translator), then each annotation with its quote, MQM category and severity, comment, replies
// (with @mentions of members), and its status (open / resolved / won't fix, with who and when).
// Only the author edits an annotation's text; any member replies or changes the status. When
// `selection` is set, the annotation form opens on it. User text is rendered as text, never HTML.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TAnnotation } from '@/lib/review/types';
import { AnnotationForm, type AnnotationSelection } from './annotation-form';
import { AnnotationThread } from './annotation-thread';
import { useSegmentAnnotations } from './use-segment-annotations';

export interface AnnotationPanelProps {
  segmentId: string;
  /** The segment's version: the list reloads when it changes (a save may move or detach annotations). */
  version: number;
  currentUserId: string;
  /** A selection to annotate; the form opens while it is set. */
  selection?: AnnotationSelection | null;
  /** Called when the form closes (created or cancelled). */
  onSelectionDone?: () => void;
  /** The annotation picked in the list (the editor highlights it: setActiveAnnotation). */
  activeId?: string | null;
  onActivate?: (id: string | null) => void;
  /** Every load or change, with the current list (the editor puts marks with withAnnotationMarks). */
  onAnnotations?: (annotations: TAnnotation[]) => void;
}

export function AnnotationPanel({
  segmentId,
  version,
  currentUserId,
  selection,
  onSelectionDone,
  activeId,
  onActivate,
  onAnnotations,
}: AnnotationPanelProps) {
  const t = useTranslations('review');
  const { data, error, replace } = useSegmentAnnotations(segmentId, version, onAnnotations);
  const [showClosed, setShowClosed] = useState(true);

  if (error && !data)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!data) return <p className="muted">{t('loading')}</p>;
  const visible = data.annotations.filter((a) => showClosed || a.status === 'open');
  const openCount = data.annotations.filter((a) => a.status === 'open').length;

  return (
    <div className="annotation-panel" data-testid="annotation-panel">
      {data.segment.rejection && (
        <div className="rejection" role="note" data-testid="rejection">
          <strong>{t('rejectedBy', { name: data.segment.rejection.by?.name ?? '—' })}</strong>
          <p>{data.segment.rejection.reason}</p>
        </div>
      )}
      {selection && (
        <AnnotationForm
          members={data.members}
          segmentId={segmentId}
          selection={selection}
          onCreated={(a) => {
            replace(a);
            onActivate?.(a.id);
            onSelectionDone?.();
          }}
          onCancel={() => onSelectionDone?.()}
        />
      )}
      <div className="row small">
        <span className="muted">{t('openCount', { open: openCount, total: data.annotations.length })}</span>
        <label className="muted">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} /> {t('showClosed')}
        </label>
      </div>
      {visible.length === 0 ? (
        <p className="muted">{t('noAnnotations')}</p>
      ) : (
        <ol className="threads">
          {visible.map((a) => (
            <AnnotationThread
              key={a.id}
              a={a}
              members={data.members}
              currentUserId={currentUserId}
              active={activeId === a.id}
              onActivate={onActivate}
              onChange={replace}
            />
          ))}
        </ol>
      )}
      <p className="muted small">{t('shortcutHint')}</p>
    </div>
  );
}
