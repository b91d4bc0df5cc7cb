// Text anchors of review annotations: where an annotation sits in a segment's plain text (docToText
// offsets, UTF-16 units; a hard break is one character), plus the quoted words and up to 32
// characters of context on each side (W3C TextQuoteSelector + TextPositionSelector).
//
// When the text changes, an anchor is carried over by these rules, in order, and nothing else:
//  1. Map start and end through a character diff of old → new text (diffChars). Text inserted exactly
//     at an edge stays outside (the mark is not inclusive): start sticks after insertions, end before.
//     If the mapped span's text still equals the quote, that is the new anchor ("mapped").
//  2. Otherwise search the new text for the quote. A place qualifies only if the full stored prefix
//     or the full stored suffix is right next to it (W3C TextQuoteSelector style); the best context
//     match wins, ties go to the place nearest the mapped start ("searched").
//  3. Otherwise, if the quote (at least two letters or digits) occurred exactly once in the old text
//     and occurs exactly once in the new text, those are the same words ("unique"): a character diff
//     can explain a move of the surrounding text as deleting and retyping the quote.
//  4. Otherwise the anchor is detached: its words were deleted or changed. It never moves to other
//     words that merely look the same.
// A detached anchor re-attaches only when its exact quote comes back with BOTH prefix and suffix
// (say, the translator undid the deletion).
import { diffChars, type ChangeObject } from 'diff';

export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorResult =
  | {
      detached: false;
      start: number;
      end: number;
      prefix: string;
      suffix: string;
      how: 'unchanged' | 'mapped' | 'searched' | 'unique' | 'reattached';
    }
  | { detached: true; reason: 'deleted' | 'changed' };

/** The quote and its context for a span of `text`. */
export function captureAnchor(text: string, start: number, end: number, context = CONTEXT_CHARS): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid span ${start}–${end} for a text of ${text.length} characters.`);
  }
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

type Changes = ChangeObject<string>[];

/**
 * Maps an offset of the old text into the new text through a diff. `assoc` decides where a position
 * at the edge of an insertion goes: -1 before the inserted text, +1 after it. An offset strictly
 * inside deleted text collapses to the deletion point (`inDeletion`).
 */
export function mapOffset(changes: Changes, offset: number, assoc: -1 | 1): { pos: number; inDeletion: boolean } {
  let o = 0;
  let n = 0;
  let first: number | null = null;
  let last: number | null = null;
  const visit = () => {
    if (o === offset) {
      if (first === null) first = n;
      last = n;
    }
  };
  visit();
  for (const c of changes) {
    const len = c.value.length;
    if (c.added) {
      n += len;
      visit();
    } else if (c.removed) {
      if (offset > o && offset < o + len) return { pos: n, inDeletion: true };
      o += len;
      visit();
    } else {
      if (offset > o && offset < o + len) return { pos: n + (offset - o), inDeletion: false };
      o += len;
      n += len;
      visit();
    }
  }
  const pos = assoc < 0 ? first : last;
  return { pos: pos ?? n, inDeletion: false };
}

function commonSuffixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i += 1;
  return i;
}
function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function contextOf(text: string, start: number, end: number) {
  return { prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) };
}

/**
 * Every place the quote occurs in `text`, scored by how much of the stored context surrounds it.
 * `full` says which sides match the stored prefix/suffix completely.
 */
export function findQuote(text: string, anchor: Pick<TextAnchor, 'quote' | 'prefix' | 'suffix'>) {
  const found: { start: number; end: number; score: number; prefixFull: boolean; suffixFull: boolean }[] = [];
  if (!anchor.quote) return found;
  for (let i = text.indexOf(anchor.quote); i >= 0; i = text.indexOf(anchor.quote, i + 1)) {
    const end = i + anchor.quote.length;
    const before = text.slice(Math.max(0, i - anchor.prefix.length), i);
    const after = text.slice(end, end + anchor.suffix.length);
    const p = commonSuffixLength(before, anchor.prefix);
    const s = commonPrefixLength(after, anchor.suffix);
    // Context shorter than CONTEXT_CHARS was cut by the text's edge: it matches fully only at that edge.
    const prefixFull = p === anchor.prefix.length && (anchor.prefix.length >= CONTEXT_CHARS || i === anchor.prefix.length);
    const suffixFull = s === anchor.suffix.length && (anchor.suffix.length >= CONTEXT_CHARS || end + anchor.suffix.length === text.length);
    found.push({ start: i, end, score: p + s, prefixFull, suffixFull });
  }
  return found;
}

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let i = text.indexOf(quote); i >= 0 && n < 2; i = text.indexOf(quote, i + 1)) n += 1;
  return n;
}

function countWordChars(s: string): number {
  return s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function diff(oldText: string, newText: string): Changes | undefined {
  // Bounded: a wholesale rewrite of a huge paragraph falls back to the quote search.
  return diffChars(oldText, newText, { maxEditLength: 20_000 }) ?? undefined;
}

/** Carries an attached anchor from `oldText` over to `newText` (see the rules at the top). */
export function reanchor(oldText: string, newText: string, anchor: TextAnchor): AnchorResult {
  if (oldText === newText)
    return { detached: false, start: anchor.start, end: anchor.end, prefix: anchor.prefix, suffix: anchor.suffix, how: 'unchanged' };
  let mapped: { start: number; end: number } | null = null;
  let touched = false;
  const changes = diff(oldText, newText);
  if (changes) {
    const s = mapOffset(changes, anchor.start, 1);
    const e = mapOffset(changes, anchor.end, -1);
    mapped = { start: s.pos, end: e.pos };
    touched = s.inDeletion || e.inDeletion;
    if (!touched && e.pos > s.pos && newText.slice(s.pos, e.pos) === anchor.quote) {
      return { detached: false, start: s.pos, end: e.pos, ...contextOf(newText, s.pos, e.pos), how: 'mapped' };
    }
  }
  const near = mapped?.start ?? anchor.start;
  const candidates = findQuote(newText, anchor).filter((c) => c.prefixFull || c.suffixFull);
  if (candidates.length > 0) {
    candidates.sort((a, b) => b.score - a.score || Math.abs(a.start - near) - Math.abs(b.start - near));
    const best = candidates[0]!;
    return { detached: false, start: best.start, end: best.end, ...contextOf(newText, best.start, best.end), how: 'searched' };
  }
  if (countWordChars(anchor.quote) >= 2 && occurrences(oldText, anchor.quote) === 1 && occurrences(newText, anchor.quote) === 1) {
    const start = newText.indexOf(anchor.quote);
    const end = start + anchor.quote.length;
    return { detached: false, start, end, ...contextOf(newText, start, end), how: 'unique' };
  }
  const gone = !mapped || mapped.end <= mapped.start;
  return { detached: true, reason: gone ? 'deleted' : 'changed' };
}

/** A detached anchor comes back only where its quote reappears with both full prefix and full suffix. */
export function reattach(newText: string, anchor: TextAnchor): AnchorResult {
  const exact = findQuote(newText, anchor).filter((c) => c.prefixFull && c.suffixFull);
  if (exact.length === 0) return { detached: true, reason: 'deleted' };
  exact.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
  const best = exact[0]!;
  return { detached: false, start: best.start, end: best.end, ...contextOf(newText, best.start, best.end), how: 'reattached' };
}
