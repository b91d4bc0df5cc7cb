'use client';
// BulkReviewBar's state and requests: the selected rows are approved in one call, or rejected (with
// one reason) / reopened one by one after a precheck; refusals become skips, not throws. The
// palette's "approve filtered" selects every row shown and focuses Approve.
import { useRef, useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import { usePaletteCommand } from '@/app/_components/shell/use-palette-command';
import { codeOfStatus, fromApproveSkips, precheck, type BulkAction, type BulkSkip } from './bulk-review';
import type { EditorStore } from './editor-store';
import { useSelectionRevision, type RowSelection } from './selection';
import type { SegmentDto } from './types';

export interface BulkResult {
  action: BulkAction;
  done: number;
  skipped: BulkSkip[];
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

export function useBulkReview(store: EditorStore, selection: RowSelection, documentId: string) {
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
  const [result, setResult] = useState<BulkResult | null>(null);

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

  return { count, busy, rejecting, setRejecting, reason, setReason, approveRef, result, run };
}
