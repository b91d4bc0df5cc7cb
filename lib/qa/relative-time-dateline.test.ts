import { describe, expect, it } from 'vitest';
import { datelineMonthCheck } from './relative-time-dateline';
import { ctxFor } from './testing';
import { weekdayPairs } from './weekday-dates';

const DATELINE = {
  sourceText: 'SEOUL — The National Assembly on Thursday, Dec. 3, passed a bill that extends paid parental leave.',
  targetText: '국회가 3일 본회의에서 유급 육아휴직을 늘리는 법안을 통과시켰다.',
};
const doc = (en: string, ko: string, dateline = DATELINE) =>
  [dateline, { sourceText: en, targetText: ko }].map((s, i) => ({ id: `s${i}`, state: 'TRANSLATED' as const, ...s }));
const keys = (en: string, ko: string, dateline = DATELINE) =>
  [...datelineMonthCheck.run(doc(en, ko, dateline), ctxFor()).values()].flat().map((i) => i.key);
const EN = 'Statistics Korea said last Friday that the fertility rate fell to 0.72.';

describe('relative time against a dateline without a year', () => {
  it('flags a month word that puts a weekday’s day in the wrong month', () => {
    expect(keys(EN, '통계청은 이달 27일 합계출산율이 0.72명으로 떨어졌다고 밝혔다.')).toEqual([
      'relative-time:weekday-month:last friday:이달 27일',
    ]);
    expect(keys('Officials will meet again next Tuesday.', '당국자들은 다음 달 8일 다시 만난다.')).toEqual([
      'relative-time:weekday-month:next tuesday:다음 달 8일',
    ]);
    const [issue] = [...datelineMonthCheck.run(doc(EN, '통계청은 이달 27일 밝혔다.'), ctxFor()).values()].flat();
    expect(issue!.targetSpan).toEqual({ start: 5, end: 11 });
    expect(issue!.message).toContain('“지난달 27일”');
  });
  it('leaves the right month word, a bare day, and documents with a full date alone', () => {
    expect(keys(EN, '통계청은 지난달 27일 합계출산율이 0.72명으로 떨어졌다고 밝혔다.')).toEqual([]);
    expect(keys(EN, '통계청은 27일 합계출산율이 0.72명으로 떨어졌다고 밝혔다.')).toEqual([]);
    expect(keys('Officials will meet again next Tuesday.', '당국자들은 오는 8일 다시 만난다.')).toEqual([]);
    expect(keys('Officials will meet again next Tuesday.', '당국자들은 이달 8일 다시 만난다.')).toEqual([]);
    // A full date is relative-time-calendar.ts's to judge.
    const dated = { ...DATELINE, sourceText: DATELINE.sourceText.replace('Dec. 3,', 'Dec. 3, 2026,') };
    expect(keys(EN, '통계청은 이달 27일 밝혔다.', dated)).toEqual([]);
    // A February dateline whose years disagree on the leap day is not judged.
    const feb = { ...DATELINE, sourceText: DATELINE.sourceText.replace('Thursday, Dec. 3', 'Tuesday, March 3') };
    expect(keys('Officials said last Friday that talks had stalled.', '당국자들은 이달 27일 협상이 멈췄다고 밝혔다.', feb)).toEqual([]);
  });
  it('pairs a day followed by a word that opens like a count suffix (27일 여성, 3일 간담회)', () => {
    expect(weekdayPairs('x', EN, '통계청은 이달 27일 여성 1명이 낳을 자녀 수가 줄었다고 밝혔다.').map((p) => p.day)).toEqual([27]);
    expect(weekdayPairs('x', 'They met on Friday.', '이들은 4일 간담회를 열었다.').map((p) => p.day)).toEqual([4]);
    expect(weekdayPairs('x', 'They met on Friday.', '이들은 4일 간 회의를 열었다.')).toEqual([]);
    expect(weekdayPairs('x', 'They met on Friday.', '이들은 4일여 동안 회의를 열었다.')).toEqual([]);
  });
});
