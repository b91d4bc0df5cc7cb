import 'server-only';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { presentDocument, type TDocument } from '../presenters/document';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireDocument } from '../projects/access';

export async function getDocument(actor: Actor, documentId: string): Promise<TDocument & { role: string }> {
  const { document, role } = await requireDocument(actor, documentId, 'document.read');
  return { ...(await presentDocument(document)), role };
}

export async function listSegments(actor: Actor, documentId: string, page: { offset: number; limit: number }): Promise<{ segments: TSegment[]; total: number }> {
  await requireDocument(actor, documentId, 'segment.read');
  const [rows, total] = await Promise.all([
    db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' }, skip: page.offset, take: page.limit }),
    db.segment.count({ where: { documentId } }),
  ]);
  return { segments: rows.map(presentSegment), total };
}
