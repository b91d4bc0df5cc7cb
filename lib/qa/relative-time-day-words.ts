// A weekday the Korean renders by a day word counted from the story's date: a broadcast of Wednesday
// 20 October says 어제 for “on Tuesday” and 그제 for “on Monday”. With the story's date known
// (relative-time-calendar.ts), the day word must land on the English weekday: 어제 for Monday moves
// the event a day. Judged only where the paragraph is unambiguous: one dated weekday in the English
// (no today/yesterday/tomorrow of its own, no weekday the Korean names itself), and one day word in
// the Korean, outside quotation marks (a quote's 어제 counts from the day it was said).
import type { QaIssue, QaLocale } from './types';
import { makeIssue, q } from './shared';
import { DAY_MS, weekdayOf } from './relative-time-month-word';

const ID = 'relative-time';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const KO_WD = '월화수목금토일';
const EN_WEEKDAY_RE = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/g;
const EN_DAY_WORD = /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i;
const DAY_WORD: Record<string, number> = { 그저께: -2, 그제: -2, 어제: -1, 내일: 1, 모레: 2 };
const KO_DAY_WORD_RE = /(?<![가-힣])(그저께|그제|어제|내일|모레)(?=[은는이가을를의에도부까와과로]|\s|$|[,.])/g;
// Quoted speech: its day words are the speaker's.
const QUOTE_RE = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

/** Day words (어제, 그제, 내일, 모레) that put the paragraph's one weekday on another day. */
export function dayWordSlips(source: string, target: string, anchor: number, date: string, locale: QaLocale): QaIssue[] {
  if (!/day\b/.test(source) || !/어제|그제|그저께|내일|모레/.test(target) || EN_DAY_WORD.test(source)) return [];
  const weekdays = [...source.matchAll(EN_WEEKDAY_RE)];
  if (weekdays.length !== 1 || weekdays[0]![0].endsWith('s')) return [];
  const w = weekdays[0]!;
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(w[1]!));
  // The Korean names the weekday or gives a day of the month: another rendering, judged elsewhere.
  if (new RegExp(`${KO_WD[weekday]}요일|\\d일`).test(target)) return [];
  const unquoted = target.replace(QUOTE_RE, (s) => ' '.repeat(s.length));
  const words = [...unquoted.matchAll(KO_DAY_WORD_RE)];
  if (words.length !== 1) return [];
  const m = words[0]!;
  const off = DAY_WORD[m[1]!]!;
  const real = weekdayOf(anchor + off * DAY_MS);
  if (real === weekday) return [];
  const want = Object.entries(DAY_WORD).find(([k, v]) => k !== '그저께' && weekdayOf(anchor + v * DAY_MS) === weekday)?.[0];
  return [
    makeIssue(ID, locale, {
      severity: 'error',
      key: `day-word:${w[0].toLowerCase()}:${m[1]}`,
      sourceSpan: { start: w.index!, end: w.index! + w[0].length },
      targetSpan: { start: m.index!, end: m.index! + m[1]!.length },
      message: {
        en: `${q(w[0])} is rendered ${q(m[1]!)}, but counted from the document's date (${date}) ${q(m[1]!)} is a ${WEEKDAYS[real]}${want ? ` (${q(want)} is the ${w[0]})` : ''}.`,
        ko: `원문의 ${q(w[0])}을 ${q(m[1]!)}로 옮겼지만, 문서 날짜(${date})로 세면 ${q(m[1]!)}는 ${KO_WD[real]}요일입니다${want ? `(${KO_WD[weekday]}요일은 ${q(want)})` : ''}.`,
      },
    }),
  ];
}
