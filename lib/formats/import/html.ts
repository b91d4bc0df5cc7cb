// HTML through htmlparser2's DOM, read the way a browser lays it out: block elements (p, h1–h6, li,
// blockquote, div, td, …) end one paragraph and start the next; text and inline elements fill the
// current one. b/strong, i/em and a[href] (safe hrefs only) become marks, br a hard break. Scripts,
// styles, templates, comments and every attribute other than href are dropped; entities are decoded,
// so "&lt;script&gt;" in the content stays as the literal text "<script>".
import { parseDocument } from 'htmlparser2';
import { ImportError } from './errors';
import { InlineBuilder, type MarkState } from './inline';
import type { ImportedSegment, SegmentKind } from './types';

interface HNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'select',
  'textarea',
  'input',
  'button',
  'img',
  'video',
  'audio',
  'map',
  'picture',
  'meta',
  'link',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

interface Context {
  kind: SegmentKind;
  level?: number;
  listDepth: number;
  pre: boolean;
  marks: MarkState;
}

/** Deeper than any real article; the walk below recurses, so 6,000 nested <div>s would overflow it. */
export const MAX_HTML_DEPTH = 500;

function assertShallow(root: HNode) {
  const stack: [HNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH) {
      throw new ImportError(
        'malformed',
        `The HTML nests elements more than ${MAX_HTML_DEPTH} deep; no article needs that. Simplify the file (or save it as plain text) and import it again.`,
      );
    }
    for (const c of node.children ?? []) stack.push([c, depth + 1]);
  }
}

export function parseHtml(html: string): { segments: ImportedSegment[]; title?: string } {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as HNode;
  assertShallow(doc);
  const segments: ImportedSegment[] = [];
  const builder = new InlineBuilder(true);
  let current: Context = { kind: 'paragraph', listDepth: 0, pre: false, marks: {} };

  const flush = () => {
    if (builder.isEmpty) return;
    const { content, text } = builder.finish();
    if (!text) return;
    const seg: ImportedSegment = { kind: current.kind, content, text };
    if (current.level !== undefined) seg.level = current.level;
    segments.push(seg);
  };

  const walk = (node: HNode, ctx: Context) => {
    if (node.type === 'text') {
      current = ctx;
      if (ctx.pre) builder.preformatted(node.data ?? '', ctx.marks);
      else builder.text(node.data ?? '', ctx.marks);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return; // comments, directives, script/style, CDATA
    const name = node.name ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') {
      current = ctx;
      builder.hardBreak();
      return;
    }
    let next = ctx;
    if (name === 'b' || name === 'strong') next = { ...ctx, marks: { ...ctx.marks, bold: true } };
    else if (name === 'i' || name === 'em') next = { ...ctx, marks: { ...ctx.marks, italic: true } };
    else if (name === 'a' && node.attribs?.href) next = { ...ctx, marks: { ...ctx.marks, href: node.attribs.href } };
    if (BLOCK.has(name)) {
      flush();
      next = blockContext(name, ctx);
    }
    for (const child of node.children ?? []) walk(child, next);
    if (BLOCK.has(name)) {
      current = next;
      flush();
    }
  };

  walk(doc, current);
  flush();
  return { segments, title: findTitle(doc) ?? segments.find((s) => s.kind === 'heading' && s.level === 1)?.text };
}

function blockContext(name: string, ctx: Context): Context {
  const base = { listDepth: ctx.listDepth, pre: ctx.pre || name === 'pre', marks: ctx.marks };
  if (HEADING[name]) return { ...base, kind: 'heading', level: HEADING[name] };
  if (name === 'li') return { ...base, kind: 'listItem', level: ctx.listDepth + 1, listDepth: ctx.listDepth + 1 };
  if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dir') return { ...base, kind: 'paragraph', listDepth: ctx.listDepth };
  // Paragraphs inside a list item (<li><p>…</p></li>) are still list items.
  if (ctx.kind === 'listItem' && name === 'p') return { ...base, kind: 'listItem', level: ctx.level };
  return { ...base, kind: 'paragraph' };
}

function findTitle(root: HNode): string | undefined {
  const stack: HNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag' && node.name === 'title') {
      const b = new InlineBuilder(true);
      for (const c of node.children ?? []) if (c.type === 'text') b.text(c.data ?? '');
      const { text } = b.finish();
      return text || undefined;
    }
    if (node.type === 'tag' && node.name === 'body') continue;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}
