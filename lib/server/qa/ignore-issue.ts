import 'server-only';
// A false alarm can be ignored on one segment. Who ignored what, when and why is kept on the segment.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireSegment } from '../projects/access';
import { parseIgnored, type TIgnoredIssue } from './run-qa';

export async function setIssueIgnored(
  actor: Actor,
  segmentId: string,
  input: { key: string; ignored: boolean; reason?: string },
): Promise<{ ignored: TIgnoredIssue[] }> {
  await requireSegment(actor, segmentId, 'segment.write');
  return db.$transaction(async (tx) => {
    const seg = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { qaIgnored: true } });
    const list = parseIgnored(seg.qaIgnored).filter((i) => i.key !== input.key);
    if (input.ignored)
      list.push({ key: input.key, userId: actor.id, at: new Date().toISOString(), ...(input.reason ? { reason: input.reason } : {}) });
    await tx.segment.update({ where: { id: segmentId }, data: { qaIgnored: JSON.stringify(list) } });
    return { ignored: list };
  });
}
