import 'server-only';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { presentDocument, type TDocument } from '../presenters/document';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireDocument } from '../projects/access';
import { rejectionsFor } from '../review/rejections';
import type { TRejection } from '../../review/types';

export async function getDocument(actor: Actor, documentId: string): Promise<TDocument & { role: string }> {
  const { document, role } = await requireDocument(actor, documentId, 'document.read');
  return { ...(await presentDocument(document)), role };
}

export async function listSegments(
  actor: Actor,
  documentId: string,
  page: { offset: number; limit: number },
): Promise<{ segments: (TSegment & { rejection: TRejection | null })[]; total: number }> {
  await requireDocument(actor, documentId, 'segment.read');
  const [rows, total] = await Promise.all([
    db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' }, skip: page.offset, take: page.limit }),
    db.segment.count({ where: { documentId } }),
  ]);
  // A REJECTED segment carries the reviewer's reason back to the translator.
  const rejections = await rejectionsFor(rows);
  return { segments: rows.map((r) => ({ ...presentSegment(r), rejection: rejections.get(r.id) ?? null })), total };
}
