import 'server-only';
// The rules of a segment save, shared by its two write paths (update-segment.ts through Prisma,
// fast-save.ts synchronous on SQLite), so that both accept and refuse exactly the same saves.
import { docToText, textToDoc, type SegmentDoc } from '../../editor/doc';
import type { SegmentRuleSettings } from '../../workflow/segment-rule';
import { impliedState, type Role, type SegmentState } from '../../workflow/segment-states';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { documentChannel, publish } from '../events/bus';
import { AppError } from '../errors';
import { presentSegment, type TSegment } from '../presenters/segment';
import type { requireSegment } from '../projects/access';
import { assertSegmentChange } from './segment-rule';

export type SegmentRow = Awaited<ReturnType<typeof requireSegment>>['segment'];

export interface SavePlan {
  doc: SegmentDoc | null;
  targetJson: string | null;
  targetText: string;
  textChanged: boolean;
  state: SegmentState;
}

/**
 * What a save will write, decided from the segment as loaded, the caller's role, the project's
 * settings and the request; throws the AppError a refused save gets (the segment rule,
 * lib/workflow/segment-rule.ts, decides who may). The QA gate, which needs the database, is
 * applied by the caller.
 */
export function planSave(segment: Pick<SegmentRow, 'doNotTranslate' | 'targetText' | 'state'>, role: Role, settings: SegmentRuleSettings, input: TUpdateSegmentRequest): SavePlan {
  if (segment.doNotTranslate) throw new AppError('conflict', 'This segment is marked "do not translate"; unmark it before translating.').because('segment_do_not_translate');
  const doc: SegmentDoc | null = input.target === null ? null : typeof input.target === 'string' ? textToDoc(input.target) : input.target;
  const targetText = doc ? docToText(doc) : '';
  const state: SegmentState = input.state ?? impliedState(segment.state, targetText);
  const textChanged = targetText !== segment.targetText;
  assertSegmentChange(role, segment.state, settings, { action: 'edit', textChanged, ...(state !== segment.state || input.state ? { to: state } : {}) });
  if ((state === 'TRANSLATED' || state === 'APPROVED') && targetText.trim() === '') {
    throw new AppError('validation_failed', 'An empty target cannot be confirmed.', { fields: [{ path: 'target', message: 'empty' }] }).because('empty_confirm');
  }
  return { doc, targetJson: doc ? JSON.stringify(doc) : null, targetText, textChanged, state };
}

/** A confirmation or approval that QA may hold back. */
export function needsQaGate(from: SegmentState, to: SegmentState): boolean {
  return (to === 'TRANSLATED' || to === 'APPROVED') && to !== from;
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
