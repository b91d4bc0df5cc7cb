import 'server-only';
// Saves a segment's target with optimistic concurrency: the write names the version it was based
// on; if someone saved in between, nothing is written and the caller gets 409 with the current
// segment to merge against. Every accepted save is a SegmentRevision, in the same transaction.
import { docToText, textToDoc, type SegmentDoc } from '../../editor/doc';
import { canSetState, impliedState, type SegmentState } from '../../workflow/segment-states';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import { AppError } from '../errors';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireSegment } from '../projects/access';
import { reanchorAnnotations } from '../review/reanchor-annotations';
import { assertReviewerMayEdit } from '../review/reviewer-edits';
import { blockingQaIssues, overrideReason } from '../qa/gate';
import { recordApproved } from '../tm/record-approved';

export type TSavedSegment = TSegment & { qaBlocked?: { issues: Awaited<ReturnType<typeof blockingQaIssues>> } };

export async function updateSegment(actor: Actor, segmentId: string, input: TUpdateSegmentRequest): Promise<TSavedSegment> {
  const { segment, role, projectId } = await requireSegment(actor, segmentId, 'segment.write');
  if (segment.doNotTranslate) throw new AppError('conflict', 'This segment is marked "do not translate"; unmark it before translating.');

  const doc: SegmentDoc | null = input.target === null ? null : typeof input.target === 'string' ? textToDoc(input.target) : input.target;
  const targetText = doc ? docToText(doc) : '';
  if (targetText !== segment.targetText) await assertReviewerMayEdit(role, projectId);
  let state: SegmentState = input.state ?? impliedState(segment.state, targetText);
  if (state !== segment.state || input.state) {
    if (!canSetState(role, segment.state, state)) {
      throw new AppError('forbidden', segment.state === 'APPROVED'
        ? 'This segment is approved and read-only for translators until a reviewer or owner reopens it.'
        : `Your role (${role.toLowerCase()}) may not set a segment to ${state}.`);
    }
  } else if (segment.state === 'APPROVED' && role === 'TRANSLATOR') {
    throw new AppError('forbidden', 'This segment is approved and read-only for translators until a reviewer or owner reopens it.');
  }
  if ((state === 'TRANSLATED' || state === 'APPROVED') && targetText.trim() === '') {
    throw new AppError('validation_failed', 'An empty target cannot be confirmed.', { fields: [{ path: 'target', message: 'empty' }] });
  }

  // QA errors block a confirmation or approval unless overridden with a reason. The text is still
  // saved (nothing typed is lost); only the state change is held back, and the answer says why.
  let reason: string | null = null;
  let qaBlocked: TSavedSegment['qaBlocked'];
  if ((state === 'TRANSLATED' || state === 'APPROVED') && state !== segment.state) {
    const issues = await blockingQaIssues(segment, projectId, { doc, text: targetText, state });
    if (issues.length && input.qaOverrideReason) reason = overrideReason(input.qaOverrideReason, issues);
    else if (issues.length) {
      qaBlocked = { issues };
      state = segment.state === 'EMPTY' ? 'DRAFT' : segment.state;
    }
  }

  const targetJson = doc ? JSON.stringify(doc) : null;
  const newVersion = input.version + 1;
  const saved = await db.$transaction(async (tx) => {
    // One UPDATE … RETURNING, conditional on the version the editor started from.
    const row = await tx.segment
      .update({
        where: { id: segmentId, version: input.version },
        data: { target: targetJson, targetText, state, origin: 'HUMAN', matchScore: null, version: newVersion, updatedById: actor.id },
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === 'P2025') return null; // someone saved in between
        throw e;
      });
    if (!row) return null;
    await tx.segmentRevision.create({
      data: {
        segmentId, version: newVersion, target: targetJson, targetText, state, origin: 'HUMAN',
        action: state === 'TRANSLATED' && segment.state !== 'TRANSLATED' ? 'confirm' : 'save', userId: actor.id, reason,
      },
    });
    if (state === 'APPROVED') await recordApproved(tx, segmentId, actor.id);
    // Annotations stay on their words (or become detached) when the target text changes.
    await reanchorAnnotations(tx, segmentId, segment.targetText, targetText);
    return row;
  });

  if (!saved) {
    const current = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
    throw new AppError(
      'conflict',
      `Someone saved this segment after you loaded it (you had version ${input.version}, it is now ${current.version}). Nothing was overwritten; merge with the current text and save again.`,
      { current: presentSegment(current) },
    );
  }
  const presented = presentSegment(saved);
  publish(documentChannel(presented.documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  return qaBlocked ? { ...presented, qaBlocked } : presented;
}
