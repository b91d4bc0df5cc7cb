import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { storyDate, yearAsWord } from './story-month';
import type { QaSegment } from './types';

const seg = (id: string, sourceText: string, targetText: string): QaSegment => ({ id, sourceText, targetText, state: 'TRANSLATED' });
const DATELINE = seg('a', 'SEOUL, Thursday, December 10, 2026 — The court ordered a recount.', '법원은 10일 재검표를 명령했다.');
const keys = (en: string, ko: string, head = DATELINE) =>
  runDocumentChecks([head, seg('b', en, ko)])
    .find((r) => r.segmentId === 'b')!
    .issues.map((i) => i.key)
    .filter((k) => /numbers|relative-time/.test(k));

describe('the story’s year', () => {
  it('reads the dateline’s year, and none when it gives none', () => {
    expect(storyDate([DATELINE])).toEqual({ month: 12, year: 2026 });
    expect(storyDate([seg('a', 'SEOUL, Dec. 3 (Yonhap) -- It fired.', '발사했다.')])).toEqual({ month: 12, year: null });
  });
  it('takes 지난해, 올해, 내년 for the year they name from the story’s year', () => {
    expect(yearAsWord('지난해 4월 선거보다 높다', 2025, 2026)).toBe(true);
    expect(yearAsWord('올 상반기에 늘었다', 2026, 2026)).toBe(true);
    expect(yearAsWord('올해 4월 선거보다 높다', 2025, 2026)).toBe(false);
    expect(yearAsWord('전년 동기 대비 늘었다', 2025, 2026)).toBe(false);
    expect(yearAsWord('지난해 4월 선거보다 높다', 2025, null)).toBe(false);
  });
});

describe('a month or year the English gives outright, counted from the story’s date', () => {
  const APRIL = 'Turnout was up 4.6 points from the by-elections of April 2025.';
  it('accepts 지난해 4월 for April 2025 in a story of 2026 (no number missing)', () => {
    expect(keys(APRIL, '지난해 4월 재보궐선거보다 4.6%포인트 높다.')).toEqual([]);
    expect(keys(APRIL, '2025년 4월 재보궐선거보다 4.6%포인트 높다.')).toEqual([]);
  });
  it('flags 올해 4월 for April 2025, a year moved', () => {
    expect(keys(APRIL, '올해 4월 재보궐선거보다 4.6%포인트 높다.')).toContain('relative-time:story-year:2025:올해');
  });
  it('leaves a year word alone without the story’s year, or beside a year that is a name', () => {
    const noYear = seg('a', 'SEOUL, Dec. 3 (Yonhap) -- It fired.', '발사했다.');
    expect(keys(APRIL, '올해 4월 재보궐선거보다 4.6%포인트 높다.', noYear)).not.toContain('relative-time:story-year:2025:올해');
    expect(keys('Busan lost its bid for Expo 2025 this year.', '부산은 올해 엑스포 유치에 실패했다.')).toEqual(
      expect.not.arrayContaining(['relative-time:story-year:2025:올해']),
    );
  });
  const RAID = 'Prosecutors on Monday, Nov. 30, raided his office.';
  it('accepts 지난달 30일 and 지난달 27~28일 for November days in a December story', () => {
    expect(keys(RAID, '검찰은 지난달 30일 그의 사무실을 압수수색했다.')).toEqual([]);
    expect(keys('The poll was carried out on Nov. 27-28.', '조사는 지난달 27~28일 실시됐다.')).toEqual([]);
  });
  it('flags 이달 30일 for Nov. 30 in a December story', () => {
    expect(keys(RAID, '검찰은 이달 30일 그의 사무실을 압수수색했다.')).toEqual(['relative-time:story-month:11-30:이달']);
  });
});

describe('a month without a year, and a year two away', () => {
  const FORMED = 'A fan union, formed in October, bought shares.';
  it('flags 지난해 10월 for “in October” in a December story, and 내후년 beside 내년 for “next year”', () => {
    expect(keys(FORMED, '지난해 10월 결성된 팬연합은 지분을 사들였다.')).toEqual(['relative-time:story-month-year:10:지난해']);
    const vote = 'Shareholders vote again in March. A lawsuit could push that vote back to the second half of next year.';
    expect(keys(vote, '주주들은 내년 3월 다시 표결한다. 소송이 나면 표결이 내후년 하반기로 미뤄질 수 있다.')).toEqual([
      'relative-time:two-years:내후년',
    ]);
  });
  it('accepts 올해 10월 (past) and 내년 3월 (to come), and 내후년 for the year after next', () => {
    expect(keys(FORMED, '올해 10월 결성된 팬연합은 지분을 사들였다.')).toEqual([]);
    expect(keys('Shareholders will vote again in March.', '주주들은 내년 3월 다시 표결한다.')).toEqual([]);
    expect(keys('It opens in March and closes the year after next.', '내년 3월 문을 열고 내후년 닫는다.')).toEqual([]);
  });
});

describe('days of a month word listed', () => {
  it('accepts 지난달 27, 28일 and 지난달 27·28일 for Nov. 27-28 (no month missing)', () => {
    expect(keys('The poll was carried out on Nov. 27-28.', '조사는 지난달 27, 28일 실시됐다.')).toEqual([]);
    expect(keys('The poll was carried out on Nov. 27-28.', '조사는 지난달 27·28일 실시됐다.')).toEqual([]);
  });
  it('still reports the month when the Korean drops it', () => {
    expect(keys('The poll was carried out on Nov. 27-28.', '조사는 27, 28일 실시됐다.')).toContain('numbers:missing:month:11');
  });
});

describe('a day of another month written as a bare day', () => {
  it('flags Nov. 27 as a bare 27일 in a story of 10 December (it reads as 27 December)', () => {
    expect(keys('The contract was signed on Friday, Nov. 27, in Busan.', '계약은 27일 부산에서 맺었다.')).toContain(
      'relative-time:story-month-bare:11-27',
    );
    expect(keys('Talks resumed on Oct. 5.', '협상은 5일 재개됐다.')).toContain('relative-time:story-month-bare:10-5');
  });
  it('accepts the month said (지난달, 11월, 이달 for the story month), a duration, a day of the story month', () => {
    const pairs: [string, string][] = [
      ['The contract was signed on Friday, Nov. 27, in Busan.', '계약은 지난달 27일 부산에서 맺었다.'],
      ['The contract was signed on Friday, Nov. 27, in Busan.', '계약은 11월 27일 부산에서 맺었다.'],
      ['The strike, which began on Nov. 27, lasted 27 days.', '지난달 27일 시작된 파업은 27일간 이어졌다.'],
      ['It opens on Dec. 27.', '27일 문을 연다.'],
      ['Talks resumed on Oct. 5 and ran for 5 days.', '협상은 재개된 뒤 5일 동안 이어졌다.'],
    ];
    for (const [en, ko] of pairs)
      expect(
        keys(en, ko).filter((k) => k.includes('story-month-bare')),
        ko,
      ).toEqual([]);
  });
});
