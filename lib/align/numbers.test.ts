import { describe, expect, it } from 'vitest';
import { englishNumbers, koreanNumbers, normaliseNumber } from './numbers';

describe('englishNumbers', () => {
  it('reads digits, scales and number words', () => {
    expect(englishNumbers('50,000 tons, 10.1 million people, $2 billion')).toEqual(['50000', '10100000', '2000000000']);
    expect(englishNumbers('on seven occasions within two to three weeks')).toEqual(['7', '2', '3']);
    expect(englishNumbers('twenty-five soldiers')).toEqual(['25']);
  });

  it('reads dates written as words or ordinals', () => {
    expect(englishNumbers('since May fourth')).toEqual(['5', '4']);
    expect(englishNumbers('ends on August 20th')).toEqual(['8', '20']);
    expect(englishNumbers('Panmunjom on June 30th, 2019')).toEqual(['6', '30', '2019']);
    expect(englishNumbers('in February')).toEqual(['2']);
  });

  it('does not read "May" the verb, "one" the pronoun or ordinals outside dates', () => {
    expect(englishNumbers('The result may determine the future. May it last.')).toEqual([]);
    expect(englishNumbers('one of the first signs; the second summit')).toEqual([]);
    expect(englishNumbers('talks in May.')).toEqual(['5']);
    expect(englishNumbers('the two Koreas fired two shells')).toEqual(['2']);
  });
});

describe('koreanNumbers', () => {
  it('reads digits with attached 만/억/조 scales, chaining falling groups', () => {
    expect(koreanNumbers('쌀 5만 톤')).toEqual(['50000']);
    expect(koreanNumbers('13만 3천여 명, 2만 8,500명')).toEqual(['133000', '28500']);
    expect(koreanNumbers('1억 2천만 원, 170억 원, 3조 달러')).toEqual(['120000000', '17000000000', '3000000000000']);
  });

  it('reads dates and native numerals before counters', () => {
    expect(koreanNumbers('8월 20일')).toEqual(['8', '20']);
    expect(koreanNumbers('5월 4일 이후 일곱 차례')).toEqual(['5', '4', '7']);
    expect(koreanNumbers('세계 여러 나라, 네 그렇습니다')).toEqual([]);
  });

  it('does not take a following word for a scale', () => {
    expect(koreanNumbers('5·24 조치는')).toEqual(['5', '24']);
    expect(koreanNumbers('24년 만에')).toEqual(['24']);
  });
});

describe('normaliseNumber', () => {
  it('makes equal values compare equal', () => {
    expect(normaliseNumber(1000)).toBe('1000');
    expect(normaliseNumber(10.1 * 1e6)).toBe('10100000');
  });
});
