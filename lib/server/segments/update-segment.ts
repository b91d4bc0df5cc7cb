import 'server-only';
// Saves a segment's target with optimistic concurrency: the write names the version it was based
// on; if someone saved in between, nothing is written and the caller gets 409 with the current
// segment to merge against. Every accepted save is a SegmentRevision, in the same transaction.
import { nextSentenceLinks } from '../../align/segment-links';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import type { TSegment } from '../presenters/segment';
import { requireSegment } from '../projects/access';
import { reanchorAnnotations } from '../review/reanchor-annotations';
import { blockingQaIssues, overrideReason } from '../qa/gate';
import { recordSegmentUnit } from '../tm/record-unit';
import { announceSaved, conflictError, needsQaGate, planSave, revisionAction } from './save-plan';
import { fastSave } from './fast-save';
import { pgFastSave } from './pg-fast-save';
import { ruleSettings } from './segment-rule';

export type TSavedSegment = TSegment & { qaBlocked?: { issues: Awaited<ReturnType<typeof blockingQaIssues>> } };
export async function updateSegment(actor: Actor, segmentId: string, input: TUpdateSegmentRequest): Promise<TSavedSegment> {
  // Plain saves take a fast path (SQLite: one synchronous transaction; PostgreSQL: one statement,
  // pg-fast-save.ts); anything they do not handle comes back here.
  const fast = fastSave(actor, segmentId, input) ?? (await pgFastSave(actor, segmentId, input));
  if (fast) return fast;

  const { segment, role, projectId } = await requireSegment(actor, segmentId, 'segment.write');
  const plan = planSave(segment, role, await ruleSettings(projectId), input);
  const { doc, targetJson, targetText } = plan;
  let state = plan.state;

  // QA errors block a confirmation or approval unless overridden with a reason. The text is still
  // saved (nothing typed is lost); only the state change is held back, and the answer says why.
  let reason: string | null = null;
  let qaBlocked: TSavedSegment['qaBlocked'];
  if (needsQaGate(segment.state, state)) {
    const issues = await blockingQaIssues(segment, projectId, { doc, text: targetText, state });
    if (issues.length && input.qaOverrideReason) reason = overrideReason(input.qaOverrideReason, issues);
    else if (issues.length) {
      qaBlocked = { issues };
      state = segment.state === 'EMPTY' ? 'DRAFT' : segment.state;
    }
  }

  const newVersion = input.version + 1;
  const saved = await db.$transaction(async (tx) => {
    // One UPDATE … RETURNING, conditional on the version the editor started from.
    const row = await tx.segment
      .update({
        where: { id: segmentId, version: input.version },
        data: {
          target: targetJson,
          targetText,
          state,
          origin: 'HUMAN',
          matchScore: null,
          version: newVersion,
          updatedById: actor.id,
          // Sentence links are computed on confirmation and dropped when a draft's text changes (fast-save.ts: same rule).
          sentenceLinks: nextSentenceLinks(segment.sentenceLinks, {
            sourceText: segment.sourceText,
            oldTargetText: segment.targetText,
            targetText,
            oldState: segment.state,
            state,
          }),
        },
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === 'P2025') return null; // someone saved in between
        throw e;
      });
    if (!row) return null;
    await tx.segmentRevision.create({
      data: {
        segmentId,
        version: newVersion,
        target: targetJson,
        targetText,
        state,
        origin: 'HUMAN',
        action: revisionAction(segment.state, state),
        userId: actor.id,
        reason,
      },
    });
    // The memory learns at confirmation and at approval (fast-save.ts never takes these saves).
    if (state === 'TRANSLATED' || state === 'APPROVED') await recordSegmentUnit(tx, segmentId, actor.id);
    // Annotations stay on their words (or become detached) when the target text changes.
    await reanchorAnnotations(tx, segmentId, segment.targetText, targetText);
    return row;
  });

  if (!saved) throw conflictError(input.version, await db.segment.findUniqueOrThrow({ where: { id: segmentId } }));
  const presented = announceSaved(actor, saved);
  return qaBlocked ? { ...presented, qaBlocked } : presented;
}
