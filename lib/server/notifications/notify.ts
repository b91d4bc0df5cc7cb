import 'server-only';
// Writes notifications inside the transaction of the event that causes them (an annotation, a reply,
// a rejection), so an event is never saved without its notifications nor the other way round.
// Recipients follow lib/notifications/recipients.ts.
import { commentRecipients, excerpt, rejectionRecipient, replyRecipients, type Recipient } from '../../notifications/recipients';
import type { Prisma } from '../db/client';
import { projectMembers } from '../review/present-annotation';

type Tx = Prisma.TransactionClient;

export interface NotificationPlace {
  projectId: string;
  documentId: string;
  segmentId: string;
  annotationId?: string | null;
}

async function write(tx: Tx, place: NotificationPlace, actorId: string, text: string, recipients: Recipient[]): Promise<string[]> {
  if (recipients.length === 0) return [];
  await tx.notification.createMany({
    data: recipients.map((r) => ({
      ...place,
      annotationId: place.annotationId ?? null,
      userId: r.userId,
      kind: r.kind,
      actorId,
      excerpt: excerpt(text),
    })),
  });
  return recipients.map((r) => r.userId);
}

/** A new annotation: the members its comment mentions. Returns who was told. */
export async function notifyComment(tx: Tx, place: NotificationPlace, actorId: string, comment: string): Promise<string[]> {
  if (!comment.includes('@')) return [];
  return write(tx, place, actorId, comment, commentRecipients(comment, await projectMembers(place.projectId, tx), actorId));
}

/** A reply: the members it mentions and the thread's author and earlier repliers. */
export async function notifyReply(
  tx: Tx,
  place: NotificationPlace & { annotationId: string },
  actorId: string,
  body: string,
): Promise<string[]> {
  const annotation = await tx.annotation.findUniqueOrThrow({
    where: { id: place.annotationId },
    select: { authorId: true, replies: { select: { authorId: true }, orderBy: { createdAt: 'asc' } } },
  });
  const participants = [annotation.authorId, ...annotation.replies.map((r) => r.authorId)];
  return write(tx, place, actorId, body, replyRecipients(body, await projectMembers(place.projectId, tx), actorId, participants));
}

/** A rejection: the translator whose text was rejected. */
export async function notifyRejection(tx: Tx, place: NotificationPlace, actorId: string, reason: string): Promise<string[]> {
  const [revisions, members] = await Promise.all([
    tx.segmentRevision.findMany({
      where: { segmentId: place.segmentId },
      orderBy: { version: 'desc' },
      take: 50,
      select: { action: true, userId: true },
    }),
    tx.membership.findMany({ where: { projectId: place.projectId }, select: { userId: true } }),
  ]);
  const r = rejectionRecipient(revisions, actorId, new Set(members.map((m) => m.userId)));
  return write(tx, place, actorId, reason, r ? [r] : []);
}
