// The editor's compact wire format for a document's segments (GET …/segments?format=compact):
// short keys, and a segment's TipTap JSON only when it is more than plain text (marks or breaks) —
// otherwise the text alone is sent and the doc rebuilt with textToDoc. A 10,000-paragraph document
// is about a third of the full format's size.
import type { Origin, SegmentState } from '../workflow/segment-states';
import { textToDoc, type SegmentDoc } from './doc';
import type { TSegment } from './segment';

export interface CompactSegment {
  id: string;
  /** position */
  p: number;
  /** sourceText; `sd` the source doc when it has marks or breaks */
  s: string;
  sd?: SegmentDoc;
  /** targetText; `td` the target doc when it has marks or breaks; `tn` true when the target is null */
  t: string;
  td?: SegmentDoc;
  tn?: 1;
  /** state, origin, matchScore, version */
  st: string;
  o?: string;
  m?: number;
  v: number;
  /** kind when not "paragraph", heading level, do-not-translate */
  k?: string;
  l?: number;
  x?: 1;
}

/** What the editor page sends with its HTML (lib/server/documents/list-editor-segments.ts). */
export interface EditorFirstScreen {
  /** Rows in position order: the whole document when `complete`, else the rows around `activeId`. */
  segments: CompactSegment[];
  complete: boolean;
  total: number;
  /** The segment to open: the one asked for (?s=, 1-based), else the first still to translate, else the first. */
  activeId: string | null;
}

/** True when the stored JSON is exactly textToDoc(text): no marks, no breaks beyond the text's newlines. */
export function isPlainDocJson(json: string): boolean {
  return !json.includes('"marks"');
}

/** A compact segment expanded: the API's segment (segment.ts) without its document id and date. */
export type ExpandedSegment = Omit<TSegment, 'documentId' | 'updatedAt'>;

export function expandSegment(c: CompactSegment): ExpandedSegment {
  return {
    id: c.id,
    position: c.p,
    kind: c.k ?? 'paragraph',
    level: c.l ?? null,
    source: c.sd ?? textToDoc(c.s),
    sourceText: c.s,
    target: c.tn ? null : (c.td ?? textToDoc(c.t)),
    targetText: c.t,
    state: c.st as SegmentState,
    origin: (c.o as Origin | undefined) ?? null,
    matchScore: c.m ?? null,
    doNotTranslate: c.x === 1,
    version: c.v,
  };
}
