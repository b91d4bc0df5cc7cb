import 'server-only';
// Reader notes: annotations of kind "note" (a gloss, a translator's note) on a span of the source or
// target text. They share the review annotations' table, anchors and re-anchoring (a note stays on
// its words across edits and is detached when they go) but not their workflow: no MQM category or
// severity, no status. Translators and owners write them ('note.write'); a translator's note is
// published once a reviewer or owner approves it ('note.approve'), an owner's note is approved as
// written. Changing an approved note's text takes the approval back unless an owner changes it.
import { captureAnchor } from '../../review/anchor';
import type { TNote, TPerson } from '../../review/types';
import type { TUpdateAnnotationRequest } from '../api/review.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import { AppError, notFound } from '../errors';
import { authorize } from '../policies';
import { roleIn } from '../projects/access';
import type { Role } from '../../workflow/segment-states';

export const NOTE = 'note';
export const REVIEW = 'review';

export type NoteRow = {
  id: string;
  segmentId: string;
  authorId: string;
  side: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  detached: boolean;
  approvedById: string | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export async function presentNotes(rows: NoteRow[]): Promise<TNote[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.authorId, ...(r.approvedById ? [r.approvedById] : [])]))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const known = new Map(users.map((u) => [u.id, u]));
  const person = (id: string): TPerson => known.get(id) ?? { id, name: '—' };
  return rows.map((r) => ({
    id: r.id,
    kind: 'note',
    segmentId: r.segmentId,
    side: r.side as TNote['side'],
    start: r.start,
    end: r.end,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    comment: r.comment,
    detached: r.detached,
    approved: !!r.approvedAt,
    approvedBy: r.approvedById ? person(r.approvedById) : null,
    approvedAt: r.approvedAt ? r.approvedAt.toISOString() : null,
    author: person(r.authorId),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export interface NoteInput {
  side: 'source' | 'target';
  start: number;
  end: number;
  comment: string;
}

/** Called by createAnnotation for kind "note", after the segment and the span were checked. */
export async function createNote(
  actor: Actor,
  ctx: { segmentId: string; documentId: string; role: Role; text: string },
  input: NoteInput,
): Promise<TNote> {
  authorize(ctx.role, 'note.write', 'Segment');
  const anchor = captureAnchor(ctx.text, input.start, input.end);
  const approved = ctx.role === 'OWNER' ? { approvedById: actor.id, approvedAt: new Date() } : {};
  const row = await db.annotation.create({
    data: {
      segmentId: ctx.segmentId,
      authorId: actor.id,
      kind: NOTE,
      side: input.side,
      ...anchor,
      category: '',
      severity: '',
      comment: input.comment.trim(),
      ...approved,
    },
  });
  publish(documentChannel(ctx.documentId), {
    type: 'annotation.created',
    segmentId: ctx.segmentId,
    annotationId: row.id,
    by: { id: actor.id, name: actor.name },
  });
  return (await presentNotes([row]))[0]!;
}

/** PATCH of a note: only its author changes the text (and must still be allowed to write notes). */
export async function updateNote(
  actor: Actor,
  ctx: { annotation: NoteRow; role: Role; documentId: string },
  input: TUpdateAnnotationRequest,
): Promise<TNote> {
  if (input.category !== undefined || input.severity !== undefined || input.status !== undefined) {
    throw new AppError('validation_failed', 'A note has no category, severity or status; send its comment.', {
      fields: (['category', 'severity', 'status'] as const)
        .filter((f) => input[f] !== undefined)
        .map((f) => ({ path: f, message: 'not allowed on a note' })),
    });
  }
  authorize(ctx.role, 'note.write', 'Annotation');
  if (ctx.annotation.authorId !== actor.id) throw new AppError('forbidden', "Only the note's author may change its text.");
  const comment = (input.comment ?? '').trim();
  if (!comment) throw new AppError('validation_failed', 'Write the note.', { fields: [{ path: 'comment', message: 'write the note' }] });
  const changed = comment !== ctx.annotation.comment;
  // A changed text needs a new approval, except from an owner (whose notes are approved as written).
  const approval = !changed
    ? {}
    : ctx.role === 'OWNER'
      ? { approvedById: actor.id, approvedAt: new Date() }
      : { approvedById: null, approvedAt: null };
  const row = await db.annotation.update({ where: { id: ctx.annotation.id }, data: { comment, ...approval } });
  publish(documentChannel(ctx.documentId), {
    type: 'annotation.updated',
    segmentId: row.segmentId,
    annotationId: row.id,
    by: { id: actor.id, name: actor.name },
  });
  return (await presentNotes([row]))[0]!;
}

/** POST /api/v1/annotations/:id/approve: a reviewer or owner approves a note for publishing. */
export async function approveNote(actor: Actor, annotationId: string): Promise<TNote> {
  const annotation = await db.annotation.findUnique({
    where: { id: annotationId },
    include: { segment: { select: { documentId: true, document: { select: { projectId: true } } } } },
  });
  const role = annotation ? await roleIn(annotation.segment.document.projectId, actor.id) : null;
  if (!annotation || annotation.status === 'deleted' || !role) throw notFound('Annotation');
  authorize(role, 'note.approve', 'Annotation');
  if (annotation.kind !== NOTE) throw new AppError('conflict', 'Only reader notes are approved; a review annotation is resolved instead.');
  const row = annotation.approvedAt
    ? annotation
    : await db.annotation.update({ where: { id: annotationId }, data: { approvedById: actor.id, approvedAt: new Date() } });
  if (row !== annotation) {
    publish(documentChannel(annotation.segment.documentId), {
      type: 'annotation.updated',
      segmentId: row.segmentId,
      annotationId,
      by: { id: actor.id, name: actor.name },
    });
  }
  return (await presentNotes([row]))[0]!;
}
