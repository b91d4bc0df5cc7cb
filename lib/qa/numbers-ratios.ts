// A ratio and a percentage are one figure in two forms: "seven in ten cases" is 70%, "one out of
// every five" 20%, and Korean news rewrites either way (10명 중 7명 ↔ 70%). For the numbers check:
// the two numbers of a source ratio are rendered when the Korean has the percentage N/M × 100
// (rounded as a writer would: within one point), and a source percentage is rendered by a Korean
// ratio (10명 중 7명, 다섯 곳 가운데 한 곳) of that value. Only "in", "out of" and "of every" make
// a ratio ("two of the three reactors" is a count), and the percentage must be in the same segment.
import { EN_ONES, EN_TENS } from '../text/number-words-en';
import type { SourceNumber } from './numbers-en';
import type { TargetNumber } from './numbers-ko';

// Before the denominator: the numerator word, then "in", "out of", "in every", "of every".
const EN_RATIO_BEFORE = /\b(\d[\d,]*|one|an?|[a-z]+)\s+(?:in|out\s+of|(?:in|of|out\s+of)\s+every)\s+$/i;
// Between a Korean total and its part: a counter, then 중 or 가운데 (10명 중 7명, 5곳 가운데 1곳).
const KO_RATIO_BETWEEN = /^\s?(?:명|개|곳|건|가구|개사|개국|가지|마리|대|채)?\s?(?:중|가운데)\s?$/;

const near = (a: number, b: number) => Math.abs(a - b) < 1;

function wordValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'one' || w === 'a' || w === 'an') return 1;
  return EN_ONES[w] ?? EN_TENS[w];
}

/** Source numbers of a ratio whose percentage the Korean gives; the Korean percentages that do. */
export function ratiosAsPercent(
  src: string,
  missing: readonly SourceNumber[],
  required: readonly SourceNumber[],
  free: readonly TargetNumber[],
): { rendered: Set<SourceNumber>; percents: Set<TargetNumber> } {
  const rendered = new Set<SourceNumber>();
  const percents = new Set<TargetNumber>();
  if (!/\b(?:in|of)\b/.test(src)) return { rendered, percents };
  for (const den of required) {
    if (den.kind !== 'number' || den.value <= 1) continue;
    const m = EN_RATIO_BEFORE.exec(src.slice(Math.max(0, den.start - 40), den.start));
    if (!m) continue;
    const num = wordValue(m[1]!);
    if (num === undefined || num >= den.value) continue;
    const t = free.find((x) => x.percent && !percents.has(x) && near(x.value, (100 * num) / den.value));
    if (!t) continue;
    percents.add(t);
    rendered.add(den);
    // The numerator, when the source requires it: the number that ends where the ratio's word starts.
    const numStart = den.start - m[0].length;
    const n = missing.find((s) => s.start >= numStart && s.end <= numStart + m[1]!.length);
    if (n) rendered.add(n);
  }
  return { rendered, percents };
}

/** Source percentages the Korean gives as a ratio (10명 중 7명), and the Korean numbers of it. */
export function percentsAsRatio(
  tgt: string,
  missing: readonly SourceNumber[],
  free: readonly TargetNumber[],
): { rendered: Set<SourceNumber>; parts: Set<TargetNumber> } {
  const rendered = new Set<SourceNumber>();
  const parts = new Set<TargetNumber>();
  if (!missing.some((s) => s.kind === 'percent') || !/중|가운데/.test(tgt)) return { rendered, parts };
  const sorted = [...free].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [total, part] = [sorted[i]!, sorted[i + 1]!];
    if (total.percent || part.percent || part.value >= total.value || !KO_RATIO_BETWEEN.test(tgt.slice(total.end, part.start))) continue;
    const s = missing.find((x) => x.kind === 'percent' && !rendered.has(x) && near(x.value, (100 * part.value) / total.value));
    if (!s) continue;
    rendered.add(s);
    parts.add(total).add(part);
  }
  return { rendered, parts };
}
