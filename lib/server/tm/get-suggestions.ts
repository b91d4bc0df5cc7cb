import 'server-only';
// GET /segments/:id/suggestions: what the editor's suggestion panel shows for one segment: memory
// matches (101 context, 100 exact, 99 same words with other case or typography, fuzzy ≥ 75 % with
// the differing source spans; each with its state, origin, author and date) and the QA warnings its current machine translation carries (a
// protected name the engine lost or changed), read from the MT revision's reason.
import type { DiffSpan } from '../../tm/similarity';
import type { MatchKind } from '../../tm/tm-index';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireSegment } from '../projects/access';
import { parseQa, type QaWarning } from '../pretranslate/qa-warnings';
import { getTmIndex } from './cache';

export interface TTmMatch {
  unitId: string;
  kind: MatchKind;
  score: number;
  source: string;
  target: string;
  prevSource: string;
  nextSource: string;
  /** From the memory's source to this segment's source: 'delete' only in the memory, 'insert' only here. */
  diff: DiffSpan[];
  createdAt: string | null;
  createdById: string | null;
  /** The author's display name (null when unknown, e.g. an imported unit). */
  createdByName: string | null;
  /** CONFIRMED or APPROVED; approved units come first at the same score. */
  state: string;
  /** Where the wording came from: HUMAN, MT, TM, ALIGNED or IMPORT. */
  origin: string;
}

export interface TSuggestions {
  segmentId: string;
  matches: TTmMatch[];
  /** QA warnings on the current target from machine translation (empty when none). */
  qaWarnings: QaWarning[];
}

export async function getSuggestions(actor: Actor, segmentId: string, query: { minScore: number; limit: number }): Promise<TSuggestions> {
  const { segment, projectId } = await requireSegment(actor, segmentId, 'segment.read');
  const [neighbours, index, revision] = await Promise.all([
    db.segment.findMany({
      where: { documentId: segment.documentId, position: { in: [segment.position - 1, segment.position + 1] } },
      select: { position: true, sourceText: true },
    }),
    getTmIndex(projectId),
    db.segmentRevision.findUnique({
      where: { segmentId_version: { segmentId, version: segment.version } },
      select: { action: true, reason: true },
    }),
  ]);
  const matches = index.lookup(segment.sourceText, {
    prev: neighbours.find((n) => n.position === segment.position - 1)?.sourceText ?? '',
    next: neighbours.find((n) => n.position === segment.position + 1)?.sourceText ?? '',
    minScore: query.minScore,
    limit: query.limit,
  });
  const names = await authorNames(matches.map((m) => m.entry.createdById));
  return {
    segmentId,
    matches: matches
      .filter((m) => m.entry.id !== undefined)
      .map((m) => ({
        unitId: m.entry.id,
        kind: m.kind,
        score: m.score,
        source: m.entry.source,
        target: m.entry.target,
        prevSource: m.entry.prevSource ?? '',
        nextSource: m.entry.nextSource ?? '',
        diff: m.diff,
        createdAt: m.entry.createdAt ? new Date(m.entry.createdAt).toISOString() : null,
        createdById: m.entry.createdById ?? null,
        createdByName: (m.entry.createdById && names.get(m.entry.createdById)) || null,
        state: m.entry.state ?? 'APPROVED',
        origin: m.entry.origin ?? 'HUMAN',
      })),
    qaWarnings: revision?.action === 'mt' ? parseQa(revision.reason) : [],
  };
}

/** Display names of the units' authors, in one query. */
export async function authorNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  return new Map((await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
}
