// Relative time against a dateline without a year. A news story dates itself with a weekday and a
// day ("on Thursday, Dec. 3"), seldom with the year; relative-time-calendar.ts needs a full date
// (with its year) and so reads nothing here. The weekday and the day are enough to place the story's
// other weekdays on the calendar: Korean news renders "last Friday" as a day of the month (지난달
// 27일), and a month word before that day (지난달, 이달, 다음 달) must name the month the day falls
// in. "Last Friday" before Thursday 3 December is 27 November: 이달 27일 puts it in December, a date
// still to come. The day itself, right or wrong, is the numbers check's (weekday-dates.ts).
// The year only decides February's length: among the years in which the dateline falls on its
// weekday, one is taken; where they differ on a leap day the dateline's neighbourhood would cross,
// nothing is judged. Documents with a full date are left to relative-time-calendar.ts.
import type { DocumentCheck } from './check';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import type { QaIssue } from './types';
import { fitting, monthWordSlip, utc, weekdayOf } from './relative-time-month-word';
import { documentWeekdayPairs, type WeekdayPair } from './weekday-dates';
import { weekWordIssue, weekWordSlips } from './relative-time-week-words';

const ID = 'relative-time';
// A date with its year, as relative-time-calendar.ts reads one (that pass judges those documents).
const FULL_DATE_RE =
  /(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\b|(?:19|20)\d\d년 ?\d{1,2}월 ?\d{1,2}일/;
const MONTH_EN = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The dateline as a time: a year in which the month and day fall on the weekday, or null. */
function datelineTime(p: WeekdayPair): number | null {
  const years: number[] = [];
  for (let y = 1990; y <= 2040; y++) if (weekdayOf(utc(y, p.month!, p.day)) === p.weekday) years.push(y);
  if (!years.length) return null;
  // Two weeks either side reach February's end from a dateline in February or early March.
  const nearLeapDay = p.month === 2 || (p.month === 3 && p.day <= 14);
  if (nearLeapDay && new Set(years.map(isLeap)).size > 1) return null;
  return utc(years[years.length - 1]!, p.month!, p.day);
}

export const datelineMonthCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    const pairs = documentWeekdayPairs(segments, ctx);
    const written = pairs.filter((p) => p.target);
    const datelines = pairs.filter((p) => p.sourced && p.month);
    if (!written.length || !datelines.length) return out;
    if (segments.some((s) => FULL_DATE_RE.test(s.sourceText) || FULL_DATE_RE.test(s.targetText))) return out;
    // The dateline most of the Korean days fit, more of them than do not.
    let anchor: number | null = null;
    let best = 0;
    for (const d of datelines) {
      const t = datelineTime(d);
      if (t === null) continue;
      const agree = written.filter((p) => fitting(t, p).length > 0).length;
      if (agree > best && agree > written.length - agree) [anchor, best] = [t, agree];
    }
    if (anchor === null) return out;
    const byId = new Map(segments.map((s) => [s.id, s]));
    for (const p of written) {
      const near = fitting(anchor, p);
      if (!near.length) continue;
      const slip = monthWordSlip(byId.get(p.segmentId)!.targetText, p, near, anchor);
      if (!slip) continue;
      const { start, said, off } = slip;
      const want = `${slip.want} ${p.day}일`;
      const [m, d] = [new Date(anchor).getUTCMonth(), new Date(anchor).getUTCDate()];
      const issue = makeIssue(ID, ctx.locale, {
        severity: 'error',
        key: `weekday-month:${p.source.text.toLowerCase()}:${said}`,
        sourceSpan: { start: p.source.start, end: p.source.end },
        targetSpan: { start, end: p.target!.end },
        message: {
          en: `${q(p.source.text)} is rendered ${q(said)}, but counted from the story's dateline (${MONTH_EN[m]} ${d}) that day ${p.day} falls in ${off < 0 ? 'the month before' : off > 0 ? 'the month after' : 'the same month'}: ${q(want)}.`,
          ko: `원문의 ${q(p.source.text)}${particleFor(p.source.text, PARTICLE_PAIRS.object)} 번역문에서 ${q(said)}로 옮겼지만, 기사 날짜(${m + 1}월 ${d}일)로 세면 그날은 ${q(want)}입니다. 달을 확인하세요.`,
        },
      });
      out.set(p.segmentId, [...(out.get(p.segmentId) ?? []), issue]);
    }
    // 오는/지난 and week words before a day, and past-perfect weekdays (relative-time-week-words.ts).
    const date = new Date(anchor).toISOString().slice(0, 10);
    for (const s of weekWordSlips(pairs, byId, anchor))
      out.set(s.segmentId, [...(out.get(s.segmentId) ?? []), weekWordIssue(s, date, ctx.locale)]);
    return out;
  },
};
