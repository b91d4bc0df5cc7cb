import 'server-only';
// The rules of a segment save, shared by its two write paths (update-segment.ts through Prisma,
// fast-save.ts synchronous on SQLite), so that both accept and refuse exactly the same saves.
import { docToText, textToDoc, type SegmentDoc } from '../../editor/doc';
import { canEditSegment, type SegmentRuleSettings } from '../../workflow/segment-rule';
import { impliedState, type Role, type SegmentState } from '../../workflow/segment-states';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { documentChannel, publish } from '../events/bus';
import { AppError } from '../errors';
import { presentSegment, type TSegment } from '../presenters/segment';
import type { requireSegment } from '../projects/access';
import { segmentChangeRefused } from './segment-rule';

export type SegmentRow = Awaited<ReturnType<typeof requireSegment>>['segment'];

export interface SavePlan {
  doc: SegmentDoc | null;
  targetJson: string | null;
  targetText: string;
  textChanged: boolean;
  state: SegmentState;
}

/** The new target as the request sends it: parsed once, whatever the segment holds. */
export function parseTarget(input: Pick<TUpdateSegmentRequest, 'target'>): Pick<SavePlan, 'doc' | 'targetJson' | 'targetText'> {
  const doc: SegmentDoc | null = input.target === null ? null : typeof input.target === 'string' ? textToDoc(input.target) : input.target;
  return { doc, targetJson: doc ? JSON.stringify(doc) : null, targetText: doc ? docToText(doc) : '' };
}

/**
 * What a save will write, decided from the segment as loaded, the caller's role, the project's
 * settings and the request; throws the AppError a refused save gets (the segment rule,
 * lib/workflow/segment-rule.ts, decides who may). The QA gate, which needs the database, is
 * applied by the caller.
 */
export function planSave(
  segment: Pick<SegmentRow, 'doNotTranslate' | 'targetText' | 'state'>,
  role: Role,
  settings: SegmentRuleSettings,
  input: TUpdateSegmentRequest,
): SavePlan {
  const decided = decideSave(segment, role, settings, input, parseTarget(input));
  if (typeof decided === 'function') throw decided();
  return decided;
}

/**
 * planSave's decision without throwing (for pg-fast-save.ts, which asks it about every state a row
 * could be in): the plan, or the refusal as a function that builds its AppError.
 */
export function decideSave(
  segment: Pick<SegmentRow, 'doNotTranslate' | 'targetText' | 'state'>,
  role: Role,
  settings: SegmentRuleSettings,
  input: TUpdateSegmentRequest,
  target: Pick<SavePlan, 'doc' | 'targetJson' | 'targetText'>,
): SavePlan | (() => AppError) {
  if (segment.doNotTranslate)
    return () =>
      new AppError('conflict', 'This segment is marked "do not translate"; unmark it before translating.').because(
        'segment_do_not_translate',
      );
  const { targetText } = target;
  const state: SegmentState = input.state ?? impliedState(segment.state, targetText);
  const textChanged = targetText !== segment.targetText;
  const change = { action: 'edit', textChanged, ...(state !== segment.state || input.state ? { to: state } : {}) } as const;
  const verdict = canEditSegment(role, segment.state, settings, change);
  if (!verdict.ok) return () => segmentChangeRefused(role, segment.state, change, verdict.reason);
  if ((state === 'TRANSLATED' || state === 'APPROVED') && targetText.trim() === '') {
    return () =>
      new AppError('validation_failed', 'An empty target cannot be confirmed.', { fields: [{ path: 'target', message: 'empty' }] }).because(
        'empty_confirm',
      );
  }
  return { ...target, textChanged, state };
}

/** A confirmation or approval that QA may hold back. */
export function needsQaGate(from: SegmentState, to: SegmentState): boolean {
  return (to === 'TRANSLATED' || to === 'APPROVED') && to !== from;
}

/**
 * A save the fast paths (fast-save.ts, pg-fast-save.ts) leave to the Prisma path: confirmations and
 * approvals (QA gate, translation memory) and edits of a confirmed text (TM unit, sentence links).
 */
export function needsFullSave(from: SegmentState, plan: Pick<SavePlan, 'state' | 'textChanged'>): boolean {
  return needsQaGate(from, plan.state) || plan.state === 'APPROVED' || (plan.state === 'TRANSLATED' && plan.textChanged);
}

export function revisionAction(from: SegmentState, to: SegmentState): 'confirm' | 'save' {
  return to === 'TRANSLATED' && from !== 'TRANSLATED' ? 'confirm' : 'save';
}

export function conflictError(version: number, current: SegmentRow): AppError {
  return new AppError(
    'conflict',
    `Someone saved this segment after you loaded it (you had version ${version}, it is now ${current.version}). Nothing was overwritten; merge with the current text and save again.`,
    { current: presentSegment(current) },
  ).because('segment_conflict');
}

export function announceSaved(actor: Actor, saved: SegmentRow): TSegment {
  const presented = presentSegment(saved);
  publish(documentChannel(presented.documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  return presented;
}
