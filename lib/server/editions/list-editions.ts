import 'server-only';
import { parseDoc } from '../../editor/doc';
import { blockingSegments, type Blocker } from '../../publish/snapshot';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { can } from '../policies';
import { presentEdition, type TEdition } from '../presenters/edition';
import { requireDocument } from '../projects/access';

export interface TEditionList {
  document: { id: string; projectId: string; title: string };
  editions: TEdition[];
  /** Translatable segments that are not approved (empty: publishing needs no override). */
  blocking: Blocker[];
  canPublish: boolean;
}

/** Every version of a document's editions, newest first, with what blocks the next one. */
export async function listEditions(actor: Actor, documentId: string): Promise<TEditionList> {
  const { document, role } = await requireDocument(actor, documentId, 'document.read');
  const [editions, segments] = await Promise.all([
    db.edition.findMany({ where: { documentId }, orderBy: { version: 'desc' } }),
    db.segment.findMany({
      where: { documentId, doNotTranslate: false, state: { not: 'APPROVED' } },
      select: { position: true, kind: true, level: true, source: true, state: true, doNotTranslate: true },
      orderBy: { position: 'asc' },
    }),
  ]);
  const publisherIds = [...new Set(editions.map((e) => e.publishedById).filter((id): id is string => !!id))];
  const publishers = new Map((await db.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    document: { id: document.id, projectId: document.projectId, title: document.title },
    editions: editions.map((e) => presentEdition(e, e.publishedById ? publishers.get(e.publishedById) ?? null : null)),
    blocking: blockingSegments(segments.map((s) => ({ ...s, source: parseDoc(s.source)!, target: null }))),
    canPublish: can(role, 'edition.publish'),
  };
}
