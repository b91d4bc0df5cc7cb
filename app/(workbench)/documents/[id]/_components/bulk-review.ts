// Bulk review of the selected rows (issue #17): approve goes through POST /documents/:id/approve
// (one call; the server skips and says why), reject (one reason for all) and reopen go segment by
// segment through their own endpoints. Segments a decision cannot apply to are skipped before any
// request, with the same reason codes the server uses, so the UI says why in the user's language.
import type { SkipCode } from '@/lib/review/types';
import type { SegmentDto } from './types';

export type BulkAction = 'approve' | 'reject' | 'reopen';
/** The server's skip codes plus the ones only reject and reopen have. */
export type BulkSkipCode = SkipCode | 'already_rejected' | 'not_approved' | 'failed';

export interface BulkSkip {
  segmentId: string;
  /** 1-based segment number, when known. */
  n: number | null;
  codes: BulkSkipCode[];
  /** Extra detail (the QA check id, or the server's message for 'failed'). */
  detail?: string;
}

/** Why `action` cannot apply to this segment as the editor knows it, or null when it can be sent. */
export function precheck(
  action: Exclude<BulkAction, 'approve'>,
  s: Pick<SegmentDto, 'state' | 'targetText' | 'doNotTranslate'>,
): BulkSkipCode | null {
  if (s.doNotTranslate) return 'do_not_translate';
  if (action === 'reopen') return s.state === 'APPROVED' ? null : 'not_approved';
  if (s.targetText.trim() === '') return 'empty';
  return s.state === 'REJECTED' ? 'already_rejected' : null;
}

/** The skip code of a refused single decision (reject/reopen endpoints). */
export function codeOfStatus(status: number): BulkSkipCode {
  if (status === 409) return 'changed';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'failed';
}

/** The bulk approve answer's skipped list in the editor's terms (one entry per segment, codes deduplicated). */
export function fromApproveSkips(
  skipped: { segmentId: string; position: number | null; reasons: { code: SkipCode; check?: string }[] }[],
): BulkSkip[] {
  return skipped.map((s) => {
    const checks = [...new Set(s.reasons.filter((r) => r.check).map((r) => r.check!))];
    return {
      segmentId: s.segmentId,
      n: s.position === null ? null : s.position + 1,
      codes: [...new Set(s.reasons.map((r) => r.code))],
      ...(checks.length ? { detail: checks.join(', ') } : {}),
    };
  });
}
