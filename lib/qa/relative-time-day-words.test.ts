import { describe, expect, it } from 'vitest';
import { calendarCheck } from './relative-time-calendar';
import { ctxFor } from './testing';
import type { QaIssue, QaSegment } from './types';

const doc = (...pairs: [string, string][]): QaSegment[] =>
  pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText, state: 'TRANSLATED' }));
const keys = (m: Map<string, QaIssue[]>) => [...m].flatMap(([id, is]) => is.map((i) => `${id}:${i.key}`));
const run = (...pairs: [string, string][]) => keys(calendarCheck.run(doc(...pairs), ctxFor()));

// A programme aired on Thursday, March 4, 2027 (4 March 2027 is a Thursday).
const AIR: [string, string] = [
  'Good evening. This is the news for Thursday, March 4, 2027.',
  '안녕하십니까. 2027년 3월 4일 목요일 저녁 뉴스입니다.',
];

describe('relative time: the story’s date from a full date the source gives with its weekday', () => {
  it('dates the story by it even when no weekday day agrees yet, and flags a weekday’s wrong day', () => {
    expect(run(AIR, ['The strike began on Monday.', '파업은 지난 2일 시작됐습니다.'])).toEqual(['s1:relative-time:weekday:monday:2']);
    expect(run(AIR, ['The strike began on Monday.', '파업은 지난 1일 시작됐습니다.'])).toEqual([]);
  });
  it('leaves a full date without its weekday to the weekday days, as before', () => {
    expect(
      run(
        ['The report is dated March 4, 2027.', '보고서는 2027년 3월 4일 자다.'],
        ['The strike began on Monday.', '파업은 지난 2일 시작됐다.'],
      ),
    ).toEqual([]);
  });
});

describe('relative time: a weekday rendered by 어제, 그제, 내일 or 모레', () => {
  it('flags a day word that lands on another weekday', () => {
    expect(run(AIR, ['Talks collapsed on Tuesday.', '협상은 어제 결렬됐습니다.'])).toEqual(['s1:relative-time:day-word:tuesday:어제']);
    expect(run(AIR, ['The union will strike on Saturday.', '노조는 내일 파업에 들어갑니다.'])).toEqual([
      's1:relative-time:day-word:saturday:내일',
    ]);
    expect(run(AIR, ['Officials met on Wednesday.', '당국자들은 그제 만났습니다.'])).toEqual(['s1:relative-time:day-word:wednesday:그제']);
  });
  it('accepts the right day word, and leaves unclear paragraphs alone', () => {
    expect(run(AIR, ['Talks collapsed on Tuesday.', '협상은 그제 결렬됐습니다.'])).toEqual([]);
    expect(run(AIR, ['Officials met on Wednesday.', '당국자들은 어제 만났습니다.'])).toEqual([]);
    expect(run(AIR, ['The union will strike on Saturday.', '노조는 모레 파업에 들어갑니다.'])).toEqual([]);
    expect(run(AIR, ['The union will strike on Friday.', '노조는 내일 파업에 들어갑니다.'])).toEqual([]);
    // Two weekdays, a quote's 어제, the Korean naming the weekday, an English day word of its own.
    expect(run(AIR, ['Talks collapsed on Tuesday and resumed on Wednesday.', '협상은 그제 결렬됐다가 어제 재개됐습니다.'])).toEqual([]);
    expect(run(AIR, ['"We met yesterday," he said on Tuesday.', '그는 그제 “어제 만났다”고 말했습니다.'])).toEqual([]);
    expect(run(AIR, ['Talks collapsed on Tuesday.', '협상은 화요일에 결렬됐고 어제는 쉬었습니다.'])).toEqual([]);
    expect(run(AIR, ['Talks collapsed on Tuesday and resume today.', '협상은 어제 결렬됐고 오늘 재개됩니다.'])).toEqual([]);
    expect(run(AIR, ['Markets are closed on Sundays.', '시장은 어제도 문을 닫았습니다.'])).toEqual([]);
  });
});

describe('relative time: “next Thursday” is not tomorrow, “last Wednesday” not yesterday', () => {
  it('flags next/last weekdays resolved to the day next to the story’s date', () => {
    expect(run(AIR, ['The vote is set for next Friday.', '표결은 오는 5일로 잡혀 있습니다.'])).toEqual([
      's1:relative-time:week-word:next friday:오는 5일',
    ]);
    expect(run(AIR, ['The bill passed last Wednesday.', '법안은 지난 3일 통과됐습니다.'])).toEqual([
      's1:relative-time:week-word:last wednesday:지난 3일',
    ]);
  });
  it('accepts them a week further, and a next/last weekday further off', () => {
    expect(run(AIR, ['The vote is set for next Friday.', '표결은 오는 12일로 잡혀 있습니다.'])).toEqual([]);
    expect(run(AIR, ['The bill passed last Wednesday.', '법안은 지난달 24일 통과됐습니다.'])).toEqual([]);
    expect(run(AIR, ['The vote is set for next Monday.', '표결은 오는 8일로 잡혀 있습니다.'])).toEqual([]);
    expect(run(AIR, ['The bill passed last Monday.', '법안은 지난 1일 통과됐습니다.'])).toEqual([]);
  });
});
