import 'server-only';
// Review decisions on one segment: approve, reject (with a reason), reopen. Each is a
// SegmentRevision (action approve | reject | reopen, reason, userId) and bumps Segment.version in
// one transaction; a stale `version` in the request gets 409 with the current segment. Approving
// feeds the translation memory, a rejection removes the unit, a reopening keeps it as confirmed
// (lib/server/tm/record-unit.ts), in the same transaction.
import type { SegmentState } from '../../workflow/segment-states';
import type { TDecisionRequest, TRejectRequest, TReopenRequest } from '../api/review.types';
import type { Actor } from '../auth/authenticate';
import { db, type Prisma } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import { AppError } from '../errors';
import { presentSegment, type SegmentRow, type TSegment } from '../presenters/segment';
import { requireSegment } from '../projects/access';
import { assertSegmentChange, ruleSettings } from '../segments/segment-rule';
import { parseDoc } from '../../editor/doc';
import { blockingQaIssues, overrideReason, qaBlockedError } from '../qa/gate';
import { demoteSegmentUnit, recordSegmentUnit, removeSegmentUnit } from '../tm/record-unit';
import { notifyRejection } from '../notifications/notify';
import { rejectionsFor } from './rejections';

export type Decision = 'approve' | 'reject' | 'reopen';
export type TDecidedSegment = TSegment & {
  rejection: { reason: string; by: { id: string; name: string } | null; at: string; version: number } | null;
};

function conflict(expected: number, current: SegmentRow) {
  return new AppError(
    'conflict',
    `This segment changed after you loaded it (you had version ${expected}, it is now ${current.version}). Look at the current text and decide again.`,
    { current: presentSegment(current) },
  ).because('segment_changed');
}

/** Checks that a decision may be taken on a segment in its current state; throws a clear 409 otherwise. */
export function assertDecidable(decision: Decision, s: { state: SegmentState; targetText: string; doNotTranslate: boolean }) {
  if (s.doNotTranslate)
    throw new AppError('conflict', 'This segment is marked "do not translate"; there is nothing to review.').because(
      'review_do_not_translate',
    );
  if (decision === 'reopen') {
    if (s.state !== 'APPROVED')
      throw new AppError('conflict', `Only an approved segment can be reopened; this one is ${s.state.toLowerCase()}.`).because(
        'reopen_only_approved',
        { state: s.state },
      );
    return;
  }
  if (s.targetText.trim() === '')
    throw new AppError(
      'conflict',
      `An empty segment cannot be ${decision === 'approve' ? 'approved' : 'rejected'}; it needs a translation first.`,
    ).because('review_empty');
  if (decision === 'approve' && s.state === 'APPROVED')
    throw new AppError('conflict', 'This segment is already approved.').because('already_approved');
  if (decision === 'reject' && s.state === 'REJECTED')
    throw new AppError('conflict', 'This segment is already rejected.').because('already_rejected');
}

const NEXT_STATE: Record<Decision, SegmentState> = { approve: 'APPROVED', reject: 'REJECTED', reopen: 'TRANSLATED' };

/**
 * Writes one decision inside a transaction: conditional update on the version, the revision, and the
 * TM hook for approvals. Returns null when the version moved (someone saved in between).
 */
export async function writeDecision(
  tx: Prisma.TransactionClient,
  segment: SegmentRow,
  decision: Decision,
  actorId: string,
  reason: string | null,
) {
  const state = NEXT_STATE[decision];
  const version = segment.version + 1;
  const { count } = await tx.segment.updateMany({
    where: { id: segment.id, version: segment.version },
    data: { state, version, updatedById: actorId },
  });
  if (count === 0) return null;
  await tx.segmentRevision.create({
    data: {
      segmentId: segment.id,
      version,
      target: segment.target,
      targetText: segment.targetText,
      state,
      origin: segment.origin,
      action: decision,
      reason,
      userId: actorId,
    },
  });
  if (decision === 'approve') await recordSegmentUnit(tx, segment.id, actorId);
  else if (decision === 'reject') await removeSegmentUnit(tx, segment.id);
  else await demoteSegmentUnit(tx, segment.id);
  return tx.segment.findUniqueOrThrow({ where: { id: segment.id } });
}

async function decide(
  actor: Actor,
  segmentId: string,
  decision: Decision,
  input: { version?: number; reason?: string; qaOverrideReason?: string },
): Promise<TDecidedSegment> {
  const { segment, projectId, role } = await requireSegment(actor, segmentId, 'segment.review');
  assertSegmentChange(role, segment.state, await ruleSettings(projectId), { action: decision });
  if (input.version !== undefined && input.version !== segment.version) throw conflict(input.version, segment);
  assertDecidable(decision, segment);
  let reason = input.reason?.trim() ? input.reason.trim() : null;
  if (decision === 'approve') {
    // QA errors block approval unless the reviewer overrides them with a reason (recorded).
    const issues = await blockingQaIssues(segment, projectId, {
      doc: parseDoc(segment.target),
      text: segment.targetText,
      state: 'APPROVED',
    });
    if (issues.length && !input.qaOverrideReason) throw qaBlockedError('approve', issues);
    if (issues.length) reason = overrideReason(input.qaOverrideReason!, issues);
  }
  const saved = await db.$transaction(async (tx) => {
    const written = await writeDecision(tx, segment, decision, actor.id, reason);
    // The translator hears of a rejection in the same transaction (lib/server/notifications/notify.ts).
    if (written && decision === 'reject')
      await notifyRejection(tx, { projectId, documentId: segment.documentId, segmentId }, actor.id, reason ?? '');
    return written;
  });
  if (!saved) throw conflict(segment.version, await db.segment.findUniqueOrThrow({ where: { id: segmentId } }));
  const presented = presentSegment(saved);
  publish(documentChannel(presented.documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  const rejection = (await rejectionsFor([saved])).get(segmentId) ?? null;
  return { ...presented, rejection };
}

export function approveSegment(actor: Actor, segmentId: string, input: TDecisionRequest) {
  return decide(actor, segmentId, 'approve', input);
}

export function rejectSegment(actor: Actor, segmentId: string, input: TRejectRequest) {
  return decide(actor, segmentId, 'reject', input);
}

export function reopenSegment(actor: Actor, segmentId: string, input: TReopenRequest) {
  return decide(actor, segmentId, 'reopen', input);
}
