// Small helpers on segment documents for the editor UI.
import type { SegmentDoc } from '@/lib/editor/doc';
import { renderInlineHtml } from '@/lib/editor/render';

/**
 * Same content as rendered (text, marks, breaks, safe hrefs), whatever the key order or default
 * attributes (the editor's JSON carries rel/target/class on links, the server's may not).
 */
export function sameDoc(a: SegmentDoc | null | undefined, b: SegmentDoc | null | undefined): boolean {
  return renderInlineHtml(a ?? null) === renderInlineHtml(b ?? null);
}

const EDITABLE_MARKS = new Set(['bold', 'italic', 'link']);

/** The source as editor content: only marks the editor schema has (pointer marks such as annotations are dropped). */
export function editableCopy(doc: SegmentDoc): SegmentDoc {
  return {
    type: 'doc',
    content: doc.content.slice(0, 1).map((p) => ({
      type: 'paragraph',
      ...(p.content
        ? {
            content: p.content.map((n) =>
              n.type === 'text' && n.marks ? { ...n, marks: n.marks.filter((m) => EDITABLE_MARKS.has(m.type)) } : n,
            ),
          }
        : {}),
    })),
  };
}
