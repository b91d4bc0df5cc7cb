import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('a ratio and its percentage are one figure', () => {
  it('lets "N in M" / "N out of M" be written as the percentage N/M × 100, and the converse', () => {
    expect(run("Alzheimer's accounts for about seven in ten cases.", '알츠하이머병은 전체 치매의 약 70%를 차지한다.')).toEqual([]);
    expect(run('One in five households is in debt.', '가구의 20%가 빚을 지고 있다.')).toEqual([]);
    expect(run('Nine out of 10 voters agreed.', '유권자의 90%가 동의했다.')).toEqual([]);
    expect(run('Two in every three firms lost money.', '기업의 67%가 손실을 냈다.')).toEqual([]);
    expect(run('About 70% of cases are Alzheimer’s.', '치매 환자 10명 중 7명가량이 알츠하이머병이다.')).toEqual([]);
  });
  it('still flags a percentage that is not the ratio, and a count that is no ratio', () => {
    expect(run("Alzheimer's accounts for about seven in ten cases.", '알츠하이머병은 전체 치매의 약 60%를 차지한다.')).toEqual([
      'numbers:missing:7',
      'numbers:missing:10',
    ]);
    expect(run('About 70% of cases are Alzheimer’s.', '치매 환자 10명 중 6명가량이 알츠하이머병이다.')).toEqual([
      'numbers:missing:70',
      'numbers:extra:6',
    ]);
    // “two of the three reactors” counts reactors: 67% does not render the two.
    expect(run('Two of the three reactors were shut.', '원자로 3기 중 67%가 멈췄다.')).toEqual(['numbers:missing:2']);
  });
});
