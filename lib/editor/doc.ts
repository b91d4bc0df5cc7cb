// Segment content is a TipTap (ProseMirror) JSON document with one block, holding inline text with
// the marks the sources use: bold, italic, link (plus pointer marks added by later features).
// These helpers work on the JSON alone, so the server, the exporters and the tests need no editor.
import { z } from 'zod';

export const INLINE_MARKS = ['bold', 'italic', 'link', 'annotation', 'term'] as const;
export type InlineMarkType = (typeof INLINE_MARKS)[number];

export interface DocMark {
  type: InlineMarkType;
  attrs?: Record<string, unknown>;
}
export interface TextNode {
  type: 'text';
  text: string;
  marks?: DocMark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export type InlineNode = TextNode | HardBreakNode;
export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface SegmentDoc {
  type: 'doc';
  content: ParagraphNode[];
}

const SAFE_HREF = /^(https?:|mailto:|#|\/)/i;

export const ZDocMark = z.object({
  type: z.enum(INLINE_MARKS),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export const ZInlineNode = z.union([
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(ZDocMark).max(10).optional() }),
  z.object({ type: z.literal('hardBreak') }),
]);
export const ZSegmentDoc = z.object({
  type: z.literal('doc'),
  content: z
    .array(z.object({ type: z.literal('paragraph'), content: z.array(ZInlineNode).max(5000).optional() }))
    .length(1, 'a segment holds exactly one paragraph'),
});

export function emptyDoc(): SegmentDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function textToDoc(text: string): SegmentDoc {
  if (text === '') return emptyDoc();
  const content: InlineNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' });
    if (line) content.push({ type: 'text', text: line });
  });
  return { type: 'doc', content: [{ type: 'paragraph', content }] };
}

export function inlineToDoc(content: InlineNode[]): SegmentDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: content.length ? content : undefined }] };
}

export function docToText(doc: SegmentDoc): string {
  let out = '';
  for (const node of doc.content[0]?.content ?? []) out += node.type === 'text' ? node.text : '\n';
  return out;
}

export function parseDoc(json: string | null | undefined): SegmentDoc | null {
  if (!json) return null;
  return JSON.parse(json) as SegmentDoc;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only http(s), mailto, in-page and site-relative links survive; anything else (javascript:, data:) is dropped. */
export function safeHref(href: unknown): string | null {
  return typeof href === 'string' && SAFE_HREF.test(href.trim()) ? href.trim() : null;
}

/**
 * Renders a segment's inline content as HTML, the same markup the editor's schema produces
 * (<strong>, <em>, <a>). Every character of user text is escaped: no user HTML reaches a page raw.
 */
export function renderInlineHtml(doc: SegmentDoc | null): string {
  let html = '';
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') {
      html += '<br>';
      continue;
    }
    let piece = escapeHtml(node.text);
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') piece = `<strong>${piece}</strong>`;
      else if (mark.type === 'italic') piece = `<em>${piece}</em>`;
      else if (mark.type === 'link') {
        const href = safeHref(mark.attrs?.href);
        if (href) piece = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${piece}</a>`;
      }
    }
    html += piece;
  }
  return html;
}
