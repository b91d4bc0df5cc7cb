import 'server-only';
import { parseDoc } from '../../editor/doc';
import type { TSegment } from '../../editor/segment';
import type { Origin, SegmentState } from '../../workflow/segment-states';

export type { TSegment };

/** A segment row as Prisma reads it (the columns presentSegment needs). */
export type SegmentRow = {
  id: string;
  documentId: string;
  position: number;
  kind: string;
  level: number | null;
  source: string;
  sourceText: string;
  target: string | null;
  targetText: string;
  state: SegmentState;
  origin: Origin | null;
  matchScore: number | null;
  doNotTranslate: boolean;
  version: number;
  updatedAt: Date;
};

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
