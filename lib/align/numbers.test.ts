import { describe, expect, it } from 'vitest';
import { englishNumbers, koreanNumbers, normaliseNumber } from './numbers';

describe('englishNumbers', () => {
  it('reads digits, scales and number words', () => {
    expect(englishNumbers('50,000 tons, 10.1 million people, $2 billion')).toEqual(['50000', '10100000', '2000000000']);
    expect(englishNumbers('on seven occasions within two to three weeks')).toEqual(['7', '2', '3']);
    expect(englishNumbers('twenty-five soldiers')).toEqual(['25']);
  });

  it('reads dates written as words or ordinals', () => {
    expect(englishNumbers('since May fourth')).toEqual(['5', 'd4']);
    expect(englishNumbers('ends on August 20th')).toEqual(['8', 'd20']);
    expect(englishNumbers('Panmunjom on June 30th, 2019')).toEqual(['6', 'd30', '2019']);
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
    expect(koreanNumbers('8월 20일')).toEqual(['8', 'd20']);
    expect(koreanNumbers('5월 4일 이후 일곱 차례')).toEqual(['5', 'd4', '7']);
    expect(koreanNumbers('세계 여러 나라, 네 그렇습니다')).toEqual([]);
  });

  it('does not take a following word for a scale', () => {
    expect(koreanNumbers('5·24 조치는')).toEqual(['5', '24']);
    expect(koreanNumbers('24년 만에')).toEqual(['24']);
  });
});

describe('news phenomena', () => {
  it('reads abbreviated months with their day as in "8월 20일"', () => {
    expect(englishNumbers('WASHINGTON, Aug. 20 (AP)')).toEqual(koreanNumbers('8월 20일'));
    expect(englishNumbers('the agreement of Sept. 19, 2018')).toEqual(['9', 'd19', '2018']);
    expect(englishNumbers('Dec. 3')).toEqual(['12', 'd3']);
    expect(englishNumbers('Dec. The end')).toEqual([]);
  });

  it('marks a bare Korean day ("지난 8일") as a day, so it can stand for an English weekday cheaply', () => {
    expect(koreanNumbers('지난 8일 발사했다')).toEqual(['d8']);
    expect(koreanNumbers('20일(현지시간)')).toEqual(['d20']);
    expect(koreanNumbers('7일간 이어졌다')).toEqual(['7']);
    expect(koreanNumbers('지난 13일부터 닷새 동안')).toEqual(['d13', '5']);
  });

  it('reads fractions as denominator and numerator, as "3분의 2" is written', () => {
    expect(englishNumbers('two-thirds of households').sort()).toEqual(koreanNumbers('가구의 3분의 2').sort());
    expect(englishNumbers('fell by a third').sort()).toEqual(koreanNumbers('3분의 1 줄었다').sort());
    expect(englishNumbers('three-quarters of it').sort()).toEqual(koreanNumbers('4분의 3 이상').sort());
  });

  it('reads multiplicatives and Korean counts without digits', () => {
    expect(englishNumbers('twice as fast')).toEqual(koreanNumbers('두 배 속도로'));
    expect(englishNumbers('cut twice since May')).toEqual(['2', '5']);
    expect(koreanNumbers('두 번, 두 차례')).toEqual(['2', '2']);
    expect(englishNumbers('lasted five days')).toEqual(koreanNumbers('닷새 동안 이어진'));
    expect(englishNumbers('three decades')).toEqual(koreanNumbers('30년'));
    expect(englishNumbers('the third quarter')).toEqual(koreanNumbers('3분기'));
  });

  it('reads Korean amounts whose 천 groups belong to the following 억 or 조', () => {
    expect(koreanNumbers('3조7천500억원')).toEqual(englishNumbers('3.75 trillion won'));
    expect(koreanNumbers('2조4천300억원')).toEqual(englishNumbers('2.43 trillion won'));
    expect(koreanNumbers('1천170억원')).toEqual(englishNumbers('117 billion won'));
    expect(koreanNumbers('3만2천494.66')).toEqual(englishNumbers('32,494.66'));
    expect(koreanNumbers('67조4천억원')).toEqual(englishNumbers('67.4 trillion won'));
    expect(koreanNumbers('2019 2020')).toEqual(['2019', '2020']);
  });
});

describe('normaliseNumber', () => {
  it('makes equal values compare equal', () => {
    expect(normaliseNumber(1000)).toBe('1000');
    expect(normaliseNumber(10.1 * 1e6)).toBe('10100000');
  });
});
