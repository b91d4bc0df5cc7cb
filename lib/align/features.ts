// Per-paragraph measurements the bead cost needs, stored as prefix sums so the cost of any span of
// consecutive paragraphs is O(1): characters, sentences and quoted passages.
import { countQuotes } from './anchors';
import { forLength } from './news-text';

export interface SideFeatures {
  count: number;
  /** Prefix sums (length count + 1): value for paragraphs [a, b) is pre[b] - pre[a]. */
  chars: Float64Array;
  sentences: Float64Array;
  quotes: Float64Array;
}

/**
 * Length in characters without whitespace: Korean and English space words differently, and
 * translators reflow spaces freely, so spaces add noise without information.
 */
export function charLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000) continue;
    // Count astral characters once, not per surrogate half.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

// Tokens that end in a period without ending a sentence: initials and dotted acronyms (U.S., N.),
// and the usual titles. Followed by a capitalised word they are still read as abbreviations,
// because "U.S. President" is far more common in news than a sentence ending in "U.S.".
const ABBREVIATION =
  /^(?:(?:[A-Za-z]\.)+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Prof|Rep|Sen|Gov|No|vs|etc|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const DOTTED_ACRONYM = /^(?:[A-Za-z]\.){2,}$/;
// "… between North Korea and the U.S. The result …": a function word after a dotted acronym starts a sentence.
const SENTENCE_STARTER =
  /^(?:The|But|So|This|That|These|Those|It|He|She|They|We|I|In|If|Then|However|Meanwhile|Also|And|A|An|As|On|At|For|While|Since|After|Before|When|Earlier|Later|Still|Yet|There|Its|Their|His|Her|Our)$/;

// A sentence-final mark, with closing quotes/brackets, followed by whitespace and the next word.
const BOUNDARY = /([^\s\u00a0]*)[.!?…。]["”’'」』)\]]*[\s\u00a0]+(?=([^\s\u00a0]+))/g;

/**
 * Sentences of a paragraph as [start, end) character offsets, trimmed of surrounding whitespace; a
 * paragraph without final punctuation (a title) is one sentence, an empty one has none.
 */
export function sentenceSpans(text: string, korean: boolean): [number, number][] {
  const spans: [number, number][] = [];
  let start = text.search(/[^\s\u00a0]/);
  if (start < 0) return spans;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (!korean) {
      const word = text.slice(m.index, m.index + m[0].trimEnd().length).replace(/["”’'」』)\]]+$/, '');
      const next = m[2]!; // the lookahead group is not optional
      if (ABBREVIATION.test(word) && !(DOTTED_ACRONYM.test(word) && SENTENCE_STARTER.test(next))) continue;
      // A lowercase next word means the period was not a sentence end ("approx. three").
      if (/^[a-z]/.test(next)) continue;
    }
    const end = m.index + m[0].trimEnd().length;
    spans.push([start, end]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.trimEnd().length]);
  return spans;
}

/** Number of sentences in a paragraph; a paragraph without final punctuation (a title) counts as one. */
export function countSentences(text: string, korean: boolean): number {
  return sentenceSpans(text, korean).length;
}

function prefix(values: readonly number[]): Float64Array {
  const pre = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) pre[k + 1] = pre[k]! + values[k]!;
  return pre;
}

export function sideFeatures(paragraphs: readonly string[], korean: boolean): SideFeatures {
  return {
    count: paragraphs.length,
    chars: prefix(paragraphs.map((p) => charLength(forLength(p, korean)))),
    sentences: prefix(paragraphs.map((p) => countSentences(p, korean))),
    quotes: prefix(paragraphs.map((p) => countQuotes(p, korean))),
  };
}

/** Sum of a prefix-summed measure over paragraphs [from, from + count). */
export function span(pre: Float64Array, from: number, count: number): number {
  return pre[from + count]! - pre[from]!;
}
