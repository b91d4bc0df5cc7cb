// Numbers and dates: every figure the English commits to (digits, number words up to ninety,
// ordinals, months and days, percentages) must show up in the Korean in some form, and digits the
// Korean adds must come from the source. Values are compared, not spellings: 1,000 = 1000 = 1천,
// seven = 일곱 = 7, August = 8월, "two to three" = 2~3 = 두세. See numbers-en.ts for the words
// deliberately not required ("one", "first", "the two").
import type { CheckContext, SegmentCheck } from './check';
import { extractEnglishNumbers, type SourceNumber } from './numbers-en';
import { fractionPercents, idiomValues, isFractionPercent } from './numbers-idioms';
import { classYears, isClassYear } from './numbers-grades';
import { halfIssues } from './numbers-halves';
import { extractKoreanNumbers, type TargetNumber } from './numbers-ko';
import { makeIssue, q, uniqueKeys } from './shared';
import { swappedDurations } from './numbers-durations';
import { addAgeGroups, addMatchMinutes, wrongHalfIssues } from './numbers-football';
import { clockIssues } from './numbers-clock';
import { scoreOrderSlips } from './numbers-scores';
import { reversedRanges } from './numbers-ranges';
import { swappedCounts } from './numbers-counters';
import { changedUnits, swappedUnits } from './numbers-units';
import { swappedVotes } from './numbers-votes';
import { multiplierIssues } from './numbers-multipliers';
import { invertedFractions, percentUnitSlips } from './numbers-points';
import { percentsAsRatio, ratiosAsPercent } from './numbers-ratios';
import { monthAsWord, yearAsWord } from './story-month';
import { findSourceMentions, findTargetForms } from './term-matching';
import type { Bilingual, QaIssue } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';

const ID = 'numbers';
const MAX_NUMBERS = 300;

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

function expectedForm(s: SourceNumber): string {
  if (s.kind === 'month') return `${s.value}월`;
  if (s.kind === 'percent') return `${fmt(s.value)}%`;
  return fmt(s.value);
}

function missingMessage(s: SourceNumber, found?: string): Bilingual {
  const form = expectedForm(s);
  const what = s.kind === 'month' ? { en: 'month', ko: '달' } : { en: 'number', ko: '숫자' };
  const msg = {
    en: `The ${what.en} ${q(s.text)} (${form}) is missing or different in the translation.`,
    ko: `원문의 ${what.ko} ${q(s.text)}(${form})${particleFor(form, PARTICLE_PAIRS.subject)} 번역문에 없거나 다릅니다.`,
  };
  if (found === undefined) return msg;
  return {
    en: `${msg.en} The translation has ${q(found)} instead.`,
    ko: `${msg.ko} 번역문에는 대신 ${q(found)}${particleFor(found, PARTICLE_PAIRS.subject)} 있습니다.`,
  };
}

// Each source number takes a target number of the same value, first of the same class (a month
// only ever takes a month: 2월; an ordinal prefers 2차/둘째; a cardinal prefers a plain number),
// then, for non-months, of any class. So 지난 2월 → 3월 blames “February”, not the correct 2차,
// and 세 가지 → 네 가지 blames “three”, not “Third” (셋째).
const ORDER: Record<SourceNumber['kind'], number> = { percent: 0, month: 1, number: 2 };
type NumClass = 'month' | 'ordinal' | 'cardinal';
const sClass = (s: SourceNumber): NumClass => (s.kind === 'month' ? 'month' : s.ordinal ? 'ordinal' : 'cardinal');
const tClass = (t: TargetNumber): NumClass => (t.isMonth ? 'month' : t.ordinal ? 'ordinal' : 'cardinal');

/** Pairs each required source number with an unused target number of the same value. */
function match(required: SourceNumber[], found: TargetNumber[]): { missing: SourceNumber[]; used: Set<TargetNumber> } {
  const used = new Set<TargetNumber>();
  // Percentages can only take a target percentage, so they choose first.
  const order = [...required].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.start - b.start);
  const pick = (s: SourceNumber, strict: boolean): TargetNumber | undefined => {
    let best: TargetNumber | undefined;
    for (const t of found) {
      if (used.has(t) || (s.kind === 'percent' ? !t.percent : t.fraction)) continue;
      // A fraction may be given as a percentage (a fifth → 20%): that value only as a percentage.
      // And a Korean fraction a source percentage (33 percent → 3분의 1).
      const fraction =
        (t.percent && s.percentAlts !== undefined && isFractionPercent(t.value, s.percentAlts)) ||
        (t.fraction === true && isFractionPercent(s.value, [t.value]));
      if (!(same(t.value, s.value) || s.alts?.some((v) => same(t.value, v)) || fraction)) continue;
      // A month only ever takes a month; a plain number takes one only as a last resort
      // ("the first five months" → 1~5월).
      if (sClass(s) === 'month' ? !t.isMonth : strict && sClass(s) !== tClass(t)) continue;
      if (!best || (best.isMonth && !t.isMonth) || (best.isMonth === t.isMonth && t.fromDigits && !best.fromDigits)) best = t;
    }
    return best;
  };
  // A fraction word (a third, three quarters) takes a Korean fraction of its value first, and the
  // fraction's parts (the 4 and 3 of 4분의 3) go with it: a third lost beside three quarters kept is
  // “third” missing, not “Three” (the 3 of 4분의 3 taken by the third).
  const matched = new Set<SourceNumber>();
  for (const s of order) {
    if (!s.percentAlts || /\d/.test(s.text)) continue;
    const f = found.find((t) => t.fraction && !used.has(t) && isFractionPercent(t.value, s.percentAlts!));
    if (!f) continue;
    matched.add(s);
    for (const t of found) if (t.start >= f.start && t.end <= f.end) used.add(t);
  }
  const left: SourceNumber[] = [];
  for (const s of order) {
    if (matched.has(s)) continue;
    const t = pick(s, true);
    if (t) used.add(t);
    else left.push(s);
  }
  const missing: SourceNumber[] = [];
  for (const s of left) {
    const t = pick(s, false);
    if (t) used.add(t);
    else missing.push(s);
  }
  missing.sort((a, b) => a.start - b.start);
  return { missing, used };
}

/**
 * The unmatched target number most likely to be the changed counterpart: same class, in order. A
 * number whose value the source holds in a word it does not require ("those two numbers" → 이 두
 * 숫자, "both" → 두) is that word's own counterpart, not the changed one.
 */
function counterpart(s: SourceNumber, found: TargetNumber[], used: Set<TargetNumber>, allowed: Set<number>): TargetNumber | undefined {
  const free = found.filter(
    (t) => !used.has(t) && !t.inName && !(allowed.has(t.value) && !t.isMonth) && (s.kind === 'percent' || !t.fraction),
  );
  return (
    free.find((t) => tClass(t) === sClass(s) && (s.kind !== 'percent' || t.percent)) ??
    (sClass(s) === 'month' ? undefined : free.find((t) => !t.isMonth && t.fromDigits))
  );
}

// 한미일 3국, 남북미 3자, 한중 2개국: the count of a contracted country list just before it
// (the English lists the countries by name: "South Korea, the United States and Japan").
const LIST_BEFORE = /(?<![가-힣])([한미일중북남러영불독]{2,4}) ?$/;
// A bare 3국 / 양자 with no list before it refers back to countries the text has named ("Negotiators"
// → 3국 협상단): Korean news counts them where English does not.
function countsItsList(text: string, t: TargetNumber): boolean {
  if (!/^(?:개국|국|자)/.test(text.slice(t.end, t.end + 2))) return false;
  const m = LIST_BEFORE.exec(text.slice(Math.max(0, t.start - 6), t.start));
  return m === null ? t.value === 2 || t.value === 3 : m[1]!.length === t.value;
}

// "three-way", "the three countries", "two economies" in words: a contracted list of that many
// countries stands for the number (three-way trade pact → 한중일 무역협정).
const LIST_RE = /(?<![가-힣])[한미일중북남러영불독]{2,4}(?![가-힣\d]*\d)/g;
const COUNTRIES_AFTER = /^\s+(?:countries|nations|economies|governments|neighbou?rs|sides|parties)\b/;
function countsCountries(source: string, s: SourceNumber): boolean {
  if (/\d/.test(s.text) || s.value < 2 || s.value > 4) return false;
  return /-way$/i.test(s.text) || COUNTRIES_AFTER.test(source.slice(s.end, s.end + 16));
}
function listedCountries(text: string): Set<number> {
  return new Set([...text.matchAll(LIST_RE)].map((m) => m[0].length));
}

// "Dec. 10" written from the story's date (다음 달 10일, 이달 10일): the day is there, the month
// is said relative to the dateline.
const RELATIVE_MONTH_DAY = /(?:이달|이번 ?달|다음 ?달|내달|지난 ?달)\s*\d{1,2}(?:\s?[~,·-]\s?\d{1,2}){0,3}일/;

// "on June 18" written 18일: Korean news gives a date in the story's own month as the day alone.
// The month counts as rendered when the source day follows it and the Korean has that day with no
// month before it.
const MONTH_DAY_AFTER = /^\.?\s+(\d{1,2})(?!\d|,\s*\d{4}|\s*[-–]\s*\d)\b/;
function dayAlone(source: string, s: SourceNumber, bareDays: () => Set<number>): boolean {
  const m = MONTH_DAY_AFTER.exec(source.slice(s.end, s.end + 6));
  return m !== null && bareDays().has(Number(m[1]));
}
/** The days of the Korean written with no month before them (18일, not 6월 18일). */
function daysWithoutMonth(found: readonly TargetNumber[], target: string): Set<number> {
  const out = new Set<number>();
  for (const t of found) if (t.isDay && !/\d\s?월\s?$/.test(target.slice(Math.max(0, t.start - 4), t.start))) out.add(t.value);
  return out;
}

// A model or designation code (Hwasong-19, Chollima-1, KN-23, F-35): letters, an optional hyphen,
// digits. Its digits are a name's, not a quantity, and Korean keeps them in the name (화성-19형,
// 천리마-1형) — Latin ones already count as a name's (numbers-ko.ts); a Hangul word, a hyphen and
// digits is a code only when the source has one with the same digits (화성-18형 for Hwasong-19 is
// still flagged).
const SOURCE_CODE_RE = /[A-Za-z]-?(\d+)(?![\d.,]\d)/g;
function inSourceCode(source: string, target: string, t: TargetNumber): boolean {
  if (target[t.start - 1] !== '-' || !/[가-힣]/.test(target[t.start - 2] ?? '')) return false;
  for (const m of source.matchAll(SOURCE_CODE_RE)) if (Number(m[1]) === t.value) return true;
  return false;
}

// A glossary's own Korean form may hold digits its English has not (Arch of Reunification →
// 조국통일3대헌장기념탑): digits inside the form of a term the source mentions are the term's.
function inGlossaryForm(segment: { sourceText: string; targetText: string }, ctx: CheckContext, t: TargetNumber): boolean {
  if (ctx.terms.list.length === 0) return false;
  for (const m of findSourceMentions(ctx.terms, segment.sourceText)) {
    if (m.short || !m.term.targets.some((f) => /\d/.test(f))) continue;
    if (findTargetForms(m.term, segment.targetText).some((s) => s.start <= t.start && t.end <= s.end)) return true;
  }
  return false;
}

export const numbersCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    // A translator's note (no source text) has no numbers to compare.
    if (!/[A-Za-z0-9]/.test(segment.sourceText)) return [];
    const { required, allowed, weekday } = extractEnglishNumbers(segment.sourceText);
    // Match minutes counted per half (the 78th → 후반 33분), age groups (under-21): numbers-football.ts.
    addMatchMinutes(segment.sourceText, required, allowed);
    addAgeGroups(segment.sourceText, allowed);
    const found = extractKoreanNumbers(segment.targetText);
    if (required.length === 0 && !found.some((t) => t.fromDigits))
      return [
        ...multiplierIssues(segment.sourceText, segment.targetText, required, ctx.locale),
        ...halfIssues(segment.sourceText, segment.targetText, ctx.locale),
      ];
    // Matching is quadratic in the numbers of one paragraph; a pasted table of thousands of figures
    // gets one warning instead of seconds of work (real paragraphs hold a few dozen at most).
    if (required.length > MAX_NUMBERS || found.length > MAX_NUMBERS) {
      return [
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: 'too-many',
          message: {
            en: `This segment holds too many numbers to compare (more than ${MAX_NUMBERS} on one side): check them by hand or split the segment.`,
            ko: `이 세그먼트에는 비교할 숫자가 너무 많습니다(한쪽에 ${MAX_NUMBERS}개 초과). 직접 확인하거나 세그먼트를 나누세요.`,
          },
        }),
      ];
    }
    const matched = match(required, found);
    const used = matched.used;
    let listed: Set<number> | null = null;
    let bare: Set<number> | null = null;
    const bareDays = () => (bare ??= daysWithoutMonth(found, segment.targetText));
    let missing = matched.missing.filter(
      (s) =>
        (!countsCountries(segment.sourceText, s) || !(listed ??= listedCountries(segment.targetText)).has(s.value)) &&
        !(
          s.kind === 'month' &&
          (RELATIVE_MONTH_DAY.test(segment.targetText) ||
            dayAlone(segment.sourceText, s, bareDays) ||
            monthAsWord(segment.targetText, s.value, ctx.storyMonth?.() ?? null))
        ) &&
        // "April 2025" in a story of 2026: 지난해 4월 (story-month.ts).
        !(s.kind === 'number' && s.value >= 1900 && s.value <= 2100 && yearAsWord(segment.targetText, s.value, ctx.storyYear?.() ?? null)),
    );
    // "seven in ten" written 70%, 70% written 10명 중 7명: one figure (numbers-ratios.ts).
    if (missing.length) {
      const free = found.filter((t) => !used.has(t));
      const a = ratiosAsPercent(segment.sourceText, missing, required, free);
      const b = percentsAsRatio(segment.targetText, missing, free);
      missing = missing.filter((s) => !a.rendered.has(s) && !b.rendered.has(s));
      for (const t of [...a.percents, ...b.parts]) used.add(t);
    }
    const blamed = new Set<TargetNumber>();
    const issues: QaIssue[] = missing.map((s) => {
      const t = counterpart(s, found, new Set([...used, ...blamed]), allowed);
      if (t) blamed.add(t);
      // A month is shown and underlined with its 월 (3월).
      const end = t ? t.end + (t.isMonth ? 1 : 0) : 0;
      const text = t ? segment.targetText.slice(t.start, end) : undefined;
      return makeIssue(ID, ctx.locale, {
        severity: 'error',
        key: `missing:${s.kind === 'month' ? 'month:' : ''}${fmt(s.value)}`,
        sourceSpan: { start: s.start, end: s.end },
        ...(t ? { targetSpan: { start: t.start, end } } : {}),
        message: missingMessage(s, text),
      });
    });
    // A Korean-only digit is suspicious unless the source holds that value somewhere (e.g. "first
    // summit" → 1차, "around the clock" → 24시간: numbers-idioms.ts), it is a sourced number written
    // in parts, or it is the date of a weekday the source names ("on Tuesday" → 14일, as Korean news
    // writes it).
    // The idioms and fractions are read only for a digit that is left over (most segments have none).
    let idioms: Set<number> | null = null;
    let percents: number[] | null = null;
    let years: Set<number> | null = null;
    for (const t of found) {
      if (!t.fromDigits || t.inName || used.has(t) || blamed.has(t) || allowed.has(t.value) || (weekday && t.isDay)) continue;
      if ((idioms ??= new Set(idiomValues(segment.sourceText))).has(t.value)) continue;
      // half → 50%, a quarter → 25%: a fraction the source names, as a percentage; and the digits
      // of a Korean fraction that renders a source percentage (20 percent → 5분의 1).
      if (t.percent && isFractionPercent(t.value, (percents ??= fractionPercents(segment.sourceText)))) continue;
      if (found.some((f) => f.fraction && used.has(f) && f.start <= t.start && t.end <= f.end)) continue;
      if (countsItsList(segment.targetText, t)) continue;
      if (isClassYear(segment.targetText, t, () => (years ??= classYears(segment.sourceText)))) continue;
      if (inSourceCode(segment.sourceText, segment.targetText, t) || inGlossaryForm(segment, ctx, t)) continue;
      const text = segment.targetText.slice(t.start, t.end);
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `extra:${fmt(t.value)}`,
          targetSpan: { start: t.start, end: t.end },
          message: {
            en: `The number ${q(text)} in the translation does not appear in the source.`,
            ko: `번역문의 숫자 ${q(text)}${particleFor(text, PARTICLE_PAIRS.subject)} 원문에 없습니다.`,
          },
        }),
      );
    }
    for (const f of invertedFractions(segment.sourceText, segment.targetText))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `inverted:${f.text}`,
          targetSpan: { start: f.start, end: f.end },
          message: {
            en: `${q(f.text)} turns the source's fraction upside down (Korean writes the denominator first: two-thirds is 3분의 2).`,
            ko: `${q(f.text)}: 원문의 분수와 분자·분모가 뒤바뀌었습니다(3분의 2처럼 분모를 먼저 씁니다).`,
          },
        }),
      );
    for (const u of percentUnitSlips(segment.sourceText, segment.targetText))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `unit:${u.text}`,
          targetSpan: { start: u.start, end: u.end },
          message:
            u.want === 'points'
              ? {
                  en: `${q(u.text)} is a percentage, where the source gives percentage points (%포인트).`,
                  ko: `${q(u.text)}: 원문은 퍼센트가 아니라 퍼센트포인트입니다(%포인트).`,
                }
              : {
                  en: `${q(u.text)} gives percentage points, where the source gives a percentage.`,
                  ko: `${q(u.text)}: 원문은 퍼센트포인트가 아니라 퍼센트입니다.`,
                },
        }),
      );
    // A multiple changed (twice → 세 배), a count made a percentage (19 patients → 19%): numbers-multipliers.ts.
    issues.push(...multiplierIssues(segment.sourceText, segment.targetText, required, ctx.locale));
    issues.push(...halfIssues(segment.sourceText, segment.targetText, ctx.locale));
    for (const d of swappedDurations(segment.sourceText, segment.targetText))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `counter:${d.text}`,
          targetSpan: { start: d.start, end: d.end },
          message: {
            en: `${q(d.text)}: the source gives this length of time as ${d.want}, and ${q(d.text.replace(/\D.*/, ''))} to another noun. Were two numbers swapped?`,
            ko: `${q(d.text)}: 원문의 기간은 ${d.want}이고 ${q(d.text.replace(/\D.*/, ''))}${particleFor(d.text.replace(/\D.*/, ''), PARTICLE_PAIRS.topic)} 다른 명사의 수입니다. 두 숫자가 뒤바뀌지 않았습니까?`,
          },
        }),
      );
    for (const u of swappedUnits(segment.sourceText, segment.targetText))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `unit-swap:${u.text}`,
          targetSpan: { start: u.start, end: u.end },
          message: {
            en: `${q(u.text)}: the source gives this unit with ${u.want}, and ${q(u.text.replace(/[^\d.,].*/, ''))} with another unit. Were the two measures swapped?`,
            ko: `${q(u.text)}: 원문에서 이 단위의 값은 ${u.want}이고 ${q(u.text.replace(/[^\d.,].*/, ''))}${particleFor(u.text.replace(/[^\d.,].*/, ''), PARTICLE_PAIRS.topic)} 다른 단위의 값입니다. 두 값이 뒤바뀌지 않았습니까?`,
          },
        }),
      );
    for (const u of changedUnits(segment.sourceText, segment.targetText))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `unit-change:${u.text}`,
          targetSpan: { start: u.start, end: u.end },
          message: {
            en: `${q(u.text)}: the source gives this number in ${u.want.en}. Was the unit changed?`,
            ko: `${q(u.text)}: 원문에서 이 숫자의 단위는 ${u.want.ko}입니다. 단위가 바뀌지 않았습니까?`,
          },
        }),
      );
    // A first-half minute put in the second half; a.m. as p.m.; months as years; a score in the English
    // order; a change from X to Y reversed; two counts swapped between their nouns (numbers-football.ts,
    // -clock.ts, -scores.ts, -ranges.ts, -counters.ts).
    issues.push(...wrongHalfIssues(segment.sourceText, segment.targetText, required, ctx.locale));
    issues.push(...clockIssues(segment.sourceText, segment.targetText, required, ctx.locale));
    issues.push(...scoreOrderSlips(segment.sourceText, segment.targetText, ctx.locale));
    issues.push(...reversedRanges(segment.sourceText, segment.targetText, ctx.locale));
    issues.push(...swappedCounts(segment.sourceText, segment.targetText, ctx.locale));
    const vote = swappedVotes(segment.sourceText, segment.targetText);
    if (vote)
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `votes:${vote.text}`,
          targetSpan: { start: vote.start, end: vote.end },
          message: {
            en: `${q(vote.text)}: the source gives ${vote.yes} votes for and ${vote.no} against. Were the sides swapped?`,
            ko: `${q(vote.text)}: 원문은 찬성 ${vote.yes}, 반대 ${vote.no}입니다. 찬반 숫자가 뒤바뀌지 않았습니까?`,
          },
        }),
      );
    return uniqueKeys(issues);
  },
};
