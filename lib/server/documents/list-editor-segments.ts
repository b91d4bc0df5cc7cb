import 'server-only';
// A document's segments in the editor's compact format (lib/editor/compact-segment.ts): only the
// columns the editor needs, and no per-row JSON parsing for plain paragraphs.
import { isPlainDocJson, type CompactSegment } from '../../editor/compact-segment';
import type { SegmentDoc } from '../../editor/doc';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireDocument } from '../projects/access';

export async function listEditorSegments(actor: Actor, documentId: string): Promise<{ format: 'compact'; segments: CompactSegment[]; total: number }> {
  await requireDocument(actor, documentId, 'segment.read');
  const rows = await db.segment.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, kind: true, level: true, source: true, sourceText: true, target: true, targetText: true, state: true, origin: true, matchScore: true, doNotTranslate: true, version: true },
  });
  const segments = rows.map((r) => {
    const c: CompactSegment = { id: r.id, p: r.position, s: r.sourceText, t: r.targetText, st: r.state, v: r.version };
    if (!isPlainDocJson(r.source)) c.sd = JSON.parse(r.source) as SegmentDoc;
    if (r.target === null) c.tn = 1;
    else if (!isPlainDocJson(r.target)) c.td = JSON.parse(r.target) as SegmentDoc;
    if (r.origin) c.o = r.origin;
    if (r.matchScore !== null) c.m = r.matchScore;
    if (r.kind !== 'paragraph') c.k = r.kind;
    if (r.level !== null) c.l = r.level;
    if (r.doNotTranslate) c.x = 1;
    return c;
  });
  return { format: 'compact', segments, total: segments.length };
}
