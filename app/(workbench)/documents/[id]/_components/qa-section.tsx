'use client';
// QA issues of the active segment, in the UI language. A false alarm can be ignored (recorded); when
// errors held back a confirmation, the translator can confirm anyway with a reason (recorded).
// Each answer also goes to the rows' overlays, so the underlines in the row follow at once.
// State and calls: use-segment-qa.ts.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { OverrideDialog } from './override-dialog';
import { SpellingActions } from './spelling-actions';
import type { RowOverlays } from './row-overlays';
import type { SegmentDto } from './types';
import { useSegmentQa } from './use-segment-qa';

export function QaSection({
  segment,
  role,
  onSaved,
  overlays,
  onReplaceWord,
}: {
  segment: SegmentDto;
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  onSaved: (s: SegmentDto) => void;
  overlays?: RowOverlays;
  onReplaceWord?: (word: string, near: number, replacement: string) => boolean;
}) {
  const t = useTranslations('editorQa');
  const { qa, error, load, ignore, confirmAnyway, approveAnyway } = useSegmentQa(segment, onSaved, overlays);
  // "Confirm anyway" / "Approve anyway": the reason is asked in an in-app dialog (override-dialog.tsx).
  const [asking, setAsking] = useState<'confirm' | 'approve' | null>(null);

  if (!qa) return <p className="muted">{t('checking')}</p>;
  const errors = qa.issues.filter((i) => i.severity === 'error');
  const canOverride = errors.length > 0 && segment.targetText.trim() !== '' && (segment.state === 'DRAFT' || segment.state === 'REJECTED');
  return (
    <div data-testid="qa-section">
      {qa.issues.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="qa-list">
          {qa.issues.map((i) => (
            <li key={i.key} className={`qa-${i.severity}`}>
              <span className={`badge qa-${i.severity}`}>{t(i.severity)}</span> {i.message}{' '}
              <button type="button" className="secondary small" onClick={() => ignore(i, true)}>
                {t('ignore')}
              </button>
              {i.check === 'spelling' && (
                <SpellingActions
                  issue={i}
                  documentId={segment.documentId}
                  role={role}
                  onAdded={() => void load()}
                  onReplace={onReplaceWord}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {qa.ignored.length > 0 && (
        <details>
          <summary className="muted">{t('ignored', { n: qa.ignored.length })}</summary>
          <ul className="qa-list">
            {qa.ignored.map((i) => (
              <li key={i.key} className="muted">
                {i.message}{' '}
                <button type="button" className="secondary small" onClick={() => ignore(i, false)}>
                  {t('unignore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {canOverride && (
        <button type="button" className="danger small" onClick={() => setAsking('confirm')}>
          {t('confirmAnyway')}
        </button>
      )}
      {errors.length > 0 && role !== 'TRANSLATOR' && segment.state === 'TRANSLATED' && (
        <button type="button" className="danger small" onClick={() => setAsking('approve')}>
          {t('approveAnyway')}
        </button>
      )}
      <OverrideDialog
        open={asking !== null}
        what={asking ?? 'confirm'}
        n={segment.position + 1}
        onSubmit={(reason) => (asking === 'approve' ? approveAnyway(reason) : confirmAnyway(reason))}
        onClose={() => setAsking(null)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
