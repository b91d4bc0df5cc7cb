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

/** The marks that render, outermost first: the order the editor's schema gives them (Link has TipTap priority 1000). */
export const RENDERED_MARKS = ['link', 'bold', 'italic'] as const;
export type RenderedMark = (typeof RENDERED_MARKS)[number];
const MARK_RANK: Record<string, number> = { link: 0, bold: 1, italic: 2 };

/** A highlighted span over the paragraph's plain text (docToText offsets; a hard break is one character). */
export interface InlineDecoration {
  start: number;
  end: number;
  /** Rendered as <mark class=…> innermost, inside the text's marks. */
  className: string;
  attrs?: Record<string, string>;
}

/** One piece of rendered inline content: a leaf (text or break) under a stack of marks, outermost first. */
export type InlineTree =
  | { kind: 'text'; text: string; decoration?: InlineDecoration }
  | { kind: 'br' }
  | { kind: 'mark'; mark: RenderedMark; href?: string; children: InlineTree[] };

function sameMark(a: { mark: RenderedMark; href?: string }, b: { mark: RenderedMark; href?: string }) {
  return a.mark === b.mark && a.href === b.href;
}

/**
 * Groups a paragraph's inline nodes into nested marks the way ProseMirror's DOMSerializer does:
 * marks in schema order, outermost first, and a mark shared by neighbouring nodes is opened once
 * (<strong>a<em>b</em></strong>). The HTML and React renderers both walk this tree, so the static
 * rows match the editor's getHTML().
 */
export function inlineTree(doc: SegmentDoc | null, decorations: readonly InlineDecoration[] = []): InlineTree[] {
  const root: InlineTree[] = [];
  const open: { mark: RenderedMark; href?: string; children: InlineTree[] }[] = [];
  const decos = [...decorations].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start);
  let offset = 0;
  const place = (marks: { mark: RenderedMark; href?: string }[], leaf: InlineTree) => {
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep += 1;
    open.length = keep;
    for (let i = keep; i < marks.length; i += 1) {
      const node = { kind: 'mark' as const, mark: marks[i]!.mark, href: marks[i]!.href, children: [] as InlineTree[] };
      (open.length ? open[open.length - 1]!.children : root).push(node);
      open.push(node);
    }
    (open.length ? open[open.length - 1]!.children : root).push(leaf);
  };
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') {
      place([], { kind: 'br' });
      offset += 1;
      continue;
    }
    const marks: { mark: RenderedMark; href?: string }[] = [];
    for (const m of [...(node.marks ?? [])].sort((a, b) => (MARK_RANK[a.type] ?? 9) - (MARK_RANK[b.type] ?? 9))) {
      if (m.type === 'bold' || m.type === 'italic') marks.push({ mark: m.type });
      else if (m.type === 'link') {
        const href = safeHref(m.attrs?.href);
        if (href) marks.push({ mark: 'link', href });
      }
    }
    // Split the text at decoration edges.
    const start = offset;
    const end = offset + node.text.length;
    let pos = start;
    for (const d of decos) {
      if (d.end <= pos || d.start >= end) continue;
      if (d.start > pos) place(marks, { kind: 'text', text: node.text.slice(pos - start, d.start - start) });
      const to = Math.min(d.end, end);
      const from = Math.max(d.start, pos);
      place(marks, { kind: 'text', text: node.text.slice(from - start, to - start), decoration: d });
      pos = to;
    }
    if (pos < end) place(marks, { kind: 'text', text: node.text.slice(pos - start) });
    offset = end;
  }
  return root;
}

function treeToHtml(nodes: InlineTree[]): string {
  let html = '';
  for (const n of nodes) {
    if (n.kind === 'br') html += '<br>';
    else if (n.kind === 'text') {
      const text = escapeHtml(n.text);
      if (!n.decoration) html += text;
      else {
        const extra = Object.entries(n.decoration.attrs ?? {}).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
        html += `<mark class="${escapeHtml(n.decoration.className)}"${extra}>${text}</mark>`;
      }
    } else {
      const inner = treeToHtml(n.children);
      if (n.mark === 'bold') html += `<strong>${inner}</strong>`;
      else if (n.mark === 'italic') html += `<em>${inner}</em>`;
      else html += `<a href="${escapeHtml(n.href!)}" rel="noopener noreferrer nofollow">${inner}</a>`;
    }
  }
  return html;
}

/**
 * Renders a segment's inline content as HTML, the same markup the editor's schema produces
 * (<a>, <strong>, <em>, <br>, nested in schema order). Every character of user text is escaped:
 * no user HTML reaches a page raw.
 */
export function renderInlineHtml(doc: SegmentDoc | null, decorations: readonly InlineDecoration[] = []): string {
  return treeToHtml(inlineTree(doc, decorations));
}

/** How many text runs carry each formatting mark (QA compares source and target). */
export function countMarks(doc: SegmentDoc | null): { bold: number; italic: number; link: number } {
  const counts = { bold: 0, italic: 0, link: 0 };
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type !== 'text') continue;
    for (const m of node.marks ?? []) if (m.type === 'bold' || m.type === 'italic' || m.type === 'link') counts[m.type] += 1;
  }
  return counts;
}

/** The doc with every link whose href is not safe removed (its text kept), as the editor should load it. */
export function stripUnsafeLinks(doc: SegmentDoc): SegmentDoc {
  return {
    type: 'doc',
    content: doc.content.map((p) => ({
      ...p,
      ...(p.content ? { content: p.content.map((n) => (n.type === 'text' && n.marks?.some((m) => m.type === 'link' && !safeHref(m.attrs?.href))
        ? { ...n, marks: n.marks.filter((m) => m.type !== 'link' || safeHref(m.attrs?.href)) }
        : n)) } : {}),
    })),
  };
}
