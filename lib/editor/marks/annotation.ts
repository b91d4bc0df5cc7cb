// The TipTap mark of a review annotation. It carries the annotation's id plus display-only attributes
// (active, severity, hover title); category, severity, comment and the stored quote live on the server. Several
// annotations may overlap (excludes: ''), and typing at an edge does not extend one (inclusive: false),
// so the mark stays on the words the reviewer selected.
//
// The server keeps the authoritative offsets (lib/review/anchor.ts re-anchors them on every save), so
// the editor should: put marks on a loaded segment with withAnnotationMarks(doc, annotations), and save
// the target without them (withoutAnnotationMarks) — a save is validated with at most 10 marks per
// text node, and stale marks of resolved annotations should not be stored.
//
// The static rows render the same marks (lib/editor/render.ts, `annotations: true`), with the same HTML.
import { Mark, mergeAttributes } from '@tiptap/core';
import type { MarkType } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { DocMark, InlineNode, SegmentDoc } from '../doc';

export interface AnnotationMarkAttrs {
  id: string;
  /** Display only: the annotation is selected in the panel. */
  active?: boolean;
  /** Display only: the MQM severity (class sev-<severity>, the highlight's colour). */
  severity?: string | null;
  /** Display only: the hover text (category, severity, first comment). */
  title?: string | null;
}

/**
 * Transaction meta of the editor's own annotation updates (marks put on, the active flag): they are
 * not edits, so the editor neither saves nor records them for undo.
 */
export const ANNOTATION_META = 'annotationMarks';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annotation: {
      /** Marks the current selection with an annotation id. */
      setAnnotation: (attrs: AnnotationMarkAttrs) => ReturnType;
      /** Removes one annotation's mark everywhere in the document. */
      unsetAnnotation: (id: string) => ReturnType;
      /** Flags one annotation as active (or none with null), for highlighting. */
      setActiveAnnotation: (id: string | null) => ReturnType;
    };
  }
}

export const AnnotationMark = Mark.create({
  name: 'annotation',
  excludes: '',
  inclusive: false,
  spanning: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-annotation-id'),
        renderHTML: (attrs: { id?: string | null }) => (attrs.id ? { 'data-annotation-id': attrs.id } : {}),
      },
      active: {
        default: false,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-active') === 'true',
        renderHTML: (attrs: { active?: boolean }) => (attrs.active ? { 'data-active': 'true' } : {}),
      },
      severity: {
        default: null,
        parseHTML: (el: HTMLElement) => /(?:^|\s)sev-([a-z]+)/.exec(el.getAttribute('class') ?? '')?.[1] ?? null,
        renderHTML: (attrs: { severity?: string | null }) => (attrs.severity ? { class: `sev-${attrs.severity}` } : {}),
      },
      title: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('title'),
        renderHTML: (attrs: { title?: string | null }) => (attrs.title ? { title: attrs.title } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-annotation-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes({ class: 'annotation' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setAnnotation:
        (attrs) =>
        ({ commands }) =>
          commands.setMark(this.name, attrs),
      unsetAnnotation:
        (id) =>
        ({ tr, dispatch }) => {
          const type = this.type;
          tr.doc.descendants((node, pos) => {
            for (const m of node.marks) if (m.type === type && m.attrs.id === id) tr.removeMark(pos, pos + node.nodeSize, m);
          });
          if (dispatch) dispatch(tr);
          return true;
        },
      setActiveAnnotation:
        (id) =>
        ({ tr, dispatch }) => {
          const type = this.type;
          tr.doc.descendants((node, pos) => {
            for (const m of node.marks) {
              if (m.type !== type) continue;
              const active = m.attrs.id === id;
              if (!!m.attrs.active === active) continue;
              tr.removeMark(pos, pos + node.nodeSize, m);
              tr.addMark(pos, pos + node.nodeSize, type.create({ ...m.attrs, active }));
            }
          });
          tr.setMeta('addToHistory', false).setMeta('preventUpdate', true).setMeta(ANNOTATION_META, true);
          if (dispatch) dispatch(tr);
          return true;
        },
    };
  },
});

// ---- JSON helpers (no editor needed) -----------------------------------------------------------

/** Marks of any inline node (ProseMirror may put them on a hard break too, though the JSON model has none there). */
function marksOf(n: InlineNode): DocMark[] | undefined {
  return (n as { marks?: DocMark[] }).marks;
}

export function hasAnnotationMarks(doc: SegmentDoc | null | undefined): boolean {
  return !!doc?.content.some((p) => p.content?.some((n) => marksOf(n)?.some((m) => m.type === 'annotation')));
}

/**
 * The segment document with annotation marks removed (what should be saved). A document without
 * any is returned as it is (the same object), so saving is unchanged when there are none.
 */
export function withoutAnnotationMarks(doc: SegmentDoc): SegmentDoc {
  if (!hasAnnotationMarks(doc)) return doc;
  const content = (doc.content[0]?.content ?? []).map((n): InlineNode => {
    const all = marksOf(n);
    if (!all?.some((m) => m.type === 'annotation')) return n;
    const marks = all.filter((m) => m.type !== 'annotation');
    if (n.type !== 'text') return (marks.length ? { ...n, marks } : { type: n.type }) as InlineNode;
    return marks.length ? { ...n, marks } : { type: 'text', text: n.text };
  });
  return mergeText({ type: 'doc', content: [{ type: 'paragraph', content: content.length ? content : undefined }] });
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[] | undefined) {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function mergeText(doc: SegmentDoc): SegmentDoc {
  const out: InlineNode[] = [];
  for (const n of doc.content[0]?.content ?? []) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text' && sameMarks(last.marks, n.marks))
      out[out.length - 1] = { ...last, text: last.text + n.text };
    else out.push(n);
  }
  return { type: 'doc', content: [{ type: 'paragraph', content: out.length ? out : undefined }] };
}

export interface AnnotationSpan {
  id: string;
  start: number;
  end: number;
  active?: boolean;
  severity?: string | null;
  title?: string | null;
}

/** The mark attributes of a span, in the order the editor's JSON lists them (id, active, severity, title). */
export function annotationAttrs(a: AnnotationSpan): Record<string, unknown> {
  return {
    id: a.id,
    ...(a.active ? { active: true } : {}),
    ...(a.severity ? { severity: a.severity } : {}),
    ...(a.title ? { title: a.title } : {}),
  };
}

/**
 * The order in which annotations are put on text (earlier start first, the longer one outside, then
 * by id): withAnnotationMarks and the editor use it, so overlapping marks nest the same way in both.
 */
export function sortAnnotationSpans<T extends AnnotationSpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Puts annotation marks on a segment document at plain-text offsets (docToText: a hard break is one
 * character). Existing annotation marks are replaced; spans outside the text are ignored.
 */
export function withAnnotationMarks(doc: SegmentDoc, annotations: readonly AnnotationSpan[]): SegmentDoc {
  const base = withoutAnnotationMarks(doc);
  const spans = sortAnnotationSpans(annotations.filter((a) => a.end > a.start));
  const cuts = new Set<number>();
  for (const a of spans) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const out: InlineNode[] = [];
  let offset = 0;
  for (const n of base.content[0]?.content ?? []) {
    if (n.type !== 'text') {
      out.push(n);
      offset += 1;
      continue;
    }
    const points = [
      0,
      ...[...cuts]
        .filter((c) => c > offset && c < offset + n.text.length)
        .map((c) => c - offset)
        .sort((x, y) => x - y),
      n.text.length,
    ];
    for (let i = 0; i < points.length - 1; i += 1) {
      const from = offset + points[i]!;
      const to = offset + points[i + 1]!;
      const covering = spans.filter((a) => a.start <= from && a.end >= to);
      const marks: DocMark[] = [...(n.marks ?? []), ...covering.map((a) => ({ type: 'annotation' as const, attrs: annotationAttrs(a) }))];
      out.push(
        marks.length
          ? { type: 'text', text: n.text.slice(points[i]!, points[i + 1]!), marks }
          : { type: 'text', text: n.text.slice(points[i]!, points[i + 1]!) },
      );
    }
    offset += n.text.length;
  }
  return mergeText({ type: 'doc', content: [{ type: 'paragraph', content: out.length ? out : undefined }] });
}

/** Where each annotation mark sits, as plain-text offsets (merged over neighbouring nodes). */
export function annotationSpans(doc: SegmentDoc): { id: string; start: number; end: number }[] {
  const open = new Map<string, { start: number; end: number }>();
  const done: { id: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const n of doc.content[0]?.content ?? []) {
    const len = n.type === 'text' ? n.text.length : 1;
    if (n.type !== 'text') {
      // A hard break carries no marks: a span continuing after it covers it.
      offset += len;
      continue;
    }
    const ids = new Set((n.marks ?? []).filter((m) => m.type === 'annotation').map((m) => String(m.attrs?.id)));
    for (const [id, span] of open) {
      if (!ids.has(id)) {
        done.push({ id, ...span });
        open.delete(id);
      }
    }
    for (const id of ids) {
      const span = open.get(id);
      if (span) span.end = offset + len;
      else open.set(id, { start: offset, end: offset + len });
    }
    offset += len;
  }
  for (const [id, span] of open) done.push({ id, ...span });
  return done.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Replaces the annotation marks of an editor transaction's document with these spans (plain-text
 * offsets; position = offset + 1 in the one paragraph). Marks go on text only, in
 * sortAnnotationSpans order, as withAnnotationMarks puts them, so the editor's HTML and the static
 * rows' match; a hard break inside a span stays unmarked.
 */
export function putAnnotationMarks(tr: Transaction, type: MarkType, spans: readonly AnnotationSpan[]): Transaction {
  tr.removeMark(0, tr.doc.content.size, type);
  const size = tr.doc.firstChild?.content.size ?? 0;
  for (const a of sortAnnotationSpans(spans)) {
    const from = Math.max(0, a.start) + 1;
    const to = Math.min(size, a.end) + 1;
    if (to <= from) continue;
    const mark = type.create(annotationAttrs(a));
    const ranges: [number, number][] = [];
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isText) ranges.push([Math.max(pos, from), Math.min(pos + node.nodeSize, to)]);
      return true;
    });
    for (const [f, t] of ranges) tr.addMark(f, t, mark);
  }
  return tr;
}
