import 'server-only';
// Marks a segment "do not translate" (a stray "Latest News" line): it is then left out of progress,
// pre-translation and publishing. Owners decide; it does not touch the segment's text or version.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { documentChannel, publish } from '../events/bus';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireSegment } from '../projects/access';

export async function setDoNotTranslate(actor: Actor, segmentId: string, value: boolean): Promise<TSegment> {
  await requireSegment(actor, segmentId, 'document.update');
  const s = await db.segment.update({ where: { id: segmentId }, data: { doNotTranslate: value } });
  const presented = presentSegment(s);
  publish(documentChannel(s.documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  return presented;
}
