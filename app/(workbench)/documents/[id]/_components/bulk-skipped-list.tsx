'use client';
// The rows a bulk review skipped, each with why; a known row is a link to its segment.
import { useTranslations } from 'next-intl';
import type { BulkSkip } from './bulk-review';

export function BulkSkippedList({ skipped, onOpen }: { skipped: BulkSkip[]; onOpen: (id: string) => void }) {
  const t = useTranslations('bulkReview');
  return (
    <details open className="small">
      <summary>{t('skippedTitle', { count: skipped.length })}</summary>
      <ul data-testid="bulk-skipped">
        {skipped.map((s) => (
          <li key={s.segmentId}>
            {s.n !== null ? (
              <button type="button" className="link-button" onClick={() => onOpen(s.segmentId)}>
                {t('segment', { n: s.n })}
              </button>
            ) : (
              <span>{t('unknownSegment')}</span>
            )}
            {': '}
            {s.codes.map((c) => t(`reason.${c}`)).join(' · ')}
            {s.detail ? ` (${s.detail})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
