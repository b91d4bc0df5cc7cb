import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from './repeated-word';
import { keys, runOne } from './testing';

const k = (ko: string, en = 'x') => keys(runOne(repeatedWordCheck, en, ko));

describe('repeated-word: copies joined by a zero-width space', () => {
  it('flags a word doubled with only U+200B between', () => {
    expect(k('정부는\u200b정부는 대책을 내놨다.')).toEqual(['repeated-word:twice:정부는']);
    expect(k('수출이\u200b수출이 늘었다.')).toEqual(['repeated-word:twice:수출이']);
  });
  it('leaves different words joined by U+200B alone', () => {
    expect(k('정부는\u200b대책을 내놨다.')).toEqual([]);
  });
});

describe('repeated-word: a two-word phrase written twice', () => {
  it('flags the doubled phrase', () => {
    expect(k('적어도 3명이 적어도 3명이 다쳤다.')).toEqual(['repeated-word:twice:적어도 3명이']);
    expect(k('이번 주 이번 주 회의에서 결정한다.')).toEqual(['repeated-word:twice:이번 주']);
    expect(k('새 대표 새 대표는 취임사에서 밝혔다.')).toEqual(['repeated-word:twice:새 대표']);
    expect(k('중앙은행은 기준금리를 기준금리를 동결했다.')).toEqual(['repeated-word:twice:기준금리를']);
  });
  it('leaves the distributive 한 명 한 명, different phrases, punctuation between, and a doubling the source has', () => {
    for (const ok of [
      '선수 한 명 한 명이 소중하다.',
      '한 걸음 한 걸음 나아갔다.',
      '하나 둘 하나 둘 구령에 맞춰 걸었다.',
      '서울 강남 서울 강북의 격차가 컸다.',
      '그는 “다시 한다, 다시 한다”고 외쳤다.',
      '첫 경기 첫 골을 넣었다.',
      '정부는 이날 대책을 내놨고 이날 오후 발표했다.',
    ])
      expect(k(ok), ok).toEqual([]);
    expect(k('very good very good 이라고 했다', 'He said very good very good.')).toEqual([]);
  });
});

describe('repeated-word: the end of a word written again as a word', () => {
  it('flags a verb ending repeated after the verb', () => {
    expect(k('정부는 지원하기로 하기로 했다.')).toEqual(['repeated-word:tail:하기로']);
    expect(k('위원회는 이를 검토했으나 했으나 결론을 내지 못했다.')).toEqual(['repeated-word:tail:했으나']);
    expect(k('회사는 투자를 확대한다고 한다고 밝혔다.')).toEqual(['repeated-word:tail:한다고']);
  });
  it('leaves short endings and words that only share a syllable or two', () => {
    for (const ok of [
      '경제가 제가 생각한 것보다 나쁘다.',
      '정부는 하기로 한 일을 했다.',
      '그는 사과했다. 했다는 사실이 중요하다.',
      '대통령은 통일부 장관을 만났다.',
      '그렇게 하기로 했다.',
      '이 회사가 사가 만든 제품',
      '서울시청에서 시청 직원을 만났다.',
    ])
      expect(k(ok), ok).toEqual([]);
  });
});

describe('repeated-word: a word written spaced and solid side by side', () => {
  it('flags the old spaced form left before or after the solid one', () => {
    expect(k('배춧값이 뛰어 올해 김장 철 김장철에 부담이 커졌다.')).toEqual(['repeated-word:spacing:김장철에']);
    expect(k('정부는 재난 지원금 재난지원금을 다시 준다.')).toEqual(['repeated-word:spacing:재난지원금을']);
    expect(k('그는 작은아버지 작은 아버지 댁에 머물렀다.')).toEqual(['repeated-word:spacing:작은아버지']);
    expect(k('양측은 물밑 접촉 물밑접촉으로 이견을 좁혔다.')).toEqual(['repeated-word:spacing:물밑접촉으로']);
  });
  it('leaves words that only share a front, short pairs and correct spacing alone', () => {
    for (const ok of [
      '김장철이 되면 배춧값이 오른다.',
      '한 번 더 해 보자.',
      '큰 집과 작은 집이 나란히 섰다.',
      '재난 지원금은 재난 피해자에게 간다.',
      '물 밑에서 물이 샌다.',
      '그는 다시 다시마를 샀다.',
      '새 해 첫날 새해 인사를 나눴다.',
    ])
      expect(k(ok), ok).toEqual([]);
  });
});
