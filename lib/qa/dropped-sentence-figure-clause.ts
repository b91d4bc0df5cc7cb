// A short clause lost with its figure where the length cannot tell (“…by 27 votes to 14, with 4
// abstentions” → 찬성 27표, 반대 14표로; “…24,000 seats a week, roughly a fifth of its capacity” →
// 2만4000석이): the Korean runs a little long elsewhere, so the paragraph is not shorter than usual
// by the clause's length (dropped-sentence-clauses.ts needs that). The figure is the evidence: the
// numbers check finds it missing with nothing in its place (no other number stands where it was, as
// a changed figure leaves one), every lost figure lies in one clause of a longer sentence, and the
// clause keeps no other figure. Then the clause went with its figure, not the figure alone.
import { englishNumbers, koreanNumbers } from '../align/numbers';
import type { CheckContext } from './check';
import { CLAUSE_RE } from './dropped-sentence-clauses';
import { englishSentences } from './dropped-sentence-joins';
import { numbersCheck } from './numbers';
import type { QaIssue, QaSegment } from './types';

// Not clearly longer than usual (ln of the length ratio against the document's): the lost clause is
// short, and the Korean may run long elsewhere (지난달 30일 본회의에서 for “On Monday”).
export const FIGURE_CLAUSE_BELOW = 0.1;
// A clause of a few words at least (“with 4 abstentions”), and clearly less than its sentence.
const MIN_CLAUSE = 12;
const MAX_SHARE_OF_SENTENCE = 0.6;
const DIGITS_RE = /\d+(?:[.,]\d+)*/g;
const WEEKDAY_RE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const FRACTION_RE = /\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;
const FIGURE_GATE = /\d|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;
const FIGURE_RE = /\d+(?:[.,]\d+)*(?:\s+(?:thousand|million|billion|trillion))?/g;

/** The one clause of the source lost with its figures, if the numbers say so. */
export function figureClauseLost(
  segment: QaSegment,
  ctx: CheckContext,
): { start: number; end: number; text: string; partial: true } | null {
  const src = segment.sourceText;
  if (!FIGURE_GATE.test(src)) return null;
  // Cheap test first: every English figure in digits is among the Korean's, and no fraction word.
  const ko = new Set(koreanNumbers(segment.targetText));
  const en = [...src.matchAll(FIGURE_RE)].flatMap((m) => englishNumbers(m[0]));
  if (!FRACTION_RE.test(src) && en.every((n) => ko.has(n) || ko.has(`d${n}`))) return null;
  const issues = numbersCheck.run(segment, ctx);
  // The check may name a Korean day of the month as the figure's stand-in where the English gives
  // a weekday (on Monday → 지난달 30일): that day is the weekday's, not a changed figure.
  const weekdayDay = (i: QaIssue) => WEEKDAY_RE.test(src) && i.targetSpan !== undefined && segment.targetText[i.targetSpan.end] === '일';
  const lost = issues.filter((i) => i.key.startsWith('numbers:missing:') && i.sourceSpan && (!i.targetSpan || weekdayDay(i)));
  if (!lost.length) return null;
  // A figure changed, not lost: another number stands in its place.
  if (issues.some((i) => i.targetSpan && /^numbers:(?:missing|extra):/.test(i.key) && !lost.includes(i))) return null;
  let found: { start: number; end: number; text: string } | null = null;
  for (const m of src.matchAll(CLAUSE_RE)) {
    const text = m[0].replace(/^[\s.?!"”’]+/, '').trim();
    const start = m.index! + m[0].indexOf(text);
    const end = start + text.length;
    const inside = lost.filter((i) => i.sourceSpan!.start >= start && i.sourceSpan!.end <= end);
    if (!inside.length) continue;
    // Figures lost from several clauses: not one clause dropped.
    if (inside.length !== lost.length || found) return null;
    found = { start, end, text };
  }
  if (!found || found.text.length < MIN_CLAUSE) return null;
  const sentence = englishSentences(src).find((e) => e.start <= found!.start && found!.end <= e.end);
  if (!sentence) return null;
  const share = (text: string) => text.length <= MAX_SHARE_OF_SENTENCE * src.slice(sentence.start, sentence.end).trim().length;
  // A figure of the clause the Korean keeps: the clause is there, a figure of it reworded — unless
  // two figures or more went together in one phrase of it (“…420,000 tickets for 28 shows in 19
  // cities” → 42만 장이): the phrase from the word before the first to the word after the last.
  if ((found.text.match(DIGITS_RE) ?? []).some((d) => ko.has(d.replace(/,/g, '')))) {
    const phrase = lostPhrase(src, lost, ko);
    return phrase && share(phrase.text) ? phrase : null;
  }
  return share(found.text) ? { ...found, partial: true } : null;
}

const PHRASE_START_RE = /\b(?:for|in|of|at|with|across|from|over|to|on)\s+$/;
/** Two figures or more lost together in a phrase no kept figure lies in, or null. */
function lostPhrase(
  src: string,
  lost: QaIssue[],
  ko: ReadonlySet<string>,
): { start: number; end: number; text: string; partial: true } | null {
  if (lost.length < 2) return null;
  let start = Math.min(...lost.map((i) => i.sourceSpan!.start));
  let end = Math.max(...lost.map((i) => i.sourceSpan!.end));
  const before = PHRASE_START_RE.exec(src.slice(Math.max(0, start - 10), start));
  if (before) start -= before[0].length;
  end += /^\s+[A-Za-z]+/.exec(src.slice(end, end + 30))?.[0].length ?? 0;
  const text = src.slice(start, end);
  if (text.length < MIN_CLAUSE || text.length > 80 || /[.;]\s/.test(text)) return null;
  if ((text.match(DIGITS_RE) ?? []).some((d) => ko.has(d.replace(/,/g, '')))) return null;
  return { start, end, text, partial: true };
}
