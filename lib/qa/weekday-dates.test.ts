import { describe, expect, it } from 'vitest';
import { weekdayDatesCheck } from './weekday-dates';
import { ctxFor } from './testing';
import type { QaIssue, QaSegment } from './types';

const doc = (...pairs: [string, string][]): QaSegment[] =>
  pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText, state: 'TRANSLATED' }));
const keys = (m: Map<string, QaIssue[]>) => [...m].flatMap(([id, is]) => is.map((i) => `${id}:${i.key}`));

// A week with Monday the 9th: Tuesday 10, Thursday 12, Friday 13, next Monday 16.
const WEEK: [string, string][] = [
  ['The cabinet approved the plan on Tuesday.', '국무회의는 10일 계획을 의결했다.'],
  ['Unions said on Thursday they would strike.', '노조는 12일 파업하겠다고 밝혔다.'],
  ['The minister met them on Friday and again next Monday.', '장관은 13일과 오는 16일 이들을 만났다.'],
  ['Markets fell last Friday, a week before the vote.', '시장은 표결 일주일 전인 지난 6일 하락했다.'],
];

describe('weekday-dates (numbers, document part)', () => {
  it('is silent when every weekday falls on its day of one calendar, next/last a week apart', () => {
    expect(weekdayDatesCheck.run(doc(...WEEK), ctxFor()).size).toBe(0);
  });
  it('flags a weekday whose day disagrees with the consistent majority, on the Korean day', () => {
    const d = doc(...WEEK);
    d[1] = { ...d[1]!, targetText: '노조는 11일 파업하겠다고 밝혔다.' };
    const r = weekdayDatesCheck.run(d, ctxFor());
    expect(keys(r)).toEqual(['s1:numbers:weekday:thursday:11']);
    const [i] = r.get('s1')!;
    expect(i!.targetSpan).toEqual({ start: 4, end: 7 });
    expect(i!.sourceSpan).toEqual({ start: 15, end: 23 });
    expect(i!.message).toContain('put Thursday on “12일”');
    // In Korean, the document's weekdays are named in Korean; only the quoted source stays English.
    const ko = weekdayDatesCheck.run(d, ctxFor([], 'ko')).get('s1')![0]!.message;
    expect(ko).toContain('(화요일 10일, 금요일 13일, 월요일 16일)');
    expect(ko).toContain('목요일은 12일');
    expect(ko.replace('“Thursday”', '')).not.toMatch(/[A-Za-z]/);
    // "next Monday" a day off.
    const n = doc(...WEEK);
    n[2] = { ...n[2]!, targetText: '장관은 13일과 오는 17일 이들을 만났다.' };
    expect(keys(weekdayDatesCheck.run(n, ctxFor()))).toEqual(['s2:numbers:weekday:monday:17']);
  });
  it('takes the source’s own date (a dateline) as the calendar', () => {
    const d = doc(
      ['SEOUL, Tuesday, March 10 — The cabinet met.', '[서울=3월 10일] 국무회의가 열렸다.'],
      ['Unions struck on Thursday.', '노조는 11일 파업했다.'],
      ['Talks resume on Friday.', '협상은 13일 재개된다.'],
    );
    expect(keys(weekdayDatesCheck.run(d, ctxFor()))).toEqual(['s1:numbers:weekday:thursday:11']);
  });
  it('counts days across a month’s end from the months the source’s own dates name', () => {
    // Thursday 3 December 2026: Sunday, Nov. 29 and Monday the 30th fall in November.
    const story = (tuesday: string) =>
      doc(
        ['JEJU, Thursday, Dec. 3, 2026 — Arrivals rose, the province said on Thursday.', '관광객이 늘었다고 도가 3일 밝혔다.'],
        ['The council passed the levy on Monday.', '도의회는 지난달 30일 분담금을 통과시켰다.'],
        ['Bookings fell on Sunday, Nov. 29.', '예약은 지난달 29일 줄었다.'],
        ['The airline said on Wednesday it would cut routes.', '항공사는 2일 노선을 줄인다고 밝혔다.'],
        ['The ministry said on Tuesday the waiver works.', `부처는 ${tuesday} 제도가 효과를 냈다고 밝혔다.`],
      );
    expect(weekdayDatesCheck.run(story('1일'), ctxFor()).size).toBe(0);
    const r = weekdayDatesCheck.run(story('2일'), ctxFor());
    expect(keys(r)).toEqual(['s4:numbers:weekday:tuesday:2']);
    expect(r.get('s4')![0]!.message).toContain('put Tuesday on “1일”');
    // Monday written as the 29th, in the month before: one day off.
    const m = story('1일');
    m[1] = { ...m[1]!, targetText: '도의회는 지난달 29일 분담금을 통과시켰다.' };
    expect(keys(weekdayDatesCheck.run(m, ctxFor()))).toEqual(['s1:numbers:weekday:monday:29']);
  });
  it('judges nothing without a clear majority, across a month’s end, or where the Korean names the weekday', () => {
    // Two against one is no majority of three votes; a split is none either.
    expect(weekdayDatesCheck.run(doc(WEEK[0]!, ['Unions said on Thursday they would strike.', '노조는 11일 밝혔다.']), ctxFor()).size).toBe(
      0,
    );
    // Monday the 30th and next Wednesday the 8th of the next month.
    const wrap = doc(
      ['It passed on Monday.', '30일 통과됐다.'],
      ['Protests on Tuesday.', '31일 시위가 있었다.'],
      ['Talks resume next Wednesday.', '협상은 오는 8일 재개된다.'],
      ['A vote on Friday.', '4일 표결한다.'],
    );
    expect(weekdayDatesCheck.run(wrap, ctxFor()).size).toBe(0);
    // Weekdays kept as weekdays, recurring or named days, and day counts are no dates.
    const other = doc(
      ...WEEK,
      ['It happened on Thursday.', '목요일에 일어났다. 11일 전의 일이다.'],
      ['Shops close on Sundays and on Black Friday.', '상점은 일요일마다, 블랙 프라이데이에 3일간 문을 닫는다.'],
      ['The strike on Monday lasted 15 days.', '9일 시작된 파업은 15일 동안 이어졌다.'],
    );
    expect(weekdayDatesCheck.run(other, ctxFor()).size).toBe(0);
  });
});
