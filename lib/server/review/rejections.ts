import 'server-only';
// The reason a REJECTED segment went back to the translator: its latest "reject" revision.
import type { TRejection } from '../../review/types';
import { db } from '../db/client';
import { findInChunks } from '../db/in-chunks';

export async function rejectionsFor(segments: readonly { id: string; state: string }[]): Promise<Map<string, TRejection>> {
  const ids = segments.filter((s) => s.state === 'REJECTED').map((s) => s.id);
  const out = new Map<string, TRejection>();
  if (ids.length === 0) return out;
  const rows = await findInChunks(ids, (chunk) =>
    db.segmentRevision.findMany({
      where: { segmentId: { in: chunk }, action: 'reject' },
      orderBy: { version: 'desc' },
      select: { segmentId: true, version: true, reason: true, userId: true, createdAt: true },
    }),
  );
  const userIds = [...new Set(rows.map((r) => r.userId).filter((x): x is string => !!x))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]),
  );
  for (const r of rows) {
    if (out.has(r.segmentId)) continue;
    out.set(r.segmentId, {
      reason: r.reason ?? '',
      by: r.userId ? (users.get(r.userId) ?? null) : null,
      at: r.createdAt.toISOString(),
      version: r.version,
    });
  }
  return out;
}
