'use client';
// Bulk review for reviewers and owners (issue #17): the rows ticked in the list (Shift+click for a
// range, "Select all shown" for the filtered rows) are approved, rejected with one reason, or
// reopened; the ones skipped are listed with why, each a link to the segment.
import { useTranslations } from 'next-intl';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import { useRef, useState } from 'react';
import { usePaletteCommand } from '@/app/_components/shell/use-palette-command';
import { codeOfStatus, fromApproveSkips, precheck, type BulkAction, type BulkSkip } from './bulk-review';
import type { EditorStore } from './editor-store';
import { useSelectionRevision, type RowSelection } from './selection';
import type { SegmentDto } from './types';

interface Props {
  store: EditorStore;
  selection: RowSelection;
  documentId: string;
  shown: number;
  onOpen: (id: string) => void;
}

/** A review call's answer, or its refusal (status and error): a refusal becomes a skip, not a throw. */
async function settle<T>(p: Promise<T>): Promise<{ ok: true; body: T } | { ok: false; status: number; error: ApiError }> {
  try {
    return { ok: true, body: await p };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, status: e.status, error: e };
    throw e;
  }
}

export function BulkReviewBar({ store, selection, documentId, shown, onOpen }: Props) {
  const t = useTranslations('bulkReview');
  const errorText = useErrorText();
  useSelectionRevision(selection);
  const count = selection.size;
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  // The palette's "approve filtered": every row shown is selected and Approve takes the focus; the
  // reviewer confirms with Enter (nothing is approved without a keypress on the button).
  const approveRef = useRef<HTMLButtonElement>(null);
  usePaletteCommand(documentId, 'approve-filtered', () => {
    selection.selectAll();
    setTimeout(() => approveRef.current?.focus(), 50);
  });
  const [result, setResult] = useState<{ action: BulkAction; done: number; skipped: BulkSkip[] } | null>(null);

  async function run(action: BulkAction) {
    const ids = selection.selected();
    if (!ids.length || busy) return;
    setBusy(true);
    const done: SegmentDto[] = [];
    let skipped: BulkSkip[] = [];
    const n = (id: string) => (store.get(id) ? store.get(id)!.server.position + 1 : null);
    if (action === 'approve') {
      const r = await settle(call('approveDocumentSegments', { params: { id: documentId }, body: { segmentIds: ids } }));
      if (r.ok) {
        done.push(...(r.body.approved as SegmentDto[]));
        skipped = fromApproveSkips(r.body.skipped);
      } else
        skipped = ids.map((id) => ({
          segmentId: id,
          n: n(id),
          codes: [codeOfStatus(r.status)],
          detail: errorText(r.error),
        }));
    } else {
      for (const id of ids) {
        const entry = store.get(id);
        if (!entry) continue;
        const why = precheck(action, entry.server);
        if (why) {
          skipped.push({ segmentId: id, n: n(id), codes: [why] });
          continue;
        }
        const { version } = entry.server;
        const r = await settle(
          action === 'reject'
            ? call('rejectSegment', { params: { id }, body: { reason: reason.trim(), version } })
            : call('reopenSegment', { params: { id }, body: { version } }),
        );
        if (r.ok) done.push(r.body as SegmentDto);
        else
          skipped.push({
            segmentId: id,
            n: n(id),
            codes: [codeOfStatus(r.status)],
            ...(codeOfStatus(r.status) === 'failed' ? { detail: errorText(r.error) } : {}),
          });
      }
    }
    for (const s of done) store.applyRemote(s);
    selection.remove(done.map((s) => s.id));
    setResult({ action, done: done.length, skipped });
    setBusy(false);
    setRejecting(false);
    setReason('');
  }

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
      {result && result.skipped.length > 0 && (
        <details open className="small">
          <summary>{t('skippedTitle', { count: result.skipped.length })}</summary>
          <ul data-testid="bulk-skipped">
            {result.skipped.map((s) => (
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
      )}
    </section>
  );
}
