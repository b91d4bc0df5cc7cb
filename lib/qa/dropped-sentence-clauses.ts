// A clause lost with its figure: one item of a list (“productivity was up 6%, sick days were down by
// a quarter and resignations fell to four from 11”) left out of the Korean, the sentence kept. The
// sentence count does not move and the length only a little, but the clause takes its figure with it:
// in a paragraph clearly shorter than usual, an English clause (cut at commas, semicolons, and/but)
// holding a figure — digits, or a fraction in words (a quarter ↔ 4분의 1, two-thirds ↔ 3분의 2) —
// none of whose figures the Korean has, and whose length is about what the Korean lacks, is reported.
// A fraction counts whole (the 4 of a quarter is not the 4 of “four”), and a Korean percentage of the
// same value (a quarter ↔ 25%) or 절반 for a half keeps it. Number words are left out, as in
// lostFigures (dropped-sentence.ts): they are too often said otherwise.
import { withoutDateline } from './dateline';
import { DENOMINATORS as ALIGN_DENOMINATORS, englishNumbers, koreanNumbers } from '../align/numbers';

// A paragraph at least this much shorter than usual (ln of its length ratio against the document's):
// clean paragraphs of lib/qa/testing reach -0.27, so the figure and the length must agree as well.
export const CLAUSE_LOST_BELOW = -0.15;
// The clause's Korean length (its English length × the usual ratio) against what the Korean lacks.
const MIN_SHARE = 0.4;
const MAX_SHARE = 2.5;
// A clause needs some length of its own (“up 6%” alone is no list item worth judging).
const MIN_CLAUSE = 20;

const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
// The aligner's fraction words (third … tenths) and a half.
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, ...ALIGN_DENOMINATORS };
const EN_FRACTION_RE = new RegExp(`\\b(${Object.keys(NUMERATORS).join('|')})[- ](${Object.keys(DENOMINATORS).join('|')})\\b`, 'gi');
const KO_FRACTION_RE = /(\d+)\s?분의\s?(\d+)/g;
const KO_PERCENT_RE = /(\d+(?:\.\d+)?)\s?(?:%|퍼센트|프로)(?!\s?포인트|p)/g;
// A clause: up to a comma or semicolon before a space or a closing quote (not the comma of 1,300;
// “…from last year,” said …), and/but, a sentence's end.
export const CLAUSE_RE = /(?:[^,;]|,(?=\d))+?(?=,[\s"”’']|;\s|\s(?:and|but|while|whereas)\s|[.?!]\s|[.?!]?$)/g;
const FIGURE_RE = /\d+(?:[.,]\d+)*(?:\s+(?:thousand|million|billion|trillion))?/g;

interface Figures {
  numbers: Set<string>;
  fractions: Set<string>;
  /** Percentages, as values. */
  percents: number[];
  half: boolean;
}

function koreanFigures(target: string): Figures {
  const fractions = new Set([...target.matchAll(KO_FRACTION_RE)].map((m) => `${m[2]}/${m[1]}`));
  const percents = [...target.matchAll(KO_PERCENT_RE)].map((m) => Number(m[1]));
  return { numbers: new Set(koreanNumbers(target)), fractions, percents, half: /절반|반으로|반이/.test(target) };
}

/** Whether the Korean keeps an English fraction: as N분의 M, the same percentage, or 절반. */
function keepsFraction(ko: Figures, num: number, den: number): boolean {
  if (ko.fractions.has(`${num}/${den}`)) return true;
  if (den === 2 && num === 1 && ko.half) return true;
  const pct = (100 * num) / den;
  return ko.percents.some((p) => Math.abs(p - pct) < 1);
}

/** The English clause lost with its figures, if the lengths say one is. */
export function clauseLost(
  source: string,
  target: string,
  ratio: number,
): { start: number; end: number; text: string; partial: true } | null {
  if (!/\d|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i.test(source)) return null;
  const lacking = ratio * source.trim().length - target.trim().length;
  if (lacking <= 0) return null;
  let ko: Figures | undefined;
  const lost: { start: number; end: number; text: string }[] = [];
  // A dateline's year and day are the byline's (dateline.ts): blanked, offsets kept.
  for (const m of withoutDateline(source).matchAll(CLAUSE_RE)) {
    const raw = m[0];
    const text = raw.trim();
    if (text.length < MIN_CLAUSE) continue;
    const share = (ratio * text.length) / lacking;
    if (share < MIN_SHARE || share > MAX_SHARE) continue;
    const fractions = [...text.matchAll(EN_FRACTION_RE)].map(
      (f) => [NUMERATORS[f[1]!.toLowerCase()]!, DENOMINATORS[f[2]!.toLowerCase()]!] as const,
    );
    const numbers = [...text.matchAll(FIGURE_RE)].flatMap((f) => englishNumbers(f[0])).filter((n) => !n.startsWith('d'));
    if (!fractions.length && !numbers.length) continue;
    ko ??= koreanFigures(target);
    const k = ko;
    // A figure kept as a Korean day (within 30 days → 30일 안에, Nov. 1 → 1일) is kept.
    if (numbers.some((n) => k.numbers.has(n) || k.numbers.has(`d${n}`)) || fractions.some(([n, d]) => keepsFraction(k, n, d))) continue;
    const start = m.index! + raw.indexOf(text);
    lost.push({ start, end: start + text.length, text });
  }
  // One clause only: several figure-less clauses are a rewording, not a loss.
  return lost.length === 1 ? { ...lost[0]!, partial: true } : null;
}
