// Markup or markers placed between the characters of a segment's plain text (docToText offsets):
// note markers after a noted span, the opening and closing tags of sentence spans. The (X)HTML
// renderer (render.ts inlineHtml) emits each insert's html when it reaches its offset; the DOCX and
// Markdown writers walk `inlinePieces`, which cuts text nodes at the offsets.
import type { InlineNode, SegmentDoc } from '../editor/doc';

export interface InlineInsert {
  /** Offset in the plain text (UTF-16; a hard break counts one). */
  at: number;
  /** Trusted markup (built by this project's renderers; user text inside is already escaped). */
  html: string;
  /** Order among inserts at one offset, lowest first: note markers, then closing tags, then opening tags. */
  rank: number;
}

export const RANK = { marker: 0, close: 1, open: 2 } as const;

export function sortInserts(inserts: readonly InlineInsert[] | undefined): InlineInsert[] {
  return [...(inserts ?? [])].sort((a, b) => a.at - b.at || a.rank - b.rank);
}

export type Piece<T> = { kind: 'node'; node: InlineNode } | { kind: 'insert'; value: T };

/**
 * The doc's inline nodes in order, text nodes cut at the given offsets, with each value placed at
 * its offset (values at the end of the text come last; values past it are dropped).
 */
export function inlinePieces<T>(doc: SegmentDoc | null, at: readonly { at: number; value: T }[]): Piece<T>[] {
  const sorted = [...at].sort((a, b) => a.at - b.at);
  const out: Piece<T>[] = [];
  let i = 0;
  let offset = 0;
  const flush = (upTo: number) => {
    while (i < sorted.length && sorted[i]!.at <= upTo) out.push({ kind: 'insert', value: sorted[i++]!.value });
  };
  for (const node of doc?.content[0]?.content ?? []) {
    flush(offset);
    if (node.type !== 'text') {
      out.push({ kind: 'node', node });
      offset += 1;
      continue;
    }
    const end = offset + node.text.length;
    let pos = offset;
    while (pos < end) {
      flush(pos);
      const to = Math.min(end, i < sorted.length ? sorted[i]!.at : end);
      out.push({ kind: 'node', node: { ...node, text: node.text.slice(pos - offset, to - offset) } });
      pos = to;
    }
    offset = end;
  }
  flush(offset);
  return out;
}
