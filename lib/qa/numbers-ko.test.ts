import { describe, expect, it } from 'vitest';
import { extractKoreanNumbers } from './numbers-ko';

describe('extractKoreanNumbers', () => {
  it('reads digits with Korean place units', () => {
    const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
    expect(v('1,000명, 1000명, 1천 명')).toEqual([1000, 1000, 1000]);
    expect(v('3억 5천만 달러')).toEqual([350_000_000]);
    expect(v('1천500명과 1만 2000명')).toEqual([1500, 12000]);
    expect(v('2~3주')).toEqual([2, 3]);
  });

  it('reads 만 after a fraction as the particle "only", elsewhere as 10,000', () => {
    const v = (s: string) =>
      extractKoreanNumbers(s)
        .filter((n) => !n.fraction)
        .map((n) => n.value);
    expect(v('유역의 약 3분의 1만 관측할 수 있다')).toEqual([3, 1]);
    expect(v('3분의 2만이 남았다')).toEqual([3, 2]);
    expect(v('주민 1만 명이 대피했다')).toEqual([10_000]);
    expect(v('1만 관측소')).toEqual([10_000]);
  });

  it('reads native numerals only where they stand as numbers', () => {
    const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
    expect(v('일곱 차례')).toEqual([7]);
    expect(v('두세 주')).toEqual([2, 3]);
    expect(v('사나흘 동안')).toEqual([3, 4]);
    expect(v('하루이틀 사이')).toEqual([1, 2]);
    expect(v('대엿새 뒤')).toEqual([5, 6]);
    expect(v('둘째, 셋째')).toEqual([2, 3]);
    expect(v('세계 평화를 둘러싼 두려움')).toEqual([]);
    expect(v('양측은 팔월에')).toEqual([2, 8]);
  });

  it('reads a native tens word and its unit as one number (스물네 살 24), not the tens alone', () => {
    const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
    expect(v('스물네 살 상담원')).toEqual([24]);
    expect(v('서른한 명이 마흔다섯 곳에서, 예순둘은')).toEqual([31, 45, 62]);
    expect(v('스무 살, 서른 명')).toEqual([20, 30]);
    // Not a unit: the next syllables make another word.
    expect(v('스물세계')).toEqual([20]);
    expect(v('쉰 목소리로')).toEqual([]);
  });

  it('reads a fraction as a percentage too (5분의 1 20, 절반 50), and 반세기 as 50', () => {
    const pc = (s: string) =>
      extractKoreanNumbers(s)
        .filter((n) => n.fraction)
        .map((n) => [Math.round(n.value * 10) / 10, n.percent]);
    expect(pc('수확량이 5분의 1가량 줄고 3분의 2가 남았다')).toEqual([
      [20, true],
      [66.7, true],
    ]);
    expect(pc('관정의 절반이 말랐다')).toEqual([[50, true]]);
    // No fraction: 반절 is another word, 1분의 1 is a whole.
    expect(pc('반절을 접었다, 1분의 1')).toEqual([]);
    expect(extractKoreanNumbers('반세기 만에').map((n) => n.value)).toEqual([50]);
  });
});

describe('extractKoreanNumbers: amounts of won in Sino-Korean numeral words', () => {
  const v = (s: string) => extractKoreanNumbers(s).map((n) => n.value);
  it('reads 천원, 오천 원, 백만 원 as amounts (a programme or a product named by its price)', () => {
    expect(v('‘천원의 아침밥’ 사업')).toEqual([1000]);
    expect(v('오천 원짜리가 아니라 오천원권 지폐')).toEqual([]);
    expect(v('학생들은 오천 원을 냈다')).toEqual([5000]);
    expect(v('‘백만원 적금’에 가입했다')).toEqual([1_000_000]);
    expect(v('입장료는 만 원이다')).toEqual([10_000]);
    expect(v('천 원 한 장')).toEqual([1000, 1]);
  });
  it('leaves other words with 원 alone', () => {
    expect(v('천원대 제품이 늘었다')).toEqual([]);
    expect(v('세원 발굴에 나섰다')).toEqual([]);
    expect(v('열원 공급이 끊겼다')).toEqual([]);
    expect(v('백원길 교수가 말했다')).toEqual([]);
    expect(v('정부 부처 공무원들이')).toEqual([]);
    expect(v('대구천원 마을')).toEqual([]);
  });
});
