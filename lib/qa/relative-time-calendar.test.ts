import { describe, expect, it } from 'vitest';
import { calendarCheck } from './relative-time-calendar';
import { runDocumentChecks } from './index';
import { ctxFor } from './testing';
import type { QaIssue, QaSegment } from './types';

const doc = (...pairs: [string, string][]): QaSegment[] =>
  pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText, state: 'TRANSLATED' }));
const keys = (m: Map<string, QaIssue[]>) => [...m].flatMap(([id, is]) => is.map((i) => `${id}:${i.key}`));

// Thursday, Dec. 3, 2026; Monday, Jan. 11 falls in 2027.
const STORY: [string, string][] = [
  ['The ministry on Thursday approved the drug.', '식약처는 3일 신약을 허가했다.'],
  ['The approval, dated 2026-12-03, covers adults.', '2026-12-03 날짜로 내준 이번 허가는 성인 환자를 대상으로 한다.'],
  ['Shares rose 14.8% on Thursday.', '주가는 3일 14.8% 올랐다.'],
  ['It will begin supplying the drug on Monday, Jan. 11.', '내년 1월 11일(월)부터 약을 공급한다.'],
  ['The board met on Monday and will meet again next Wednesday.', '이사회는 지난달 30일 회의를 열었고 오는 9일 다시 연다.'],
];
const edit = (i: number, from: string, to: string) => {
  const d = doc(...STORY);
  d[i] = { ...d[i]!, targetText: d[i]!.targetText.replace(from, to) };
  return keys(calendarCheck.run(d, ctxFor()));
};

describe('relative time against the document’s date', () => {
  it('is silent on a story whose weekdays and year words fit its date', () => {
    expect(keys(calendarCheck.run(doc(...STORY), ctxFor()))).toEqual([]);
  });
  it('flags a weekday rendered as a day that is not that weekday near the date', () => {
    expect(edit(2, '3일', '2일')).toEqual(['s2:relative-time:weekday:thursday:2']);
    expect(edit(4, '오는 9일', '오는 8일')).toEqual(['s4:relative-time:weekday:next wednesday:8']);
  });
  it('flags a month word that puts a weekday’s day in another month (Monday → 이달 30일 for 지난달 30일)', () => {
    expect(edit(4, '지난달 30일', '이달 30일')).toEqual(['s4:relative-time:weekday-month:monday:이달 30일']);
    expect(edit(4, '지난달 30일', '다음 달 30일')).toEqual(['s4:relative-time:weekday-month:monday:다음 달 30일']);
    const [issue] = calendarCheck
      .run(doc(...STORY.slice(0, 4), [STORY[4]![0], '이사회는 이달 30일 회의를 열었고 오는 9일 다시 연다.']), ctxFor())
      .get('s4')!;
    expect(issue!.targetSpan).toEqual({ start: 5, end: 11 });
    expect(issue!.message).toContain('지난달 30일');
    // The right month word, or none: nothing.
    expect(edit(4, '오는 9일', '이달 9일')).toEqual([]);
    expect(edit(4, '지난달 30일', '30일')).toEqual([]);
  });
  it('flags a year word against the year a sourced weekday fixes (Monday, Jan. 11 → 2027)', () => {
    expect(edit(3, '내년 1월', '올해 1월')).toEqual(['s3:relative-time:year:올해 1월 11일']);
  });
  it('needs a date the weekdays agree with: a historical date or none is no anchor', () => {
    // The only full date is a listing in 2019 the weekdays do not fit.
    const d = doc(STORY[0]!, ['It listed on 2019-05-02.', '2019-05-02 상장했다.'], ['Shares rose on Thursday.', '주가는 2일 올랐다.']);
    expect(keys(calendarCheck.run(d, ctxFor()))).toEqual([]);
    expect(keys(calendarCheck.run(doc(STORY[0]!, STORY[2]!), ctxFor()))).toEqual([]);
  });
  it('leaves a day the numbers check reports against the other weekdays to it: one issue per error', () => {
    // Thursday 17 December 2026; four weekdays of one week, one of them moved a day.
    const week = doc(
      ['The report, dated 2026-12-17, was released on Thursday.', '2026-12-17 날짜의 보고서는 17일 공개됐다.'],
      ['Talks began on Monday.', '협상은 14일 시작됐다.'],
      ['They paused on Tuesday.', '협상은 15일 중단됐다.'],
      ['They resumed on Wednesday.', '협상은 17일 재개됐다.'],
      ['Rain fell on Sunday.', '13일 비가 내렸다.'],
    );
    const all = runDocumentChecks(week).flatMap((r) => r.issues.map((i) => `${r.segmentId}:${i.key}`));
    expect(all.filter((k) => k.includes('weekday'))).toEqual(['s3:numbers:weekday:wednesday:17']);
    expect(keys(calendarCheck.run(week, ctxFor()))).toEqual([]);
    // With too few weekdays for the numbers check to compare, the calendar reports it.
    expect(keys(calendarCheck.run(week.slice(0, 4), ctxFor()))).toEqual(['s3:relative-time:weekday:wednesday:17']);
  });

  // Thursday, Dec. 3, 2026: Friday the 11th, Saturday the 12th, Monday, Nov. 30.
  it('flags a day the Korean gives its own weekday when near the story’s date that day is another weekday', () => {
    const add = (ko: string) => keys(calendarCheck.run(doc(...STORY, ['The hearing is next Friday.', ko]), ctxFor()));
    expect(add('청문회는 다음 주 금요일인 12일 열린다.')).toEqual(['s5:relative-time:korean-weekday:금요일인 12일']);
    expect(add('청문회는 12일(금) 열린다.')).toEqual(['s5:relative-time:korean-weekday:12일(금)']);
    expect(add('청문회는 12월 10일 금요일에 열린다.')).toEqual(['s5:relative-time:korean-weekday:10일 금요일']);
  });
  it('is silent on a Korean weekday that fits its day, a day of another year, a far month, or a day with no date near', () => {
    const add = (ko: string) => keys(calendarCheck.run(doc(...STORY, ['The hearing is next Friday.', ko]), ctxFor()));
    expect(add('청문회는 다음 주 금요일인 11일 열린다. 지난달 30일(월)에도 열렸다.')).toEqual([]);
    expect(add('청문회는 11일(금), 12일 토요일, 금요일 11일에 열린다.')).toEqual([]);
    expect(add('2020년 12월 12일(금)에도 비슷한 일이 있었다. 1950년 6월 25일 일요일이었다.')).toEqual([]);
    expect(add('내년 3월 12일(금)에 열린다. 5~12일(금) 열린다.')).toEqual([]);
    expect(add('청문회는 매주 금요일 오후 3시에 열리며 12일간 이어진다.')).toEqual([]);
  });
});
