// The one renderer of a segment's TipTap JSON. The markup of every mark and of the hard break comes
// from the schema (schema.ts: each extension's renderHTML, mapped by @tiptap/static-renderer), so the
// editor's static rows (renderInlineHtml here, RichText in app/_components/rich-text.tsx), the web
// edition, the EPUB and the PDF (lib/publish/render.ts) render what the editor's getHTML() renders.
// Text and attribute values go through the one escaping function (lib/text/markup.ts); links keep only
// safe hrefs. The editions' own wrappers (name spans, note markers, sentence spans) build on this in
// lib/publish.
import { getAttributesFromExtensions, getSchemaByResolvedExtensions, resolveExtensions, splitExtensions } from '@tiptap/core';
import type { DOMOutputSpec, Mark as PMMark, Node as PMNode } from '@tiptap/pm/model';
import {
  mapMarkExtensionToReactNode,
  mapNodeExtensionToReactNode,
  type DomOutputSpecToElement,
} from '@tiptap/static-renderer/pm/html-string';
import { escapeMarkup } from '../text/markup';
import { safeHref, type DocMark, type InlineDecoration, type SegmentDoc } from './doc';
import { SCHEMA_EXTENSIONS } from './schema';

export type MarkupMode = 'html' | 'xhtml';

export interface InlineRenderOptions {
  /**
   * Render annotation marks (lib/editor/marks/annotation.ts) as the editor does. Off by default:
   * stored content should hold none, and pages other than the editor never show them.
   */
  annotations?: boolean;
}

/** What the schema renders, in some output type (markup strings here, React elements in RichText). */
export interface SchemaRenderers<T> {
  /** A mark around its children, as the mark's extension renders it. */
  mark(mark: DocMark, children: T | T[]): T;
  hardBreak(): T;
}

const resolved = resolveExtensions([...SCHEMA_EXTENSIONS]);
const extensionAttributes = getAttributesFromExtensions(resolved);
const { nodeExtensions, markExtensions } = splitExtensions(resolved);
/** Mark names, outermost first: the schema's order (what ProseMirror's DOMSerializer nests by). */
const MARK_ORDER = Object.keys(getSchemaByResolvedExtensions(resolved).marks);

/** The schema's marks and hard break rendered through `toElement` (a DOMOutputSpec → output function). */
export function schemaRenderers<T>(toElement: DomOutputSpecToElement<T>): SchemaRenderers<T> {
  const marks = new Map(markExtensions.map((ext) => mapMarkExtensionToReactNode(toElement, ext, extensionAttributes)));
  const br = nodeExtensions.find((ext) => ext.name === 'hardBreak')!;
  const [, hardBreak] = mapNodeExtensionToReactNode(toElement, br, extensionAttributes);
  return {
    mark(mark, children) {
      const render = marks.get(mark.type);
      if (!render) throw new Error(`mark ${mark.type} is not in the segment schema`);
      // The static renderer reads type and attrs only, which the JSON mark has.
      return render({ mark: mark as unknown as PMMark, children, node: undefined as unknown as PMNode });
    },
    hardBreak: () => hardBreak({ node: { type: 'hardBreak', attrs: {} } as unknown as PMNode, renderElement: () => undefined as T }),
  };
}

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const ATTR_NAME = /^[^\s"'<>/=\p{Cc}]+$/u;

function attrsToMarkup(attrs: Record<string, unknown>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs))
    if (v != null && v !== false && ATTR_NAME.test(k) && !/^on/i.test(k)) out += ` ${k}="${escapeMarkup(String(v))}"`;
  return out;
}

/** A DOMOutputSpec as markup: text and attribute values escaped, void elements closed as the mode wants. */
export function specToMarkup(mode: MarkupMode): DomOutputSpecToElement<string> {
  const render = (spec: DOMOutputSpec): ((children?: string | string[]) => string) => {
    if (typeof spec === 'string') return () => escapeMarkup(spec);
    if (!Array.isArray(spec)) throw new Error('a renderHTML that returns DOM nodes cannot be rendered statically');
    const [tag, ...rest] = spec as unknown as [string, ...unknown[]];
    const hasAttrs = rest.length > 0 && rest[0] !== null && typeof rest[0] === 'object' && !Array.isArray(rest[0]);
    const open = `<${tag}${hasAttrs ? attrsToMarkup(rest[0] as Record<string, unknown>) : ''}`;
    const body = hasAttrs ? rest.slice(1) : rest;
    return (children) => {
      if (!body.length) return VOID.has(tag) ? `${open}${mode === 'xhtml' ? '/>' : '>'}` : `${open}></${tag}>`;
      const inner = body.map((b) => (b === 0 ? [children ?? ''].flat().join('') : render(b as DOMOutputSpec)(children))).join('');
      return `${open}>${inner}</${tag}>`;
    };
  };
  return render;
}

const MARKUP: Record<MarkupMode, SchemaRenderers<string>> = {
  html: schemaRenderers(specToMarkup('html')),
  xhtml: schemaRenderers(specToMarkup('xhtml')),
};

/** The markup of the schema's marks and hard break, for HTML or XHTML. */
export function markupRenderers(mode: MarkupMode = 'html'): SchemaRenderers<string> {
  return MARKUP[mode];
}

/**
 * A text node's marks as they render, outermost first: schema order, unsafe links dropped (their text
 * kept), annotation marks only when asked for, each with a key that says "the same mark continues".
 */
export function renderedMarks(marks: readonly DocMark[] | undefined, options: InlineRenderOptions = {}): { mark: DocMark; key: string }[] {
  const out: { mark: DocMark; key: string }[] = [];
  // A stable sort: several annotation marks keep the order they have on the node, as in ProseMirror.
  const rank = (m: DocMark) => (MARK_ORDER.indexOf(m.type) + 1 || 99) - 1;
  for (const m of [...(marks ?? [])].sort((a, b) => rank(a) - rank(b))) {
    if (m.type === 'link') {
      const href = safeHref(m.attrs?.href);
      if (href) out.push({ mark: { type: 'link', attrs: { href } }, key: `link ${href}` });
    } else if (m.type === 'annotation') {
      if (options.annotations) out.push({ mark: m, key: `annotation ${JSON.stringify(m.attrs ?? {})}` });
    } else if (MARK_ORDER.includes(m.type)) out.push({ mark: { type: m.type }, key: m.type });
  }
  return out;
}

/** `inner` wrapped in a text node's marks (outermost first, as renderedMarks gives them). */
export function wrapInMarks(marks: readonly DocMark[] | undefined, inner: string, mode: MarkupMode = 'html'): string {
  const r = MARKUP[mode];
  return renderedMarks(marks).reduceRight((html, { mark }) => r.mark(mark, html), inner);
}

/**
 * One piece of rendered inline content: a leaf (text or break) under a stack of marks, outermost
 * first. A text leaf carries the decorations covering it, outermost first.
 */
export type InlineTree =
  | { kind: 'text'; text: string; decorations: InlineDecoration[] }
  | { kind: 'br' }
  | { kind: 'mark'; mark: DocMark; children: InlineTree[] };

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
  const open: { key: string; children: InlineTree[] }[] = [];
  const decos = sortDecorations(decorations);
  let offset = 0;
  const place = (marks: { mark: DocMark; key: string }[], leaf: InlineTree) => {
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.key === marks[keep]!.key) keep += 1;
    open.length = keep;
    for (let i = keep; i < marks.length; i += 1) {
      const node = { kind: 'mark' as const, mark: marks[i]!.mark, children: [] as InlineTree[] };
      (open.length ? open[open.length - 1]!.children : root).push(node);
      open.push({ key: marks[i]!.key, children: node.children });
    }
    (open.length ? open[open.length - 1]!.children : root).push(leaf);
  };
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') {
      place([], { kind: 'br' });
      offset += 1;
      continue;
    }
    const marks = renderedMarks(node.marks, options);
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

/** A decoration's <mark> around already rendered markup. */
export function decorationMarkup(d: InlineDecoration, inner: string): string {
  const { class: _ignored, ...attrs } = d.attrs ?? {};
  return `<mark${attrsToMarkup({ class: d.className, ...attrs })}>${inner}</mark>`;
}

function treeToMarkup(nodes: InlineTree[], r: SchemaRenderers<string>): string {
  let html = '';
  for (const n of nodes) {
    if (n.kind === 'br') html += r.hardBreak();
    else if (n.kind === 'text') html += n.decorations.reduceRight((inner, d) => decorationMarkup(d, inner), escapeMarkup(n.text));
    else html += r.mark(n.mark, treeToMarkup(n.children, r));
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
  options: InlineRenderOptions & { mode?: MarkupMode } = {},
): string {
  return treeToMarkup(inlineTree(doc, decorations, options), MARKUP[options.mode ?? 'html']);
}
