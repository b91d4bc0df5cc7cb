import 'server-only';
import { parseDoc } from '../../editor/doc';
import { blockingSegments, frontMatter, slugify, type Bilingual, type Blocker, type EditionSnapshot } from '../../publish/snapshot';
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
  /** What the publish form starts from: the latest edition's title, subtitle, slug and note, else the document's. */
  defaults: { title: Bilingual; subtitle: Bilingual | null; slug: string; editorNote: string };
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
  const publishers = new Map(
    (await db.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    defaults: await publishDefaults(documentId, document.title, editions[0]?.snapshot ?? null, editions[0]?.slug ?? null),
    document: { id: document.id, projectId: document.projectId, title: document.title },
    editions: editions.map((e) => presentEdition(e, e.publishedById ? (publishers.get(e.publishedById) ?? null) : null)),
    blocking: blockingSegments(segments.map((s) => ({ ...s, source: parseDoc(s.source)!, target: null }))),
    canPublish: can(role, 'edition.publish'),
  };
}

async function publishDefaults(
  documentId: string,
  title: string,
  latestSnapshot: string | null,
  latestSlug: string | null,
): Promise<TEditionList['defaults']> {
  if (latestSnapshot) {
    const snap = JSON.parse(latestSnapshot) as EditionSnapshot;
    return {
      title: snap.title,
      subtitle: snap.subtitle ?? null,
      slug: latestSlug ?? slugify(snap.title.source),
      editorNote: snap.editorNote ?? '',
    };
  }
  const first = await db.segment.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    take: 2,
    select: { kind: true, source: true, target: true },
  });
  const front = frontMatter(
    first.map((s) => ({ kind: s.kind, source: parseDoc(s.source)!, target: parseDoc(s.target) })),
    title,
  );
  return { title: front.title, subtitle: null, slug: slugify(front.title.source), editorNote: '' };
}
