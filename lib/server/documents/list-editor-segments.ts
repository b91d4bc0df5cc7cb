import 'server-only';
// A document's segments in the editor's compact format (lib/editor/compact-segment.ts): only the
// columns the editor needs, and no per-row JSON parsing for plain paragraphs.
import { isPlainDocJson, type CompactSegment, type EditorFirstScreen } from '../../editor/compact-segment';
import type { SegmentDoc } from '../../editor/doc';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireDocument } from '../projects/access';

export async function listEditorSegments(
  actor: Actor,
  documentId: string,
): Promise<{ format: 'compact'; segments: CompactSegment[]; total: number }> {
  await requireDocument(actor, documentId, 'segment.read');
  return readCompact(documentId);
}

async function readCompact(documentId: string): Promise<{ format: 'compact'; segments: CompactSegment[]; total: number }> {
  const segments = await readRows(documentId);
  return { format: 'compact', segments, total: segments.length };
}

/** Documents up to this many segments come whole in the page; longer ones a first screen, then the rest. */
export const INLINE_SEGMENTS = 120;
/** A first screen: rows before and after the segment the editor opens on. */
const BEFORE = 8;
const AFTER = 32;

/**
 * What the editor page sends with its HTML, so the editor can be typed in before the whole list has
 * arrived (GET …/segments?format=compact, read after it): a short document whole; a long one, the
 * rows around the segment the editor opens on.
 */
export async function editorFirstScreen(actor: Actor, documentId: string, wanted: number | null): Promise<EditorFirstScreen> {
  await requireDocument(actor, documentId, 'segment.read');
  const total = await db.segment.count({ where: { documentId } });
  const open = await openingPosition(documentId, wanted, total);
  const complete = total <= INLINE_SEGMENTS;
  const segments = await readRows(documentId, complete ? undefined : { gte: Math.max(0, open - BEFORE), lt: open + AFTER });
  return { segments, complete, total, activeId: segments.find((s) => s.p === open)?.id ?? null };
}

async function openingPosition(documentId: string, wanted: number | null, total: number): Promise<number> {
  if (wanted !== null && wanted >= 1 && wanted <= total) return wanted - 1;
  const todo = await db.segment.findFirst({
    where: { documentId, doNotTranslate: false, state: { notIn: ['TRANSLATED', 'APPROVED'] } },
    orderBy: { position: 'asc' },
    select: { position: true },
  });
  return todo?.position ?? 0;
}

async function readRows(documentId: string, position?: { gte: number; lt: number }): Promise<CompactSegment[]> {
  const rows = await db.segment.findMany({
    where: { documentId, ...(position ? { position } : {}) },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      kind: true,
      level: true,
      source: true,
      sourceText: true,
      target: true,
      targetText: true,
      state: true,
      origin: true,
      matchScore: true,
      doNotTranslate: true,
      version: true,
    },
  });
  return rows.map((r) => {
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
}

// The editor's first request, and the largest (a 10,000-paragraph document is megabytes of JSON):
// answered from a per-process cache of the serialised body, keyed by the document's segment version
// (count, sum of versions and latest update of its segments: every write bumps a version and
// stamps updatedAt), and revalidated by the browser with that ETag (a reload that finds nothing
// changed is a 304 with no body). One aggregate query decides; the rows are read and serialised
// once per version, not once per reader. The body is sent as JSON and compressed by the server
// (`next start`'s compression): Next.js drops a route handler's own Content-Encoding header, so a
// body gzipped here reached the browser as gzip bytes labelled JSON (and gzipped twice).
const CACHED_DOCUMENTS = 8;
type Cached = { etag: string; json: Buffer };
const CACHE = Symbol.for('workbench.editorSegmentsCache');
const cache = ((globalThis as unknown as Record<symbol, Map<string, Cached>>)[CACHE] ??= new Map());

export async function editorSegmentsResponse(actor: Actor, documentId: string, headers: Headers): Promise<Response> {
  await requireDocument(actor, documentId, 'segment.read');
  const agg = await db.segment.aggregate({
    where: { documentId },
    _count: { _all: true },
    _sum: { version: true },
    _max: { updatedAt: true },
  });
  const etag = `W/"s${agg._count._all}.${agg._sum.version ?? 0}.${agg._max.updatedAt?.getTime() ?? 0}"`;
  const common = { etag, 'cache-control': 'private, no-cache', vary: 'Accept-Encoding' };
  if ((headers.get('if-none-match') ?? '').split(',').some((t) => t.trim() === etag))
    return new Response(null, { status: 304, headers: common });
  let entry = cache.get(documentId);
  if (entry?.etag !== etag) {
    // Read after the aggregate: the body is at least as new as its ETag, never older.
    const json = Buffer.from(JSON.stringify(await readCompact(documentId)));
    entry = { etag, json };
  }
  cache.delete(documentId); // most recently used last
  cache.set(documentId, entry);
  if (cache.size > CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
  return new Response(new Uint8Array(entry.json), { status: 200, headers: { ...common, 'content-type': 'application/json' } });
}
