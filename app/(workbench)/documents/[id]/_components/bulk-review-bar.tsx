'use client';
// Bulk review for reviewers and owners (issue #17): the rows ticked in the list (Shift+click for a
// range, "Select all shown" for the filtered rows) are approved, rejected with one reason, or
// reopened; the ones skipped are listed with why, each a link to the segment.
import { useTranslations } from 'next-intl';
import { BulkSkippedList } from './bulk-skipped-list';
import type { EditorStore } from './editor-store';
import type { RowSelection } from './selection';
import { useBulkReview } from './use-bulk-review';

interface Props {
  store: EditorStore;
  selection: RowSelection;
  documentId: string;
  shown: number;
  onOpen: (id: string) => void;
}

export function BulkReviewBar({ store, selection, documentId, shown, onOpen }: Props) {
  const t = useTranslations('bulkReview');
  const { count, busy, rejecting, setRejecting, reason, setReason, approveRef, result, run } = useBulkReview(store, selection, documentId);

  return (
    <section className="bulk-review" aria-label={t('title')} data-testid="bulk-review">
      <div className="row small">
        <span data-testid="bulk-count">{t('selected', { count })}</span>
        <button type="button" className="secondary small" onClick={() => selection.selectAll()}>
          {t('selectAll', { count: shown })}
        </button>
        {count > 0 && (
          <button type="button" className="secondary small" onClick={() => selection.clear()}>
            {t('clear')}
          </button>
        )}
        <button ref={approveRef} type="button" className="small" disabled={!count || busy} onClick={() => void run('approve')}>
          {t('approve')}
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={!count || busy}
          aria-expanded={rejecting}
          onClick={() => setRejecting((x) => !x)}
        >
          {t('reject')}
        </button>
        <button type="button" className="secondary small" disabled={!count || busy} onClick={() => void run('reopen')}>
          {t('reopen')}
        </button>
      </div>
      {rejecting && (
        <form
          className="row small"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void run('reject');
          }}
        >
          <label>
            {t('reasonLabel')} <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus maxLength={5000} />
          </label>
          <button type="submit" className="danger small" disabled={busy || !reason.trim()}>
            {t('rejectN', { count })}
          </button>
          <button type="button" className="secondary small" onClick={() => setRejecting(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className="small" data-testid="bulk-result">
        {result && t(`done.${result.action}`, { count: result.done, skipped: result.skipped.length })}
      </p>
      {result && result.skipped.length > 0 && <BulkSkippedList skipped={result.skipped} onOpen={onOpen} />}
    </section>
  );
}
