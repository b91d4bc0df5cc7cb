import 'server-only';
// The rules of a segment save, shared by its two write paths (update-segment.ts through Prisma,
// fast-save.ts synchronous on SQLite), so that both accept and refuse exactly the same saves.
import { docToText, textToDoc, type SegmentDoc } from '../../editor/doc';
import { canSetState, impliedState, type Role, type SegmentState } from '../../workflow/segment-states';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { documentChannel, publish } from '../events/bus';
import { AppError } from '../errors';
import { presentSegment, type TSegment } from '../presenters/segment';
import type { requireSegment } from '../projects/access';

export type SegmentRow = Awaited<ReturnType<typeof requireSegment>>['segment'];

export interface SavePlan {
  doc: SegmentDoc | null;
  targetJson: string | null;
  targetText: string;
  textChanged: boolean;
  state: SegmentState;
}

/**
 * What a save will write, decided from the segment as loaded, the caller's role and the request;
 * throws the AppError a refused save gets. The reviewer-edit setting and the QA gate, which
 * need the database, are applied by the caller.
 */
export function planSave(segment: Pick<SegmentRow, 'doNotTranslate' | 'targetText' | 'state'>, role: Role, input: TUpdateSegmentRequest): SavePlan {
  if (segment.doNotTranslate) throw new AppError('conflict', 'This segment is marked "do not translate"; unmark it before translating.');
  const doc: SegmentDoc | null = input.target === null ? null : typeof input.target === 'string' ? textToDoc(input.target) : input.target;
  const targetText = doc ? docToText(doc) : '';
  const state: SegmentState = input.state ?? impliedState(segment.state, targetText);
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
  return { doc, targetJson: doc ? JSON.stringify(doc) : null, targetText, textChanged: targetText !== segment.targetText, state };
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
  );
}

export function announceSaved(actor: Actor, saved: SegmentRow): TSegment {
  const presented = presentSegment(saved);
  publish(documentChannel(presented.documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  return presented;
}
