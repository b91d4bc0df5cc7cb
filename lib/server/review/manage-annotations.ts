import 'server-only';
// Review annotations on a segment: create (on a span of the source or target text), list with
// replies, reply, update (status by any member; text, category and severity by the author) and
// delete (the author or an owner). A deletion is recorded: the row stays with status "deleted" and
// who deleted it when (statusById, statusAt), and is left out of every list, report and export.
import { captureAnchor } from '../../review/anchor';
import type { TAnnotation, TAnnotationReply, TNote, TSegmentAnnotations } from '../../review/types';
import type { TAddReplyRequest, TCreateAnnotationRequest, TUpdateAnnotationRequest } from '../api/review.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import { AppError, notFound } from '../errors';
import { authorize, type Action } from '../policies';
import { requireSegment, roleIn } from '../projects/access';
import { notifyComment, notifyReply } from '../notifications/notify';
import { createNote, NOTE, presentNotes, updateNote } from './notes';
import { presentAnnotations, projectMembers, WITH_REPLIES } from './present-annotation';
import { rejectionsFor } from './rejections';

/** The status of a deleted annotation (not one a PATCH can set: deleting has its own rule). */
export const DELETED = 'deleted';

export async function createAnnotation(
  actor: Actor,
  segmentId: string,
  input: Omit<TCreateAnnotationRequest, 'kind'> & { kind?: 'review' | 'note' },
): Promise<TAnnotation | TNote> {
  const { segment, projectId, role } = await requireSegment(actor, segmentId, 'annotation.create');
  const text = input.side === 'source' ? segment.sourceText : segment.targetText;
  if (input.end > text.length) {
    throw new AppError(
      'validation_failed',
      `The selection ends at ${input.end}, but the ${input.side} text has ${text.length} characters.`,
      {
        fields: [{ path: 'end', message: `at most ${text.length}` }],
      },
    ).because('selection_out_of_range');
  }
  if (input.kind === NOTE) return createNote(actor, { segmentId, documentId: segment.documentId, role, text }, input);
  const anchor = captureAnchor(text, input.start, input.end);
  // Mentioned members are notified in the same transaction (lib/server/notifications/notify.ts).
  const row = await db.$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: {
        segmentId,
        authorId: actor.id,
        side: input.side,
        ...anchor,
        category: input.category!,
        severity: input.severity!,
        comment: input.comment,
      },
      include: WITH_REPLIES,
    });
    await notifyComment(tx, { projectId, documentId: segment.documentId, segmentId, annotationId: created.id }, actor.id, input.comment);
    return created;
  });
  const [presented] = await presentAnnotations([row], projectId);
  publish(documentChannel(segment.documentId), {
    type: 'annotation.created',
    segmentId,
    annotationId: row.id,
    by: { id: actor.id, name: actor.name },
  });
  return presented!;
}

export async function listAnnotations(actor: Actor, segmentId: string): Promise<TSegmentAnnotations> {
  const { segment, projectId } = await requireSegment(actor, segmentId, 'segment.read');
  const rows = await db.annotation.findMany({
    where: { segmentId, status: { not: DELETED } },
    orderBy: [{ createdAt: 'asc' }],
    include: WITH_REPLIES,
  });
  const [annotations, notes, members, rejections] = await Promise.all([
    presentAnnotations(
      rows.filter((r) => r.kind !== NOTE),
      projectId,
    ),
    presentNotes(rows.filter((r) => r.kind === NOTE)),
    projectMembers(projectId),
    rejectionsFor([segment]),
  ]);
  return {
    segment: { segmentId, state: segment.state, version: segment.version, rejection: rejections.get(segmentId) ?? null },
    annotations,
    notes,
    members: members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
  };
}

async function requireAnnotation(actor: Actor, annotationId: string, action: Action) {
  const annotation = await db.annotation.findUnique({
    where: { id: annotationId },
    include: { segment: { select: { documentId: true, document: { select: { projectId: true } } } } },
  });
  const role = annotation ? await roleIn(annotation.segment.document.projectId, actor.id) : null;
  if (!annotation || annotation.status === DELETED || !role) throw notFound('Annotation');
  authorize(role, action, 'Annotation');
  return { annotation, role, projectId: annotation.segment.document.projectId, documentId: annotation.segment.documentId };
}

export async function addReply(actor: Actor, annotationId: string, input: TAddReplyRequest): Promise<TAnnotationReply> {
  const { annotation, projectId, documentId } = await requireAnnotation(actor, annotationId, 'annotation.reply');
  // The thread's participants and mentioned members are notified in the same transaction.
  await db.$transaction(async (tx) => {
    await tx.annotationReply.create({ data: { annotationId, authorId: actor.id, body: input.body } });
    await notifyReply(tx, { projectId, documentId, segmentId: annotation.segmentId, annotationId }, actor.id, input.body);
  });
  const row = await db.annotation.findUniqueOrThrow({ where: { id: annotationId }, include: WITH_REPLIES });
  const [presented] = await presentAnnotations([row], projectId);
  publish(documentChannel(documentId), {
    type: 'annotation.updated',
    segmentId: row.segmentId,
    annotationId,
    by: { id: actor.id, name: actor.name },
  });
  return presented!.replies.at(-1)!;
}

export async function updateAnnotation(actor: Actor, annotationId: string, input: TUpdateAnnotationRequest): Promise<TAnnotation | TNote> {
  const { annotation, role, projectId, documentId } = await requireAnnotation(actor, annotationId, 'segment.read');
  if (annotation.kind === NOTE) return updateNote(actor, { annotation, role, documentId }, input);
  const editsText = input.comment !== undefined || input.category !== undefined || input.severity !== undefined;
  // The text stays the author's words (it is shown as theirs); others, owners included, reply or
  // resolve, and the status change is recorded with who made it.
  if (editsText && annotation.authorId !== actor.id) {
    throw new AppError(
      'forbidden',
      "Only the annotation's author may change its comment, category or severity; reply or resolve it instead.",
    ).because('annotation_author_only');
  }
  if (input.status !== undefined) authorize(role, 'annotation.resolve', 'Annotation');
  const statusChanged = input.status !== undefined && input.status !== annotation.status;
  const row = await db.annotation.update({
    where: { id: annotationId },
    data: {
      ...(input.comment !== undefined ? { comment: input.comment } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.severity !== undefined ? { severity: input.severity } : {}),
      ...(statusChanged ? { status: input.status, statusById: actor.id, statusAt: new Date() } : {}),
    },
    include: WITH_REPLIES,
  });
  const [presented] = await presentAnnotations([row], projectId);
  publish(documentChannel(documentId), {
    type: 'annotation.updated',
    segmentId: row.segmentId,
    annotationId,
    by: { id: actor.id, name: actor.name },
  });
  return presented!;
}

export async function deleteAnnotation(actor: Actor, annotationId: string): Promise<{ deleted: true }> {
  const { annotation, role, documentId } = await requireAnnotation(actor, annotationId, 'segment.read');
  if (annotation.authorId !== actor.id && role !== 'OWNER') {
    throw new AppError('forbidden', "Only the annotation's author or a project owner may delete it; resolve it or reply instead.").because(
      'annotation_delete_refused',
    );
  }
  await db.annotation.update({ where: { id: annotationId }, data: { status: DELETED, statusById: actor.id, statusAt: new Date() } });
  publish(documentChannel(documentId), {
    type: 'annotation.updated',
    segmentId: annotation.segmentId,
    annotationId,
    by: { id: actor.id, name: actor.name },
  });
  return { deleted: true };
}
