// Weekdays written as dates: Korean news and broadcast scripts render "on Tuesday" as the day of the
// month (17일) and "next Wednesday" as 오는 25일. Within one document every such day must fall on its
// weekday in one and the same calendar: day − weekday is the same modulo 7 for all of them ("next"
// and "last" move a date by a whole week, which keeps it). A pair that disagrees with a consistent
// majority (Monday 16일, Wednesday 18일, Saturday 21일, and Tuesday 18일) is flagged on the Korean day,
// with the English weekday as its source span. A weekday the source dates itself ("Tuesday, March
// 17", a dateline or air date) counts three times. The segment check (numbers.ts) lets such days
// pass; this document pass is the part of the numbers check that can compare them.
import type { CheckContext, DocumentCheck } from './check';
import { makeIssue, q } from './shared';
import type { QaIssue, QaSegment } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';

const ID = 'numbers';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const KO_WEEKDAYS = '월화수목금토일';
// A weekday that names a date: not a plural (on Mondays), a recurring "every Monday" or a named
// day (Black Monday, Super Tuesday, Good Friday). A possessive names its date too ("Thursday's
// classes" → 15일 수업): left out, its Korean day would be paired with another weekday of the
// sentence (Wednesday → 이날, Thursday's → 15일 read as Wednesday 15일).
const WEEKDAY_RE = /\b(?:(next|last|this|coming|past|following) )?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const NOT_A_DATE_BEFORE = /\b(?:every|each|Black|Super|Good|Easter|Ash|Cyber|Holy|Bloody|Palm|Maundy)\s+$/i;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// The source's own date after the weekday: "Tuesday, March 17", "Tuesday 17 March".
const DATE_AFTER = new RegExp(`^,?\\s+(?:(${MONTHS})\\.?\\s+(\\d{1,2})\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b)`);
// A Korean day of the month with no month before it (17일, 오는 25일), not a count of days (3일간,
// 15일 동안, 10일째, 5일 만에). A one-syllable suffix after a space must end its word: 27일 여성,
// 3일 간담회 and 2일 분석 are days followed by a word.
const KO_DAY_RE =
  /(?<![\d.,월])(\d{1,2})일(?!(?:간|째|동안|만에|치|분|이상|이내|가량|여|씩)|\s(?:(?:간|째|치|분|여|씩)(?![가-힣])|동안|만에|이상|이내|가량))/g;
const MONTH_BEFORE = /\d\s?월\s?$/;
const MONTH_NUMBER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface WeekdayPair {
  segmentId: string;
  weekday: number;
  day: number;
  /** The source's month (1–12), when it dates the weekday itself. */
  month?: number;
  /** The weekday is moved by next/last/this/coming… (a week or two from the story's date). */
  shift?: boolean;
  /** The source's own date: never flagged, and weighs more. */
  sourced: boolean;
  source: { start: number; end: number; text: string };
  target?: { start: number; end: number };
}

/** English weekdays of one segment with the Korean day of the month each is rendered as, if any. */
export function weekdayPairs(segmentId: string, src: string, tgt: string): WeekdayPair[] {
  const out: WeekdayPair[] = [];
  const mentions: { weekday: number; start: number; end: number; text: string; shift: boolean }[] = [];
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(src); m; m = WEEKDAY_RE.exec(src)) {
    if (NOT_A_DATE_BEFORE.test(src.slice(Math.max(0, m.index - 12), m.index))) continue;
    const weekday = WEEKDAYS.findIndex((w) => w.startsWith(m![2]!));
    const dated = DATE_AFTER.exec(src.slice(m.index + m[0].length, m.index + m[0].length + 24));
    const text = m[0];
    if (dated) {
      out.push({
        segmentId,
        weekday,
        day: Number(dated[2] ?? dated[3]),
        month: MONTH_NUMBER.indexOf((dated[1] ?? dated[4])!.slice(0, 3).toLowerCase()) + 1,
        sourced: true,
        source: { start: m.index, end: m.index + text.length, text },
      });
      continue;
    }
    // The Korean names this weekday itself (화요일, (화)): no date to compare.
    if (new RegExp(`${KO_WEEKDAYS[weekday]}요일|[(（]${KO_WEEKDAYS[weekday]}[)）]`).test(tgt)) continue;
    mentions.push({ weekday, start: m.index, end: m.index + text.length, text, shift: m[1] !== undefined });
  }
  if (mentions.length === 0) return out;
  // Korean days the source does not give in digits (those are dates of their own: "on the 5th").
  const days: { day: number; start: number; end: number }[] = [];
  KO_DAY_RE.lastIndex = 0;
  for (let m = KO_DAY_RE.exec(tgt); m; m = KO_DAY_RE.exec(tgt)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31 || MONTH_BEFORE.test(tgt.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (new RegExp(`(?<![\\d.,])${day}(?![\\d.,]\\d)`).test(src)) continue;
    days.push({ day, start: m.index, end: m.index + m[0].length });
  }
  // Paired in order only when each weekday has exactly one day to go with.
  if (days.length !== mentions.length) return out;
  mentions.forEach((w, i) =>
    out.push({
      segmentId,
      weekday: w.weekday,
      day: days[i]!.day,
      sourced: false,
      ...(w.shift ? { shift: true } : {}),
      source: { start: w.start, end: w.end, text: w.text },
      target: { start: days[i]!.start, end: days[i]!.end },
    }),
  );
  return out;
}

// The document's pairs, read once per run (the run's context is the key) for this pass and
// relative-time-calendar.ts.
const PAIRS = new WeakMap<CheckContext, WeekdayPair[]>();
/** Every weekday pair of a document, in order. */
export function documentWeekdayPairs(segments: readonly QaSegment[], ctx: CheckContext): WeekdayPair[] {
  let pairs = PAIRS.get(ctx);
  if (pairs) return pairs;
  pairs = [];
  for (const s of segments)
    if (/day\b/.test(s.sourceText) && /\d일/.test(s.targetText)) pairs.push(...weekdayPairs(s.id, s.sourceText, s.targetText));
  PAIRS.set(ctx, pairs);
  return pairs;
}

const residue = (day: number, p: WeekdayPair) => (((day - p.weekday) % 7) + 7) % 7;
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Days across a month's end (Monday 30일, next Wednesday 2일) share no residue as written: the late
// days (22일 on) are counted back from the early ones' month (지난달 30일 in December is day 0), when
// the source's own dates say which months those are (Sunday, Nov. 29 and Thursday, Dec. 3). Without
// such a date, or across February's end (its length needs the year), nothing is judged.
function acrossMonthEnd(judged: readonly WeekdayPair[]): Map<WeekdayPair, number> | null {
  let early: number | null = null;
  for (const p of judged) {
    if (!p.sourced || !p.month) continue;
    const e = p.day >= 22 ? (p.month % 12) + 1 : p.month;
    if (early !== null && early !== e) return null;
    early = e;
  }
  if (early === null) return null;
  const before = early === 1 ? 12 : early - 1;
  if (before === 2) return null;
  return new Map(judged.map((p) => [p, p.day >= 22 ? p.day - DAYS_IN[before - 1]! : p.day]));
}

interface Slip {
  pair: WeekdayPair;
  /** The day of this weekday in the majority's calendar nearest to the one written. */
  expected: number;
  support: WeekdayPair[];
}

// The pairs this check flags, read once per run: relative-time-calendar.ts leaves them to it.
const SLIPS = new WeakMap<CheckContext, Slip[]>();
function documentSlips(segments: readonly QaSegment[], ctx: CheckContext): Slip[] {
  let slips = SLIPS.get(ctx);
  if (!slips) SLIPS.set(ctx, (slips = findSlips(documentWeekdayPairs(segments, ctx))));
  return slips;
}

/** Weekday pairs this check reports (a day against the document's other weekdays): one issue per error. */
export function weekdaySlipPairs(segments: readonly QaSegment[], ctx: CheckContext): ReadonlySet<WeekdayPair> {
  return new Set(documentSlips(segments, ctx).map((s) => s.pair));
}

function findSlips(pairs: readonly WeekdayPair[]): Slip[] {
  if (pairs.length < 3) return [];
  // Days across a month's end (Monday 30일, next Wednesday 2일) have no common residue: not judged.
  const judged = pairs.filter((p) => p.target || p.sourced);
  let days: Map<WeekdayPair, number> | null = null;
  if (judged.some((p) => p.day <= 7) && judged.some((p) => p.day >= 22) && !(days = acrossMonthEnd(judged))) return [];
  const r = (p: WeekdayPair) => residue(days?.get(p) ?? p.day, p);
  const votes = new Map<number, number>();
  for (const p of judged) votes.set(r(p), (votes.get(r(p)) ?? 0) + (p.sourced ? 3 : 1));
  if (votes.size === 0) return [];
  const [best, bestVotes] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
  const others = [...votes.values()].reduce((a, b) => a + b, 0) - bestVotes;
  // A consistent majority: at least three votes, more than all the others together.
  if (bestVotes < 3 || bestVotes <= others) return [];
  const support = judged.filter((p) => r(p) === best);
  return judged
    .filter((p) => !p.sourced && r(p) !== best && p.target)
    .map((p) => {
      const day = days?.get(p) ?? p.day;
      return { pair: p, expected: p.day + ((((best + p.weekday - day) % 7) + 10) % 7) - 3, support };
    });
}

export const weekdayDatesCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    for (const { pair: p, expected, support } of documentSlips(segments, ctx)) {
      const weekday = WEEKDAYS[p.weekday]!;
      const seenIn = (name: (w: number) => string) =>
        [...new Set(support.map((x) => `${name(x.weekday)} ${x.day}일`))].slice(0, 3).join(', ');
      const seen = seenIn((w) => WEEKDAYS[w]!);
      const seenKo = seenIn((w) => `${KO_WEEKDAYS[w]}요일`);
      const issue = makeIssue(ID, ctx.locale, {
        severity: 'error',
        key: `weekday:${weekday.toLowerCase()}:${p.day}`,
        sourceSpan: { start: p.source.start, end: p.source.end },
        targetSpan: p.target,
        message: {
          en: `${q(p.source.text)} is dated ${q(`${p.day}일`)}, but the document's other weekdays (${seen}) put ${weekday} on ${q(`${expected}일`)} (or a week apart).`,
          ko: `원문의 ${q(p.source.text)}${particleFor(p.source.text, PARTICLE_PAIRS.subject)} 번역문에서 ${q(`${p.day}일`)}로 되어 있지만, 문서의 다른 요일 날짜(${seenKo})로 보면 ${KO_WEEKDAYS[p.weekday]}요일은 ${expected}일(또는 그 앞뒤 주)입니다.`,
        },
      });
      out.set(p.segmentId, [...(out.get(p.segmentId) ?? []), issue]);
    }
    return out;
  },
};
