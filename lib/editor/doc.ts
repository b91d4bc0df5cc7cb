// Segment content is a TipTap (ProseMirror) JSON document with one block, holding inline text with
// the marks the sources use: bold, italic, link (plus pointer marks added by later features).
// These helpers work on the JSON alone, so the server, the exporters and the tests need no editor.

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
 * The marks that render, outermost first: the order the editor's schema gives them (Link has TipTap
 * priority 1000; the annotation mark is registered last, so it sits innermost among marks).
 */
export const RENDERED_MARKS = ['link', 'bold', 'italic', 'annotation'] as const;
export type RenderedMark = (typeof RENDERED_MARKS)[number];
const MARK_RANK: Record<string, number> = { link: 0, bold: 1, italic: 2, annotation: 3 };

/** A highlighted span over the paragraph's plain text (docToText offsets; a hard break is one character). */
export interface InlineDecoration {
  start: number;
  end: number;
  /** Rendered as <mark class=…> innermost, inside the text's marks. */
  className: string;
  attrs?: Record<string, string>;
}

export interface InlineRenderOptions {
  /**
   * Render annotation marks (lib/editor/marks/annotation.ts) as the editor does. Off by default:
   * stored content should hold none, and pages other than the editor never show them.
   */
  annotations?: boolean;
}

/** A mark as rendered: for links the safe href, for annotations the HTML attributes. */
interface OpenMark {
  mark: RenderedMark;
  href?: string;
  attrs?: Record<string, string>;
  /** Identity for "the same mark continues on the next node". */
  key: string;
}

/**
 * One piece of rendered inline content: a leaf (text or break) under a stack of marks, outermost
 * first. A text leaf carries the decorations covering it, outermost first.
 */
export type InlineTree =
  | { kind: 'text'; text: string; decorations: InlineDecoration[] }
  | { kind: 'br' }
  | { kind: 'mark'; mark: RenderedMark; href?: string; attrs?: Record<string, string>; children: InlineTree[] };

/**
 * The HTML attributes of an annotation mark, as the editor's AnnotationMark renders them
 * (TipTap merges the attributes' renderHTML into { class: 'annotation' }).
 */
export function annotationMarkAttrs(attrs: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = { class: 'annotation' };
  const id = attrs?.id;
  if (typeof id === 'string' && id) out['data-annotation-id'] = id;
  if (attrs?.active === true) out['data-active'] = 'true';
  const severity = attrs?.severity;
  if (typeof severity === 'string' && severity) out.class += ` sev-${severity}`;
  const title = attrs?.title;
  if (typeof title === 'string' && title) out.title = title;
  return out;
}

/** Decorations sorted for nesting: earlier start first, then the longer one outside; ties keep their order. */
function sortDecorations(decorations: readonly InlineDecoration[]): InlineDecoration[] {
  return decorations
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.end > d.start)
    .sort((a, b) => a.d.start - b.d.start || b.d.end - a.d.end || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * Groups a paragraph's inline nodes into nested marks the way ProseMirror's DOMSerializer does:
 * marks in schema order, outermost first, and a mark shared by neighbouring nodes is opened once
 * (<strong>a<em>b</em></strong>). The HTML and React renderers both walk this tree, so the static
 * rows match the editor's getHTML().
 *
 * Decorations may overlap: the text is cut at every decoration edge and each piece is wrapped in
 * every decoration covering it (nested, outermost first), so no character is dropped or repeated.
 */
export function inlineTree(
  doc: SegmentDoc | null,
  decorations: readonly InlineDecoration[] = [],
  options: InlineRenderOptions = {},
): InlineTree[] {
  const root: InlineTree[] = [];
  const open: (OpenMark & { children: InlineTree[] })[] = [];
  const decos = sortDecorations(decorations);
  let offset = 0;
  const place = (marks: OpenMark[], leaf: InlineTree) => {
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.key === marks[keep]!.key) keep += 1;
    open.length = keep;
    for (let i = keep; i < marks.length; i += 1) {
      const m = marks[i]!;
      const node = {
        kind: 'mark' as const,
        mark: m.mark,
        ...(m.href !== undefined ? { href: m.href } : {}),
        ...(m.attrs ? { attrs: m.attrs } : {}),
        children: [] as InlineTree[],
      };
      (open.length ? open[open.length - 1]!.children : root).push(node);
      open.push({ ...m, children: node.children });
    }
    (open.length ? open[open.length - 1]!.children : root).push(leaf);
  };
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') {
      place([], { kind: 'br' });
      offset += 1;
      continue;
    }
    const marks: OpenMark[] = [];
    // A stable sort: several annotation marks keep the order they have on the node, as in ProseMirror.
    for (const m of [...(node.marks ?? [])].sort((a, b) => (MARK_RANK[a.type] ?? 9) - (MARK_RANK[b.type] ?? 9))) {
      if (m.type === 'bold' || m.type === 'italic') marks.push({ mark: m.type, key: m.type });
      else if (m.type === 'link') {
        const href = safeHref(m.attrs?.href);
        if (href) marks.push({ mark: 'link', href, key: `link ${href}` });
      } else if (m.type === 'annotation' && options.annotations) {
        const attrs = annotationMarkAttrs(m.attrs);
        marks.push({ mark: 'annotation', attrs, key: `annotation ${JSON.stringify(attrs)}` });
      }
    }
    // Cut the text at every decoration edge inside it; each piece carries the decorations covering it.
    const start = offset;
    const end = offset + node.text.length;
    const cuts = new Set<number>([start, end]);
    for (const d of decos) {
      if (d.end <= start || d.start >= end) continue;
      if (d.start > start) cuts.add(d.start);
      if (d.end < end) cuts.add(d.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const covering = decos.filter((d) => d.start <= from && d.end >= to);
      place(marks, { kind: 'text', text: node.text.slice(from - start, to - start), decorations: covering });
    }
    offset = end;
  }
  return root;
}

function attrsToHtml(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

function treeToHtml(nodes: InlineTree[]): string {
  let html = '';
  for (const n of nodes) {
    if (n.kind === 'br') html += '<br>';
    else if (n.kind === 'text') {
      let inner = escapeHtml(n.text);
      for (const d of [...n.decorations].reverse()) {
        inner = `<mark class="${escapeHtml(d.className)}"${attrsToHtml(d.attrs ?? {})}>${inner}</mark>`;
      }
      html += inner;
    } else {
      const inner = treeToHtml(n.children);
      if (n.mark === 'bold') html += `<strong>${inner}</strong>`;
      else if (n.mark === 'italic') html += `<em>${inner}</em>`;
      else if (n.mark === 'annotation') html += `<mark${attrsToHtml(n.attrs ?? {})}>${inner}</mark>`;
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
export function renderInlineHtml(
  doc: SegmentDoc | null,
  decorations: readonly InlineDecoration[] = [],
  options: InlineRenderOptions = {},
): string {
  return treeToHtml(inlineTree(doc, decorations, options));
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
      ...(p.content
        ? {
            content: p.content.map((n) =>
              n.type === 'text' && n.marks?.some((m) => m.type === 'link' && !safeHref(m.attrs?.href))
                ? { ...n, marks: n.marks.filter((m) => m.type !== 'link' || safeHref(m.attrs?.href)) }
                : n,
            ),
          }
        : {}),
    })),
  };
}
