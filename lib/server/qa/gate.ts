import 'server-only';
// QA errors block confirming and approving unless the user overrides them with a reason, which is
// recorded in the revision. Warnings never block. The check runs on the text being confirmed.
import { countMarks, parseDoc, type SegmentDoc } from '../../editor/doc';
import { runChecks, type QaIssue, type QaLocale } from '../../qa';
import type { SegmentState } from '../../workflow/segment-states';
import { AppError } from '../errors';
import { parseIgnored, qaContext } from './run-qa';

export interface QaGateSegment {
  id: string;
  source: string;
  sourceText: string;
  qaIgnored: string;
}

export async function blockingQaIssues(
  segment: QaGateSegment,
  projectId: string,
  target: { doc: SegmentDoc | null; text: string; state: SegmentState },
  locale: QaLocale = 'en',
): Promise<QaIssue[]> {
  const ctx = await qaContext(projectId, locale);
  const issues = runChecks(
    {
      id: segment.id,
      sourceText: segment.sourceText,
      targetText: target.text,
      state: target.state,
      sourceMarks: countMarks(parseDoc(segment.source)),
      targetMarks: countMarks(target.doc),
    },
    ctx,
  );
  const ignored = new Set(parseIgnored(segment.qaIgnored).map((i) => i.key));
  return issues.filter((i) => i.severity === 'error' && !ignored.has(i.key));
}

/** The revision reason that records an override. */
export function overrideReason(reason: string, issues: QaIssue[]): string {
  return JSON.stringify({ qaOverride: reason, issues: issues.map((i) => ({ check: i.check, key: i.key, message: i.message })) });
}

export function qaBlockedError(what: 'confirm' | 'approve', issues: QaIssue[]): AppError {
  return new AppError(
    'qa_blocked',
    `QA found ${issues.length} error(s) that block ${what === 'confirm' ? 'confirming' : 'approving'} this segment: ${issues.map((i) => i.message).join(' ')} Fix them, ignore a false alarm, or override with a reason.`,
    { issues },
  ).because(what === 'confirm' ? 'qa_blocks_confirm' : 'qa_blocks_approve', { count: issues.length });
}
