// Relative time against the document's own calendar. When a document gives a full date (an ISO date
// 2026-12-03, "Dec. 3, 2026", 2026년 12월 3일) and its weekdays agree with it, that date is the
// story's "now", and these renderings can be checked against a real calendar:
// - a weekday Korean news writes as a day of the month ("on Thursday" → 3일): the day must fall on
//   that weekday within a week of the date (a week or two for next/last Thursday), or the event moved;
// - a date the source pins with its weekday ("Monday, Jan. 11") and the Korean dates with a year word
//   (내년 1월 11일(월)): the weekday fixes the year (Jan. 11 is a Monday in 2027, not 2026), and
//   올해 for 내년 moves the event a year.
// The date counts only when most of the document's weekday days agree with it (or the source gives
// its weekday): a historical date in the story is not its "now". weekday-dates.ts (the numbers
// check) compares the weekdays among themselves; this pass needs no majority, only the date. A day
// both passes would report is left to the numbers check: one error, one issue. A month word before
// a weekday's day (지난달 30일 written 이달 30일) is this pass's alone.
import type { DocumentCheck } from './check';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import type { QaIssue, QaLocale } from './types';
import { fitting, monthWordSlip, utc, weekdayOf } from './relative-time-month-word';
import { documentWeekdayPairs, type WeekdayPair, weekdaySlipPairs } from './weekday-dates';
import { weekWordIssue, weekWordSlips } from './relative-time-week-words';
import { dayWordSlips } from './relative-time-day-words';

const ID = 'relative-time';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ISO_RE = /(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/g;
const EN_DATE_RE = new RegExp(`\\b${MONTH_WORD}\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)\\b`, 'g');
const KO_DATE_RE = /((?:19|20)\d\d)년 ?(\d{1,2})월 ?(\d{1,2})일/g;
// A Korean year word right before a month and day: 올해 1월 11일, 내년 1월, 지난해 12월 30일.
const KO_YEAR_DATE_RE = /(?<![가-힣])(올해|올|금년|내년|명년|지난해|작년|전년)\s?(\d{1,2})월\s?(\d{1,2})일/g;
const KO_YEAR_OFFSET: Record<string, number> = { 올해: 0, 올: 0, 금년: 0, 내년: 1, 명년: 1, 지난해: -1, 작년: -1, 전년: -1 };
const YEAR_WORD = ['지난해', '올해', '내년'];

/** Full dates the document gives, each as a UTC time. */
function fullDates(texts: string[]): number[] {
  const out = new Set<number>();
  for (const t of texts) {
    if (!/(?:19|20)\d\d/.test(t)) continue;
    for (const m of t.matchAll(ISO_RE)) out.add(utc(+m[1]!, +m[2]!, +m[3]!));
    for (const m of t.matchAll(EN_DATE_RE)) out.add(utc(+m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!));
    for (const m of t.matchAll(KO_DATE_RE)) if (+m[2]! <= 12 && +m[3]! <= 31) out.add(utc(+m[1]!, +m[2]!, +m[3]!));
  }
  return [...out];
}

/** A source-dated weekday pair on this date, its weekday the calendar's. */
const sameDay = (d: number, p: WeekdayPair) =>
  p.month === new Date(d).getUTCMonth() + 1 && p.day === new Date(d).getUTCDate() && p.weekday === weekdayOf(d);

/** Whether a Korean day of the month can be this weekday within the window around the date. */
const fits = (anchor: number, p: WeekdayPair) => fitting(anchor, p).length > 0;

export const calendarCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    const add = (id: string, issue: QaIssue) => out.set(id, [...(out.get(id) ?? []), issue]);
    const pairs = documentWeekdayPairs(segments, ctx);
    const written = pairs.filter((p) => p.target);
    const dates = fullDates(segments.flatMap((s) => [s.sourceText, s.targetText]));
    // The story's date: a full date the source gives with its weekday (“Wednesday, October 20,
    // 2027”, an air date or dateline), else the full date most weekday days agree with, more of them
    // than disagree.
    let anchor: number | null = dates.find((d) => pairs.some((p) => p.sourced && sameDay(d, p))) ?? null;
    if (anchor === null && written.length === 0) return out;
    let best = 0;
    if (anchor === null)
      for (const d of dates) {
        const agree = written.filter((p) => fits(d, p)).length;
        if (agree > best && agree > written.length - agree) [anchor, best] = [d, agree];
      }
    if (anchor === null) return out;
    const date = new Date(anchor).toISOString().slice(0, 10);
    const byId = new Map(segments.map((s) => [s.id, s]));
    let numbersSlips: ReadonlySet<WeekdayPair> | undefined;
    for (const p of written) {
      const near = fitting(anchor, p);
      if (near.length) {
        // The day is right; a month word before it must name the month that day falls in: the
        // Monday before Friday 4 December is 지난달 30일, not 이달 30일.
        const slip = monthWordSlip(byId.get(p.segmentId)!.targetText, p, near, anchor);
        if (!slip) continue;
        const { start, said, off, want } = slip;
        add(
          p.segmentId,
          makeIssue(ID, ctx.locale, {
            severity: 'error',
            key: `weekday-month:${p.source.text.toLowerCase()}:${said}`,
            sourceSpan: { start: p.source.start, end: p.source.end },
            targetSpan: { start, end: p.target!.end },
            message: {
              en: `${q(p.source.text)} is rendered ${q(said)}, but the document is dated ${date}, and that day ${p.day} falls in ${off < 0 ? 'the month before' : off > 0 ? 'the month after' : 'the same month'} (${q(`${want} ${p.day}일`)}).`,
              ko: `원문의 ${q(p.source.text)}${particleFor(p.source.text, PARTICLE_PAIRS.object)} 번역문에서 ${q(said)}로 옮겼지만, 문서의 날짜(${date})로 보면 그날은 ${want} ${p.day}일입니다. 달을 확인하세요.`,
            },
          }),
        );
        continue;
      }
      // A day the numbers check already reports against the document's other weekdays: one issue per error.
      if ((numbersSlips ??= weekdaySlipPairs(segments, ctx)).has(p)) continue;
      add(
        p.segmentId,
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `weekday:${p.source.text.toLowerCase()}:${p.day}`,
          sourceSpan: { start: p.source.start, end: p.source.end },
          targetSpan: p.target,
          message: {
            en: `${q(p.source.text)} is rendered ${q(`${p.day}일`)}, but the document is dated ${date}, and that weekday within ${p.shift ? 'two weeks' : 'a week'} of it is never day ${p.day}.`,
            ko: `원문의 ${q(p.source.text)}${particleFor(p.source.text, PARTICLE_PAIRS.object)} 번역문에서 ${q(`${p.day}일`)}로 옮겼지만, 문서의 날짜(${date}) 전후로 그 요일은 ${p.day}일이 아닙니다. 날짜를 확인하세요.`,
          },
        }),
      );
    }
    // A weekday rendered by 어제, 그제, 내일 or 모레 (relative-time-day-words.ts).
    for (const seg of segments)
      for (const issue of dayWordSlips(seg.sourceText, seg.targetText, anchor, date, ctx.locale)) add(seg.id, issue);
    // 오는/지난 and week words before a day, and past-perfect weekdays (relative-time-week-words.ts).
    for (const s of weekWordSlips(pairs, byId, anchor)) add(s.segmentId, weekWordIssue(s, date, ctx.locale));
    // A weekday the Korean gives its day itself (금요일인 19일, 19일(금)): near the story's date that day
    // must fall on it.
    for (const seg of segments) for (const issue of koreanWeekdaySlips(seg.targetText, anchor, date, ctx.locale)) add(seg.id, issue);
    // A date the source pins with its weekday, given a year word in Korean.
    const year = new Date(anchor).getUTCFullYear();
    for (const p of pairs) {
      if (!p.month) continue;
      const seg = segments.find((s) => s.id === p.segmentId)!;
      const years = [-1, 0, 1].filter((k) => weekdayOf(utc(year + k, p.month!, p.day)) === p.weekday);
      if (years.length !== 1) continue;
      for (const m of seg.targetText.matchAll(KO_YEAR_DATE_RE)) {
        if (+m[2]! !== p.month || +m[3]! !== p.day) continue;
        const said = KO_YEAR_OFFSET[m[1]!]!;
        if (said === years[0]) continue;
        const want = YEAR_WORD[years[0]! + 1]!;
        add(
          p.segmentId,
          makeIssue(ID, ctx.locale, {
            severity: 'error',
            key: `year:${m[0]}`,
            sourceSpan: { start: p.source.start, end: p.source.end },
            targetSpan: { start: m.index!, end: m.index! + m[0].length },
            message: {
              en: `${q(m[0])}: the source gives this date's weekday (${p.source.text}), which puts it in ${year + years[0]!} (the document is dated ${date}): ${q(want)}, not ${q(m[1]!)}.`,
              ko: `${q(m[0])}: 원문의 요일(${p.source.text})로 보면 이 날짜는 ${year + years[0]!}년(문서 날짜 ${date})이므로 ${q(m[1]!)}이 아니라 ${q(want)}입니다.`,
            },
          }),
        );
      }
    }
    return out;
  },
};

// A Korean day with its own weekday: 금요일인 19일, 금요일 19일, 19일(금), 19일 금요일 — not after a year
// (2019년 3월 1일(금) is history), and only after a month when the month is near the story's date.
const KO_WD = '월화수목금토일';
const KO_WEEKDAY_DAY_RE =
  /(?<![가-힣])([월화수목금토일])요일(?:인|이던|이었던|에|,)?\s?(\d{1,2})일(?![간째])|(\d{1,2})일\s?(?:[(（]([월화수목금토일])[)）]|([월화수목금토일])요일(?![가-힣]*\s?\d))/g;
const YEAR_BEFORE = /\d년\s?(?:\d{1,2}월\s?)?$/;
const MONTH_BEFORE_DAY = /(\d{1,2})월\s?$/;
const DAY_MS = 86_400_000;

/** Days of the month the Korean gives a weekday that none of the dates near the story's date has. */
export function koreanWeekdaySlips(target: string, anchor: number, date: string, locale: QaLocale): QaIssue[] {
  if (!/일/.test(target) || !/요일|[(（][월화수목금토일][)）]/.test(target)) return [];
  const out: QaIssue[] = [];
  const y = new Date(anchor).getUTCFullYear();
  const mo = new Date(anchor).getUTCMonth() + 1;
  for (const m of target.matchAll(KO_WEEKDAY_DAY_RE)) {
    const weekday = KO_WD.indexOf((m[1] ?? m[4] ?? m[5])!);
    const day = Number(m[2] ?? m[3]);
    const dayAt = m.index! + (m[1] ? m[0].lastIndexOf(m[2]!) : 0);
    const before = target.slice(Math.max(0, dayAt - 12), dayAt);
    if (day < 1 || day > 31 || YEAR_BEFORE.test(before) || /[\d.,~∼-]$/.test(before)) continue;
    const month = MONTH_BEFORE_DAY.exec(before);
    // The dates with that day (in that month, if named) within 24 days of the story's date.
    const near: number[] = [];
    for (let k = -2; k <= 2; k++) {
      const t = utc(y, mo + k, day);
      if (new Date(t).getUTCDate() !== day) continue;
      if (month && new Date(t).getUTCMonth() + 1 !== Number(month[1])) continue;
      if (Math.abs(t - anchor) <= 24 * DAY_MS) near.push(t);
    }
    if (!near.length || near.some((t) => weekdayOf(t) === weekday)) continue;
    const said = m[0];
    const real = KO_WD[weekdayOf(near[0]!)]!;
    out.push(
      makeIssue(ID, locale, {
        severity: 'error',
        key: `korean-weekday:${said}`,
        targetSpan: { start: m.index!, end: m.index! + said.length },
        message: {
          en: `${q(said)}: the document is dated ${date}, and near it day ${day} is a ${WEEKDAY_EN[weekdayOf(near[0]!)]}, not a ${WEEKDAY_EN[weekday]}. Check the day.`,
          ko: `${q(said)}: 문서의 날짜(${date}) 전후로 ${day}일은 ${KO_WD[weekday]}요일이 아니라 ${real}요일입니다. 날짜를 확인하세요.`,
        },
      }),
    );
  }
  return out;
}
const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
