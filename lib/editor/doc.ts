// Segment content is a TipTap (ProseMirror) JSON document with one block, holding inline text with
// the marks the sources use: bold, italic, link (plus pointer marks added by later features).
// These helpers work on the JSON alone, so the server, the exporters and the tests need no editor.

export const INLINE_MARKS = ['bold', 'italic', 'link', 'annotation'] as const;
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

/** Only http(s), mailto, in-page and site-relative links survive; anything else (javascript:, data:) is dropped. */
export function safeHref(href: unknown): string | null {
  return typeof href === 'string' && SAFE_HREF.test(href.trim()) ? href.trim() : null;
}

/** A highlighted span over the paragraph's plain text (docToText offsets; a hard break is one character). */
export interface InlineDecoration {
  start: number;
  end: number;
  /** Rendered as <mark class=…> innermost, inside the text's marks. */
  className: string;
  attrs?: Record<string, string>;
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

type Unit = { ch: string; marks?: DocMark[] };

function units(doc: SegmentDoc): Unit[] {
  const out: Unit[] = [];
  for (const node of doc.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') out.push({ ch: '\n' });
    else for (const ch of node.text) out.push({ ch, marks: node.marks });
  }
  return out;
}

/**
 * `doc` with its plain text changed to `text` where it differs (the common start and end kept with
 * their marks): a plain-text edit of formatted content (the editor's plain first screen, hand-over.ts)
 * loses no bold, italic or link outside the changed part. Inserted text takes the bold and italic of
 * the character before it, as typing does in the editor; links and annotations do not grow.
 */
export function spliceDocText(doc: SegmentDoc, text: string): SegmentDoc {
  const old = units(doc);
  const next = Array.from(text);
  let p = 0;
  while (p < old.length && p < next.length && old[p]!.ch === next[p]) p++;
  let s = 0;
  while (s < old.length - p && s < next.length - p && old[old.length - 1 - s]!.ch === next[next.length - 1 - s]) s++;
  const carried = p > 0 ? old[p - 1]!.marks?.filter((m) => m.type === 'bold' || m.type === 'italic') : undefined;
  const inserted: Unit[] = next
    .slice(p, next.length - s)
    .map((ch) => (ch === '\n' ? { ch } : { ch, marks: carried?.length ? carried : undefined }));
  const merged = [...old.slice(0, p), ...inserted, ...old.slice(old.length - s)];
  const content: InlineNode[] = [];
  for (const u of merged) {
    if (u.ch === '\n') {
      content.push({ type: 'hardBreak' });
      continue;
    }
    const last = content[content.length - 1];
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(u.marks ?? [])) last.text += u.ch;
    else content.push(u.marks?.length ? { type: 'text', text: u.ch, marks: u.marks } : { type: 'text', text: u.ch });
  }
  return inlineToDoc(content);
}
