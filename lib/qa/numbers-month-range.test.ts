// A range of months written once with 월 (1~10월): its first member is a month too.
import { describe, expect, it } from 'vitest';
import { extractKoreanNumbers } from './numbers-ko';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const months = (s: string) =>
  extractKoreanNumbers(s)
    .filter((n) => n.isMonth)
    .map((n) => n.value);
const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('a range of months sharing one 월', () => {
  it('reads both ends as months', () => {
    expect(months('올해 1~10월 여객')).toEqual([1, 10]);
    expect(months('3 ∼ 5월에')).toEqual([3, 5]);
    expect(months('11-12월')).toEqual([11, 12]);
  });
  it('does not make months of day, duration or percent ranges, or of numbers over 12', () => {
    expect(months('1~20일')).toEqual([]);
    expect(months('12~18개월이 걸린다')).toEqual([]);
    expect(months('10~12% 늘었다')).toEqual([]);
    expect(months('13~14월')).toEqual([14]);
  });
  it('lets “January to October” match 1~10월, and still flags a changed first month', () => {
    expect(run('from January to October this year', '올해 1~10월')).toEqual([]);
    expect(run('from January to October this year', '올해 2~10월')).toContain('numbers:missing:month:1');
    expect(run('from January to October this year', '올해 1~20일')).toContain('numbers:missing:month:1');
  });
});
