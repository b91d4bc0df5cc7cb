// Sentence-length hypotheses for the dropped-sentence check (see dropped-sentence.ts): cheap tests,
// without the aligner, of whether “an English sentence has no Korean” explains the Korean sentence
// lengths better than the joins and splits translators make.
//
// Each hypothesis pairs the English sentences in order with the Korean ones and costs the squared
// log ratio of each pair against the document's usual ratio, weighted down for a short English
// sentence (under 80 characters: its ratio varies more). An English sentence that holds a figure,
// Hangul or a glossary term the Korean paragraph also has is never the one taken as lost.
import { sentenceSpans } from '../align/features';
import type { AnchorTerm } from './dropped-sentence-anchors';

type Span = { start: number; end: number; text: string };

const FULL_WEIGHT = 80;
const DIGITS_RE = /\d+(?:[.,]\d+)*/g;

function cost(en: number, ko: number, ratio: number): number {
  return Math.min(1, en / FULL_WEIGHT) * Math.log(ko / (ratio * en)) ** 2;
}

/**
 * Cost of pairing en[] with ko[] in order: without en[drop]; en[split] taking two Korean sentences;
 *
 * en[merge] and en[merge + 1] one.
 */
function pathCost(
  en: readonly number[],
  ko: readonly number[],
  ratio: number,
  { drop = -1, split = -1, merge = -1 }: { drop?: number; split?: number; merge?: number },
): number {
  let s = 0;
  let k = 0;
  for (let i = 0; i < en.length; i++) {
    if (i === drop) continue;
    if (i === split) {
      s += cost(en[i]!, ko[k]! + ko[k + 1]!, ratio);
      k += 2;
    } else if (i === merge) {
      s += cost(en[i]! + en[i + 1]!, ko[k]!, ratio);
      k++;
      i++;
    } else s += cost(en[i]!, ko[k++]!, ratio);
  }
  return s;
}

function anchoredIn(english: string, target: string, terms: readonly AnchorTerm[]): boolean {
  for (const m of english.matchAll(DIGITS_RE)) if (target.replace(/,/g, '').includes(m[0].replace(/,/g, ''))) return true;
  for (const h of english.match(/[가-힣]+/g) ?? []) if (target.includes(h)) return true;
  const lower = english.toLowerCase();
  return terms.some((t) => target.includes(t.target) && (lower.includes(t.source) || t.short?.test(english)));
}

function sides(source: string, target: string) {
  const es = sentenceSpans(source, false);
  const ks = sentenceSpans(target, true);
  return { es, en: es.map(([a, b]) => b - a), ko: ks.map(([a, b]) => b - a), ks };
}

// Two quotations framed by one speech verb (“…”며 “…”고 말했다) merge sentences where the lengths
// cannot show it: the attribution moves from one English sentence to the other (round 11's s16).
const QUOTE_FRAME = /[”"](?:이?라|이?다)?(?:며|면서|고)\s*[“"]/;

// At most this many sentences: the hypotheses grow with the square of the count.
const MAX_SENTENCES = 12;

/**
 * With one Korean sentence fewer, whether some English sentence left out fits the lengths at least
 * as well as every merge of two neighbours (the usual reason for a sentence fewer). A gate for the
 * aligner, not an alarm: on the clean translations of lib/qa/testing, lib/qa/fixtures, bench/spell
 * and bench/align/news, 2 of the 57 paragraphs with one Korean sentence fewer pass it, none alarms.
 */
export function dropFitsBetter(source: string, target: string, ratio: number, terms: readonly AnchorTerm[]): boolean {
  if (QUOTE_FRAME.test(target)) return false;
  const { es, en, ko } = sides(source, target);
  const n = en.length;
  if (n < 2 || n > MAX_SENTENCES || ko.length !== n - 1) return false;
  let merge = Infinity;
  for (let m = 0; m + 1 < n; m++) merge = Math.min(merge, pathCost(en, ko, ratio, { merge: m }));
  for (let j = 0; j < n; j++) {
    if (pathCost(en, ko, ratio, { drop: j }) > merge) continue;
    if (!anchoredIn(source.slice(es[j]![0], es[j]![1]), target, terms)) return true;
  }
  return false;
}

// A Korean translator often splits a long English sentence at its conjunction and opens the second
// Korean sentence with the matching adverb (“…, but the basalt is so porous …” → “… 내려요. 그런데
// 현무암은 …”). Where the Korean then has as many sentences as the English, the split made up for
// a sentence lost. The split is seen where a Korean sentence opens with a conjunctive adverb, the
// English sentence in its place does not open with one of its sense, and the English sentence before
// (a sentence lost after the split) or the one in its place (lost before it) holds that conjunction
// after a comma. The lost sentence is the one whose absence, with that split, best fits the lengths;
// it must fit them clearly better than the sentences paired one to one (ADVANTAGE), and the two
// Korean sentences of the split must not run far longer than the split sentence alone would (then
// they hold its neighbour too: “…, but the terminal works. Ships wait.” → “…. 그런데 터미널은 잘
// 돌아가고 배들은 기다린다.”). On the
// clean translations named above, none of the 192 paragraphs with as many sentences on both sides
// (two or more) shows such a split.
const SENSES: readonly { ko: RegExp; enOpen: RegExp; enMid: RegExp }[] = [
  {
    ko: /^(?:그런데|하지만|그러나|그렇지만)\s/,
    enOpen: /^["“‘']?(?:But|However|Yet|Still|Though|Although)\b/,
    enMid: /[,;]\s+(?:but|yet|though|although)\s/,
  },
  { ko: /^(?:그래서|따라서|그러므로)\s/, enOpen: /^["“‘']?(?:So|Therefore|Thus|Hence)\b/, enMid: /[,;]\s+(?:so|therefore|thus|hence)\s/ },
  { ko: /^그리고\s/, enOpen: /^["“‘']?(?:And|Also)\b/, enMid: /[,;]\s+and\s/ },
];
const ANY_OPENER = /[.?!]["”’)]*\s+(?:그런데|하지만|그러나|그렇지만|그래서|따라서|그러므로|그리고)\s/;
const ADVANTAGE = 0.3;
const SPLIT_LONG = 0.35;

/** With as many Korean sentences as English ones, the English sentence a split at a conjunction made up for, if any. */
export function conjunctionSplitLoss(source: string, target: string, ratio: number, terms: readonly AnchorTerm[]): Span | null {
  if (!ANY_OPENER.test(target)) return null;
  const { es, en, ko, ks } = sides(source, target);
  const n = en.length;
  if (n < 2 || n > MAX_SENTENCES || ko.length !== n) return null;
  const enText = (i: number) => source.slice(es[i]![0], es[i]![1]).trim();
  const oneToOne = pathCost(en, ko, ratio, {});
  let best: { cost: number; j: number } | null = null;
  for (let k = 1; k < n; k++) {
    const sense = SENSES.find((s) => s.ko.test(target.slice(ks[k]![0], ks[k]![1]).trim()));
    if (!sense || sense.enOpen.test(enText(k))) continue;
    // Lost after the split (the English before holds the conjunction), or before it (the one in place).
    for (const [split, from, to] of [
      [k - 1, k, n],
      [k, 0, k],
    ] as const) {
      if (!sense.enMid.test(enText(split))) continue;
      // Its two Korean sentences (k - 1 and k either way) much longer than it hold its neighbour too.
      if (Math.log((ko[k - 1]! + ko[k]!) / (ratio * en[split]!)) > SPLIT_LONG) continue;
      for (let j = from; j < to; j++) {
        const c = pathCost(en, ko, ratio, { drop: j, split });
        if (c + ADVANTAGE > oneToOne || (best && c >= best.cost)) continue;
        if (!anchoredIn(enText(j), target, terms)) best = { cost: c, j };
      }
    }
  }
  if (!best) return null;
  const [start, end] = es[best.j]!;
  return { start, end, text: source.slice(start, end).trim() };
}
