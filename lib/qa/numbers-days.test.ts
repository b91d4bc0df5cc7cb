import { describe, expect, it } from 'vitest';
import { datelineEnd } from './dateline';
import { numbersCheck } from './numbers';
import { extractKoreanNumbers } from './numbers-ko';
import { keys, runOne } from './testing';
import { weekdayPairs } from './weekday-dates';

const nums = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
const days = (ko: string) =>
  extractKoreanNumbers(ko)
    .filter((n) => n.isDay)
    .map((n) => n.value);

describe('numbers: days of the month Korean writes for weekdays', () => {
  it('reads the first day of a range as a day (13~14일, 13·14일, 13, 14일)', () => {
    expect(days('대회는 20~21일 부산에서 열렸다')).toEqual([20, 21]);
    expect(days('노조는 8·9일 이틀간 파업했다')).toEqual([8, 9]);
    expect(days('양국은 27, 28일 회담을 열었다')).toEqual([27, 28]);
    expect(days('선거는 3~4일에 치러진다')).toEqual([3, 4]);
  });
  it('does not read a count of days in a range as a date', () => {
    expect(days('복구에는 2~3일 정도 걸린다')).not.toContain(2);
    expect(days('공사는 4~5일간 중단됐다')).not.toContain(4);
    expect(days('판정은 1, 2일 만에 나온다')).not.toContain(1);
    expect(days('2~3일 동안 비가 온다')).not.toContain(2);
    expect(days('재고는 5~6일치가 남았다')).not.toContain(5);
  });
  it('reads a day before 만 (only), 께, 쯤, 경, 과/와 and 로 as a day', () => {
    expect(days('정부는 9일만 해도 낙관했다')).toEqual([9]);
    expect(days('결과는 21일께 나온다')).toEqual([21]);
    expect(days('회의는 6일과 7일 열린다')).toEqual([6, 7]);
    expect(days('선고는 30일로 미뤄졌다')).toEqual([30]);
    expect(days('이사회는 5일경 열린다')).toEqual([5]);
    // 만에 counts days.
    expect(days('협상은 3일만에 타결됐다')).toEqual([]);
  });
  it('lets the days of a weekday range pass where the source names the weekdays', () => {
    expect(nums('Schools were shut on Monday and Tuesday across the region.', '9~10일 지역 학교가 문을 닫았다.')).toEqual([]);
    expect(nums('Officials were still hopeful on Friday.', '당국은 6일만 해도 낙관했다.')).toEqual([]);
    expect(nums('Talks will resume on Monday and Tuesday.', '회담은 2일과 3일 재개된다.')).toEqual([]);
    // Without a weekday, an added range is still flagged.
    expect(nums('Schools were shut across the region.', '9~10일 지역 학교가 문을 닫았다.')).toContain('numbers:extra:9');
  });
});

describe('weekday-dates: a possessive weekday names its date', () => {
  it('pairs no day with another weekday of the sentence when a possessive takes it', () => {
    const p = weekdayPairs(
      's1',
      'The ministry cancelled flights on Monday and will announce Tuesday’s timetable tonight.',
      '국토부는 이날 항공편을 취소했고, 21일 운항 계획은 오늘 밤 발표한다.',
    );
    expect(p).toEqual([]);
  });
  it('pairs a possessive weekday with its day', () => {
    const p = weekdayPairs('s1', "Saturday's match was postponed.", '26일 경기는 연기됐다.');
    expect(p.map((x) => [x.weekday, x.day])).toEqual([[5, 26]]);
  });
});

describe('a dateline filed from two places', () => {
  it('is a dateline whose year the Korean need not carry', () => {
    const en = 'BUSAN/SEOUL, Monday, March 2, 2026 — Dockworkers walked out on Monday, the union said.';
    expect(datelineEnd(en)).toBe(en.indexOf('—') + 1);
    expect(nums(en, '부두 노동자들이 2일 파업에 들어갔다고 노조가 밝혔다.')).toEqual([]);
    expect(nums('LONDON/PARIS, Jan. 5 — Talks resumed.', '회담이 재개됐다.')).toEqual([]);
  });
  it('is not a dateline without the dash, and its numbers still count', () => {
    expect(datelineEnd('BUSAN/SEOUL, 2026 budget talks stalled.')).toBe(0);
  });
});
