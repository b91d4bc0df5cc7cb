// The `context` string sent with a translation request: the paragraphs around the one being
// translated, so DeepL can resolve pronouns, terms and tone. DeepL does not bill context, but it
// does count toward the 128 KiB request size, so it is capped (in UTF-8 bytes). The text before
// the segment matters most (what "he" or "the agreement" refers to), so it gets the larger share
// of the budget, and each side is cut at its far end: we keep the words nearest the segment.

export const DEFAULT_CONTEXT_MAX_BYTES = 4096;
/** Share of the budget given to the preceding text when both sides need more than half. */
const BEFORE_SHARE = 0.6;
const SEPARATOR = '\n\n';
const ELLIPSIS = '…';

export interface ContextInput {
  /** Paragraphs before the segment, in document order (the nearest is last). */
  before: readonly string[];
  /** Paragraphs after the segment, in document order (the nearest is first). */
  after: readonly string[];
}

export interface ContextOptions {
  maxBytes?: number;
}

const encoder = new TextEncoder();

function byteLength(s: string): number {
  return encoder.encode(s).length;
}

/** Keeps the end of `text` within `maxBytes`, cutting at a word boundary where one is near. */
function keepEnd(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  const room = maxBytes - byteLength(ELLIPSIS);
  if (room <= 0) return '';
  const chars = Array.from(text);
  let bytes = 0;
  let i = chars.length;
  while (i > 0 && bytes + byteLength(chars[i - 1] ?? '') <= room) {
    i -= 1;
    bytes += byteLength(chars[i] ?? '');
  }
  let kept = chars.slice(i).join('');
  const space = kept.search(/\s/);
  if (space > 0 && space < 40) kept = kept.slice(space).trimStart();
  return ELLIPSIS + kept;
}

/** Keeps the start of `text` within `maxBytes`, cutting at a word boundary where one is near. */
function keepStart(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  const room = maxBytes - byteLength(ELLIPSIS);
  if (room <= 0) return '';
  const chars = Array.from(text);
  let bytes = 0;
  let i = 0;
  while (i < chars.length && bytes + byteLength(chars[i] ?? '') <= room) {
    bytes += byteLength(chars[i] ?? '');
    i += 1;
  }
  let kept = chars.slice(0, i).join('');
  const lastSpace = kept.search(/\s\S*$/);
  if (lastSpace > 0 && kept.length - lastSpace < 40) kept = kept.slice(0, lastSpace).trimEnd();
  return kept + ELLIPSIS;
}

function joinedBytes(parts: readonly string[]): number {
  const nonEmpty = parts.filter((p) => p.trim() !== '');
  return nonEmpty.length === 0 ? 0 : byteLength(nonEmpty.join(SEPARATOR));
}

/**
 * Builds the context from the surrounding paragraphs, at most `maxBytes` UTF-8 bytes. Returns ''
 * when there is nothing around the segment (the caller then omits the parameter).
 */
export function buildContext(input: ContextInput, options: ContextOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_CONTEXT_MAX_BYTES;
  const before = input.before.map((p) => p.trim()).filter((p) => p !== '');
  const after = input.after.map((p) => p.trim()).filter((p) => p !== '');
  if (maxBytes <= 0 || (before.length === 0 && after.length === 0)) return '';

  const separatorBytes = before.length > 0 && after.length > 0 ? byteLength(SEPARATOR) : 0;
  const budget = maxBytes - separatorBytes;
  const needBefore = joinedBytes(before);
  const needAfter = joinedBytes(after);
  // Each side gets its share; what one side does not use goes to the other.
  let beforeBudget = Math.min(needBefore, Math.floor(budget * (after.length > 0 ? BEFORE_SHARE : 1)));
  const afterBudget = Math.min(needAfter, budget - beforeBudget);
  beforeBudget = Math.min(needBefore, budget - afterBudget);

  const beforeText = takeFromEnd(before, beforeBudget);
  const afterText = takeFromStart(after, afterBudget);
  return [beforeText, afterText].filter((s) => s !== '').join(SEPARATOR);
}

/** Nearest paragraphs first, walking backwards from the segment until the budget is used. */
function takeFromEnd(paragraphs: readonly string[], maxBytes: number): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = paragraphs.length - 1; i >= 0; i -= 1) {
    const sep = kept.length > 0 ? byteLength(SEPARATOR) : 0;
    const p = paragraphs[i] ?? '';
    const size = byteLength(p);
    if (used + sep + size <= maxBytes) {
      kept.unshift(p);
      used += sep + size;
      continue;
    }
    const cut = keepEnd(p, maxBytes - used - sep);
    if (cut !== '') kept.unshift(cut);
    break;
  }
  return kept.join(SEPARATOR);
}

function takeFromStart(paragraphs: readonly string[], maxBytes: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    const sep = kept.length > 0 ? byteLength(SEPARATOR) : 0;
    const size = byteLength(p);
    if (used + sep + size <= maxBytes) {
      kept.push(p);
      used += sep + size;
      continue;
    }
    const cut = keepStart(p, maxBytes - used - sep);
    if (cut !== '') kept.push(cut);
    break;
  }
  return kept.join(SEPARATOR);
}

export interface ParagraphContextOptions extends ContextOptions {
  /** How many paragraphs to look at before the segment's paragraph (default 2). */
  before?: number;
  /** How many paragraphs to look at after it (default 1). */
  after?: number;
}

/** Context for the paragraph at `index` of a document's paragraphs. */
export function contextForParagraph(paragraphs: readonly string[], index: number, options: ParagraphContextOptions = {}): string {
  const nBefore = options.before ?? 2;
  const nAfter = options.after ?? 1;
  return buildContext(
    {
      before: paragraphs.slice(Math.max(0, index - nBefore), Math.max(0, index)),
      after: paragraphs.slice(index + 1, index + 1 + nAfter),
    },
    options,
  );
}
