import 'server-only';
// The revision history of one segment, newest first: every accepted save, confirm, replace, import…
import { parseDoc, type SegmentDoc } from '../../editor/doc';
import type { Origin, SegmentState } from '../../workflow/segment-states';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireSegment } from '../projects/access';

export interface TSegmentRevision {
  id: string;
  version: number;
  target: SegmentDoc | null;
  targetText: string;
  state: SegmentState;
  origin: Origin | null;
  action: string;
  reason: string | null;
  user: { id: string; name: string } | null;
  createdAt: string;
}

export async function listRevisions(actor: Actor, segmentId: string): Promise<{ revisions: TSegmentRevision[] }> {
  await requireSegment(actor, segmentId, 'segment.read');
  const rows = await db.segmentRevision.findMany({ where: { segmentId }, orderBy: { version: 'desc' }, take: 500 });
  const userIds = [...new Set(rows.map((r) => r.userId).filter((x): x is string => !!x))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]),
  );
  return {
    revisions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      target: parseDoc(r.target),
      targetText: r.targetText,
      state: r.state,
      origin: r.origin,
      action: r.action,
      reason: r.reason,
      user: r.userId ? (users.get(r.userId) ?? null) : null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
