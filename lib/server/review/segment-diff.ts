import 'server-only';
// The reviewer's diff of a segment: from its origin (the first revision that came from MT, TM,
// alignment or import, i.e. a non-HUMAN origin or an import/align/mt/tm action) to the current text,
// or between any two revisions (?from=<version>&to=<version>). Word-level, Korean-aware (lib/text/word-diff.ts).
import { changedWords, wordDiff } from '../../text/word-diff';
import type { TRevisionRef, TSegmentDiff } from '../../review/types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { requireSegment } from '../projects/access';

const ORIGIN_ACTIONS = ['import', 'align', 'mt', 'tm'];

type RevisionRow = {
  version: number;
  action: string;
  origin: string | null;
  state: string;
  targetText: string;
  userId: string | null;
  createdAt: Date;
};

export function isOriginRevision(r: { origin: string | null; action: string }): boolean {
  return (r.origin !== null && r.origin !== 'HUMAN') || ORIGIN_ACTIONS.includes(r.action);
}

export async function segmentDiff(actor: Actor, segmentId: string, query: { from?: number; to?: number }): Promise<TSegmentDiff> {
  const { segment } = await requireSegment(actor, segmentId, 'segment.read');
  const revisions: RevisionRow[] = await db.segmentRevision.findMany({
    where: { segmentId },
    orderBy: { version: 'asc' },
    select: { version: true, action: true, origin: true, state: true, targetText: true, userId: true, createdAt: true },
  });
  const find = (version: number, name: 'from' | 'to') => {
    const r = revisions.find((x) => x.version === version);
    if (!r)
      throw new AppError('not_found', `This segment has no revision ${version} (${name}).`).because('revision_not_found', { version });
    return r;
  };
  // The current text is always the "to" default, even when no revision row exists for it (seeded data).
  const current: RevisionRow = revisions.find((r) => r.version === segment.version) ?? {
    version: segment.version,
    action: 'current',
    origin: segment.origin,
    state: segment.state,
    targetText: segment.targetText,
    userId: segment.updatedById,
    createdAt: segment.updatedAt,
  };
  const to = query.to !== undefined ? find(query.to, 'to') : current;
  const from = query.from !== undefined ? find(query.from, 'from') : (revisions.find(isOriginRevision) ?? null);

  const userIds = [...new Set([from?.userId, to.userId].filter((x): x is string => !!x))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]),
  );
  const ref = (r: RevisionRow): TRevisionRef => ({
    version: r.version,
    action: r.action,
    origin: r.origin,
    state: r.state,
    targetText: r.targetText,
    user: r.userId ? (users.get(r.userId) ?? null) : null,
    createdAt: r.createdAt.toISOString(),
  });
  const parts = wordDiff(from?.targetText ?? '', to.targetText);
  return { segmentId, from: from ? ref(from) : null, to: ref(to), parts, changed: changedWords(parts) };
}
