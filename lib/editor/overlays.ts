// What the editor draws over a segment's text besides its content: QA issues as underlines
// (InlineDecoration, for RichText and the editor's decoration plugin) and open review annotations
// as annotation marks (withAnnotationMarks / the editor's AnnotationMark). Pure: the caller passes
// the localized hover text.
import type { TAnnotation, TAnnotationHighlight, TNoteHighlight } from '../review/types';
import type { InlineDecoration } from './doc';

export type OverlaySide = 'source' | 'target';

export interface SpanIssue {
  severity: 'error' | 'warning';
  message: string;
  sourceSpan?: { start: number; end: number };
  targetSpan?: { start: number; end: number };
}

/**
 * QA issues of one side as wavy-underline decorations: one per distinct span, red when any issue on
 * it is an error, amber otherwise, with every message on its own line of the hover title (`line`
 * gives the localized line, e.g. "Error: …"). Spans are clamped to the text; issues without a span
 * on this side are left to the side panel.
 */
export function qaDecorations<T extends SpanIssue>(
  issues: readonly T[],
  side: OverlaySide,
  textLength: number,
  line: (issue: T) => string,
): InlineDecoration[] {
  const groups = new Map<string, { start: number; end: number; error: boolean; lines: string[] }>();
  for (const issue of issues) {
    const span = side === 'source' ? issue.sourceSpan : issue.targetSpan;
    if (!span) continue;
    const start = Math.max(0, span.start);
    const end = Math.min(textLength, span.end);
    if (end <= start) continue;
    const key = `${start}:${end}`;
    const g = groups.get(key) ?? { start, end, error: false, lines: [] };
    g.error ||= issue.severity === 'error';
    const text = line(issue);
    if (!g.lines.includes(text)) g.lines.push(text);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((g) => ({
      start: g.start,
      end: g.end,
      className: `qa qa-${g.error ? 'error' : 'warning'}`,
      attrs: { title: g.lines.join('\n'), 'data-qa': g.error ? 'error' : 'warning' },
    }));
}

export interface PlaceableAnnotation {
  side: OverlaySide;
  start: number;
  end: number;
  quote: string;
}

/**
 * The annotations to draw on one side of a segment whose plain text is `text`: those whose quote is
 * still at their offsets (the server re-anchors them on every save; until the list is reloaded, or
 * while the text has unsaved edits, one that no longer fits is left out rather than drawn on the
 * wrong words).
 */
export function placeAnnotations<T extends PlaceableAnnotation>(annotations: readonly T[], side: OverlaySide, text: string): T[] {
  return annotations.filter((a) => a.side === side && a.end > a.start && a.end <= text.length && text.slice(a.start, a.end) === a.quote);
}

/** The hover text of an annotation: "<category> · <severity>" and the first lines of its comment. */
export function annotationTitle(label: string, comment: string, max = 300): string {
  const c = comment.trim();
  if (!c) return label;
  return `${label}\n${c.length > max ? `${c.slice(0, max - 1)}…` : c}`;
}

/** The highlight of an annotation, or null when it is not drawn (resolved, won't fix, or detached). */
export function toHighlight(a: TAnnotation): TAnnotationHighlight | null {
  if (a.status !== 'open' || a.detached) return null;
  return {
    id: a.id,
    side: a.side,
    start: a.start,
    end: a.end,
    quote: a.quote,
    category: a.category,
    severity: a.severity,
    comment: a.comment,
  };
}

/** A note to number: where it sits (its segment's position) and what it is. */
export type NoteToNumber = Omit<TNoteHighlight, 'number'> & { segmentId: string; position: number };

/**
 * Reader notes numbered in reading order, as the editions number them (lib/publish/notes.ts):
 * paragraph by paragraph, the English side first, each side by position; grouped by segment.
 */
export function numberNotes(notes: readonly NoteToNumber[]): Record<string, TNoteHighlight[]> {
  const side = (s: OverlaySide) => (s === 'source' ? 0 : 1);
  const sorted = [...notes].sort(
    (a, b) => a.position - b.position || side(a.side) - side(b.side) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1),
  );
  const out: Record<string, TNoteHighlight[]> = {};
  sorted.forEach(({ segmentId, position: _position, ...n }, i) => {
    (out[segmentId] ??= []).push({ ...n, number: i + 1 });
  });
  return out;
}

/**
 * Reader notes of one side as decorations: a dotted underline in the note colour (`reader-note`,
 * apart from the review annotations' highlight marks and QA's wavy underlines) carrying the note's
 * number (drawn after the words by CSS) and its accessible name. Only notes whose quote is still at
 * their offsets are drawn. In the static rows they are focusable buttons (`focusable`); inside the
 * active editor they are plain spans of the text.
 */
export function noteDecorations(
  notes: readonly TNoteHighlight[],
  side: OverlaySide,
  text: string,
  label: (note: TNoteHighlight) => string,
  { focusable = true }: { focusable?: boolean } = {},
): InlineDecoration[] {
  return placeAnnotations(notes, side, text).map((n) => ({
    start: n.start,
    end: n.end,
    className: `reader-note${n.approved ? '' : ' reader-note-pending'}`,
    attrs: {
      'data-note-id': n.id,
      'data-note': String(n.number),
      title: label(n),
      ...(focusable ? { role: 'button', tabindex: '0', 'aria-label': label(n) } : {}),
    },
  }));
}
