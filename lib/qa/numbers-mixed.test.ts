import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { englishMixedNumbers } from './numbers-mixed';
import { extractKoreanNumbers } from './numbers-ko';
import { keys, runOne } from './testing';

const SRC = 'He threw 178 1/3 innings for the Falcons last season.';

describe('mixed numbers and vulgar fractions', () => {
  it('reads an English mixed number or vulgar fraction as one value, not a date or score', () => {
    expect(englishMixedNumbers('178 1/3 innings, 2¾ miles and ½ cup').map((m) => m.value)).toEqual([178 + 1 / 3, 2.75, 0.5]);
    expect(englishMixedNumbers('on 9/11, a 3/1 shot, 4 5/3 and 2.5/10')).toEqual([]);
  });

  it('reads a Korean 178⅓ and 178과 3분의 1 as one value', () => {
    const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
    expect(v('178⅓이닝')).toEqual([178 + 1 / 3]);
    expect(v('178과 3분의 1이닝')).toEqual([178 + 1 / 3]);
    expect(v('⅔컵')).toEqual([2 / 3]);
    // A count and then a fraction of something else is left as it is.
    expect(v('2명과 3분의 1')).toContain(2);
  });

  it('accepts the fraction written either way and flags it lost', () => {
    expect(keys(runOne(numbersCheck, SRC, '그는 지난 시즌 팰컨스에서 178⅓이닝을 던졌다.'))).toEqual([]);
    expect(keys(runOne(numbersCheck, SRC, '그는 지난 시즌 팰컨스에서 178과 3분의 1이닝을 던졌다.'))).toEqual([]);
    expect(keys(runOne(numbersCheck, 'He threw 178⅓ innings.', '그는 178⅓이닝을 던졌다.'))).toEqual([]);
    expect(keys(runOne(numbersCheck, SRC, '그는 지난 시즌 팰컨스에서 178이닝을 던졌다.'))).toEqual(['numbers:missing:178.333333']);
    expect(keys(runOne(numbersCheck, SRC, '그는 지난 시즌 팰컨스에서 178⅔이닝을 던졌다.'))).toEqual(['numbers:missing:178.333333']);
  });
});

describe('numbers that are not figures', () => {
  it('reads 천 and 백 before a title as a surname, not 1,000', () => {
    const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
    expect(v('천 선수는 백 대표와 만났다')).toEqual([]);
    expect(v('천 명이 모였다')).toEqual([1000]);
  });

  it('lets the Korean write 0 for “zero” but still flags an invented 0', () => {
    expect(keys(runOne(numbersCheck, 'I will start again from zero.', '0에서 다시 시작하겠습니다.'))).toEqual([]);
    expect(keys(runOne(numbersCheck, 'I will start again.', '0에서 다시 시작하겠습니다.'))).toEqual(['numbers:extra:0']);
  });
});
