import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: a multiple changed, a count made a percentage', () => {
  it('flags a Korean N배 that is none of the English multiples', () => {
    expect(run('42 days, twice the maximum incubation period', '최대 잠복기의 세 배인 42일')).toContain('numbers:multiple:세 배');
    expect(run('Exports tripled last year.', '지난해 수출이 두 배로 늘었다.')).toContain('numbers:multiple:두 배');
    expect(run('three times as many as the year before', '전년의 4배에 달했다')).toContain('numbers:multiple:4배');
    expect(run('a tenfold rise', '5배 증가')).toContain('numbers:multiple:5배');
  });
  it('leaves the same multiple, ranges, other readings and a sentence with no English multiple alone', () => {
    for (const [en, ko] of [
      ['42 days, twice the maximum incubation period', '최대 잠복기의 두 배인 42일'],
      ['three times as many as the year before', '전년의 3배에 달했다'],
      ['Prices doubled.', '가격이 2배로 뛰었다.'],
      ['a 1.5-fold increase', '1.5배 증가'],
      ['a threefold rise', '세 배 증가'],
      ['Sales rose 200%.', '매출이 3배로 늘었다.'],
      ['Costs rose two- to threefold.', '비용이 두세 배 늘었다.'],
      ['It doubled, then tripled.', '두 배가 됐다가 세 배가 됐다.'],
    ] as const)
      expect(
        run(en, ko).filter((k) => k.startsWith('numbers:multiple')),
        `${en} ↔ ${ko}`,
      ).toEqual([]);
  });
  it('flags a count written as a percentage where the English names no percentage', () => {
    expect(run('Nineteen patients have been hospitalised.', '19%가 입원했다.')).toContain('numbers:unit:19%');
    expect(run('Some 40 schools closed.', '학교 40%가 문을 닫았다.')).toContain('numbers:unit:40%');
  });
  it('leaves percentages the English names, fractions and points alone', () => {
    for (const [en, ko] of [
      ['Nineteen percent were hospitalised.', '19%가 입원했다.'],
      ['Half of the 40 schools closed.', '학교 40곳 가운데 50%가 문을 닫았다.'],
      ['Rates rose 0.25 percentage point to 3.5.', '금리가 0.25%포인트 올라 3.5%가 됐다.'],
      ['The rate stands at 3.5 per cent.', '금리는 3.5%다.'],
      ['a quarter of 20 firms', '20개 기업의 25%'],
      ['Turnout was 65 pct.', '투표율은 65%였다.'],
    ] as const)
      expect(
        run(en, ko).filter((k) => k.startsWith('numbers:unit')),
        `${en} ↔ ${ko}`,
      ).toEqual([]);
  });
});
