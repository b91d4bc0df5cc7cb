import 'server-only';
import { parseDoc } from '../../editor/doc';
import type { TSegment } from '../../editor/segment';

export type { TSegment };

/** A segment row as Prisma reads it (the columns presentSegment needs): the segment with its JSON unparsed and its date a Date. */
export type SegmentRow = Omit<TSegment, 'source' | 'target' | 'updatedAt'> & { source: string; target: string | null; updatedAt: Date };

export function presentSegment(s: SegmentRow): TSegment {
  return {
    id: s.id,
    documentId: s.documentId,
    position: s.position,
    kind: s.kind,
    level: s.level,
    source: parseDoc(s.source)!,
    sourceText: s.sourceText,
    target: parseDoc(s.target),
    targetText: s.targetText,
    state: s.state,
    origin: s.origin,
    matchScore: s.matchScore,
    doNotTranslate: s.doNotTranslate,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}
