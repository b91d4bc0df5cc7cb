// Sentence links in the web edition: each sentence of a paragraph's English and Korean text is
// wrapped in <span class="s" data-s="<paragraph>.<link>">, the same value on both sides of one link
// (a 2:1 link gives two English sentences and one Korean sentence the same value). The spans carry
// no style of their own: without the reader script the page is plain paragraphs; with it, hovering,
// tapping or focusing a sentence highlights its counterpart (app/e/_components/edition-reader.tsx).
// The links are frozen in the snapshot at publish (`EditionSentences`): the ones stored on the
// segment when they still describe its sentences, else computed by the sentence aligner.
import { sentenceSpans } from '../align/features';
import type { StoredSentenceLinks } from '../align/segment-links';
import { segmentSentenceLinks } from '../align/segment-links';
import { RANK, type InlineInsert } from './inline-inserts';

/** A paragraph's sentences ([start, end) offsets in docToText of each side) and their links. */
export interface EditionSentences {
  source: [number, number][];
  target: [number, number][];
  links: { source: number[]; target: number[] }[];
}

const sameSpans = (a: readonly [number, number][], b: readonly [number, number][]) =>
  a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1]);

/**
 * The sentences of one paragraph for the edition: the segment's stored links when they were made on
 * the same sentences as its current text (an alignment's links may have used the glossary), else
 * fresh ones from the sentence aligner. Null when a side is empty.
 */
export function editionSentences(sourceText: string, targetText: string, stored: string | null): EditionSentences | null {
  if (!sourceText.trim() || !targetText.trim()) return null;
  let links: StoredSentenceLinks | null = null;
  if (stored) {
    try {
      const parsed = JSON.parse(stored) as StoredSentenceLinks;
      if (
        Array.isArray(parsed?.links) &&
        sameSpans(parsed.source, sentenceSpans(sourceText, false)) &&
        sameSpans(parsed.target, sentenceSpans(targetText, true))
      )
        links = parsed;
    } catch {
      links = null;
    }
  }
  if (!links) {
    const fresh = segmentSentenceLinks(sourceText, targetText);
    links = fresh ? (JSON.parse(fresh) as StoredSentenceLinks) : null;
  }
  if (!links) return null;
  return { source: links.source, target: links.target, links: links.links.map((l) => ({ source: l.source, target: l.target })) };
}

/** data-s value of each sentence of one side (undefined for a sentence in no link). */
export function sentenceKeys(n: number, s: EditionSentences, side: 'source' | 'target'): (string | undefined)[] {
  const keys: (string | undefined)[] = new Array(s[side].length).fill(undefined);
  s.links.forEach((link, i) => {
    for (const k of link[side]) if (k >= 0 && k < keys.length) keys[k] = `${n}.${i + 1}`;
  });
  return keys;
}

/** Opening and closing tags of each linked sentence of one side, as inline inserts. */
export function sentenceInserts(n: number, s: EditionSentences | undefined, side: 'source' | 'target', textLength: number): InlineInsert[] {
  if (!s) return [];
  const keys = sentenceKeys(n, s, side);
  const out: InlineInsert[] = [];
  s[side].forEach(([start, end], i) => {
    const key = keys[i];
    if (!key || start < 0 || end <= start || end > textLength) return;
    out.push({ at: start, rank: RANK.open, html: `<span class="s" data-s="${key}">` });
    out.push({ at: end, rank: RANK.close, html: '</span>' });
  });
  return out;
}
