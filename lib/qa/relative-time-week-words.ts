// Words that place a weekday's day before or after the story's date, checked against the calendar of
// relative-time-calendar.ts (the story's date known):
// - 오는 N일 is a day still to come, 지난 N일 one gone by (the story's own day may be either: the
//   Korean may be published a day later, or written ahead of the event): “last Friday” written 오는 11일 turns a past
//   event into a coming one (a day of the next or last month is another matter: the day itself is
//   checked against the English's weekday there);
// - 지난주 / 이번 주 / 다음 주 before a day (다음 주 월요일인 21일) names its week: a story of Tuesday 15
//   December has Monday 21 December in the next week, not this one (weeks run Monday to Sunday);
// - a bare weekday in an English sentence in the past perfect (“had predicted a landfall as early as
//   Saturday”) is a day before the story's, so a Korean day after it moves the event into the future;
// - “next Thursday” said on a Wednesday (“last Tuesday” on a Wednesday) is a week off the day next
//   to the story's: a Korean day that is tomorrow (yesterday) took the wrong week.
import type { QaIssue, QaLocale } from './types';
import { makeIssue, q } from './shared';
import { DAY_MS, fitting, utc, weekdayOf } from './relative-time-month-word';
import type { WeekdayPair } from './weekday-dates';

const ID = 'relative-time';
const WEEK_WORD_BEFORE = /(?<![가-힣])(지난 ?주|이번 ?주|금주|다음 ?주|내주|오는|지난)\s?(?:[월화수목금토일]요일(?:인|,)?\s?)?$/;
const weekOf = (t: number) => Math.floor((t - weekdayOf(t) * DAY_MS) / (7 * DAY_MS));
const WANT_WEEK = ['지난주', '이번 주', '다음 주'];
// “had predicted”, “had been”, “had already warned”: the past perfect, not “had to” nor a future in the past.
const PAST_PERFECT = /\bhad (?:(?:already|earlier|first|previously|also) )?(?:been|[a-z]{2,}(?:ed|en|wn|ne|ck|ght|id|ld|de|ue|ut))\b/;
const FUTURE = /\b(?:will|would|shall|is to|are to|was to|were to|due|expected|scheduled|planned|set to|going to|next|coming)\b/i;

export interface WeekWordSlip {
  segmentId: string;
  source: { start: number; end: number; text: string };
  target: { start: number; end: number };
  said: string;
  reason: 'coming' | 'past' | 'week' | 'tense' | 'near';
  want?: string;
}

/** The date a pair stands for near the story's date, if one. */
function dateOf(p: WeekdayPair, anchor: number): number | undefined {
  if (p.month) {
    const y = new Date(anchor).getUTCFullYear();
    const ts = [y - 1, y, y + 1].map((k) => utc(k, p.month!, p.day)).filter((t) => Math.abs(t - anchor) <= 21 * DAY_MS);
    return ts.length === 1 ? ts[0] : undefined;
  }
  const near = fitting(anchor, p);
  return near.length === 1 ? near[0] : undefined;
}

/** Week words, 오는/지난 and past-perfect weekdays that put a day on the wrong side of the story's date. */
export function weekWordSlips(
  pairs: readonly WeekdayPair[],
  texts: ReadonlyMap<string, { sourceText: string; targetText: string }>,
  anchor: number,
): WeekWordSlip[] {
  const out: WeekWordSlip[] = [];
  for (const p of pairs) {
    const seg = texts.get(p.segmentId);
    if (!seg) continue;
    const t = dateOf(p, anchor);
    if (t === undefined) continue;
    let target = p.target;
    if (!target) {
      // The source's own date (“next Monday, Dec. 21”): its day, once, in the Korean.
      const days = [...seg.targetText.matchAll(new RegExp(`(?<![\\d.,])${p.day}일`, 'g'))];
      if (days.length !== 1) continue;
      target = { start: days[0]!.index, end: days[0]!.index + days[0]![0].length };
    }
    const before = seg.targetText.slice(Math.max(0, target.start - 14), target.start);
    const w = WEEK_WORD_BEFORE.exec(before);
    const base = { segmentId: p.segmentId, source: p.source, target };
    // “next Thursday” said on a Wednesday is not tomorrow, nor “last Tuesday” yesterday: English would
    // say tomorrow and yesterday. The day the week word names is a week further.
    const said0 = seg.targetText.slice(target.start - (w?.[0].length ?? 0), target.end);
    if (/^next /i.test(p.source.text) && t > anchor && t - anchor <= DAY_MS) {
      out.push({ ...base, said: said0, reason: 'near', want: `${new Date(t + 7 * DAY_MS).getUTCDate()}일` });
      continue;
    }
    if (/^last /i.test(p.source.text) && t < anchor && anchor - t <= DAY_MS) {
      out.push({ ...base, said: said0, reason: 'near', want: `${new Date(t - 7 * DAY_MS).getUTCDate()}일` });
      continue;
    }
    if (w) {
      const word = w[1]!.replace(/\s/g, '');
      const said = seg.targetText.slice(target.start - w[0].length, target.end);
      if (word === '오는' && t < anchor) out.push({ ...base, said, reason: 'coming' });
      else if (word === '지난' && t > anchor) out.push({ ...base, said, reason: 'past' });
      else if (word !== '오는' && word !== '지난') {
        const off = word === '지난주' ? -1 : word === '다음주' || word === '내주' ? 1 : 0;
        const real = weekOf(t) - weekOf(anchor);
        if (real !== off && Math.abs(real) <= 1) out.push({ ...base, said, reason: 'week', want: WANT_WEEK[real + 1] });
      }
      continue;
    }
    // A bare weekday in a past-perfect sentence, dated after the story's day.
    if (p.shift || p.month || t <= anchor) continue;
    const src = seg.sourceText;
    const from = Math.max(src.lastIndexOf('. ', p.source.start) + 1, 0);
    const clause = src.slice(from, p.source.start);
    if (PAST_PERFECT.test(clause) && !FUTURE.test(clause))
      out.push({ ...base, said: seg.targetText.slice(target.start, target.end), reason: 'tense' });
  }
  return out;
}

const MESSAGES = {
  coming: (s: WeekWordSlip, date: string) => ({
    en: `${q(s.said)} says a day to come, but ${q(s.source.text)} falls before the document's date (${date}).`,
    ko: `${q(s.said)}: ‘오는’은 앞으로 올 날이지만 원문의 ${q(s.source.text)}은 문서 날짜(${date}) 이전입니다.`,
  }),
  past: (s: WeekWordSlip, date: string) => ({
    en: `${q(s.said)} says a day gone by, but ${q(s.source.text)} falls after the document's date (${date}).`,
    ko: `${q(s.said)}: ‘지난’은 지나간 날이지만 원문의 ${q(s.source.text)}은 문서 날짜(${date}) 이후입니다.`,
  }),
  week: (s: WeekWordSlip, date: string) => ({
    en: `${q(s.said)}: counted from the document's date (${date}), ${q(s.source.text)} falls ${s.want === '이번 주' ? 'in the same week' : s.want === '다음 주' ? 'in the next week' : 'in the week before'} (${q(s.want!)}).`,
    ko: `${q(s.said)}: 문서 날짜(${date})로 세면 원문의 ${q(s.source.text)}은 ${q(s.want!)}입니다.`,
  }),
  near: (s: WeekWordSlip, date: string) => ({
    en: `${q(s.source.text)} is rendered ${q(s.said)}, the day next to the document's date (${date}), which English calls tomorrow or yesterday: ${q(s.source.text)} is a week further (${q(s.want!)}).`,
    ko: `원문의 ${q(s.source.text)}을 ${q(s.said)}로 옮겼지만, 그날은 문서 날짜(${date})의 바로 다음 날이나 전날(영어로는 tomorrow, yesterday)입니다. ${q(s.source.text)}은 한 주 뒤나 앞인 ${q(s.want!)}입니다.`,
  }),
  tense: (s: WeekWordSlip, date: string) => ({
    en: `${q(s.source.text)} in a past-perfect sentence is rendered ${q(s.said)}, a day after the document's date (${date}).`,
    ko: `원문의 ${q(s.source.text)}은 과거완료 문장 속 지난 요일인데, 번역문의 ${q(s.said)}은 문서 날짜(${date}) 이후입니다.`,
  }),
};

export function weekWordIssue(s: WeekWordSlip, date: string, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'error',
    key: `week-word:${s.source.text.toLowerCase()}:${s.said}`,
    sourceSpan: { start: s.source.start, end: s.source.end },
    targetSpan: s.target,
    message: MESSAGES[s.reason](s, date),
  });
}
