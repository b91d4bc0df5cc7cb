import { describe, expect, it } from 'vitest';
import { isApproxNoun, isCounterAfterNumber, nounBeforeSsik } from './counters';
import { spellTokens } from './tokenise';

const passes = (text: string, word: string) => {
  const token = spellTokens(text).find((t) => t.word === word);
  if (!token) throw new Error(`${word} not in ${text}`);
  return isCounterAfterNumber(text, token);
};

describe('a counter with a quantity suffix after a number', () => {
  it('after native and Sino-Korean number words and digits', () => {
    expect(passes('아침마다 와서 두 개씩 사 가는 분', '개씩')).toBe(true);
    expect(passes('2천 원짜리 바게트', '원짜리')).toBe(true);
    expect(passes('이천 원짜리 바게트', '원짜리')).toBe(true);
    expect(passes('열두 개씩 샀다', '개씩')).toBe(true);
    expect(passes('세 번째로 왔다', '번째로')).toBe(true);
    expect(passes('3만 원어치를 샀다', '원어치를')).toBe(true);
    expect(passes('한 달에 몇십만 원씩 나온다', '원씩')).toBe(true);
    expect(passes('수백억 원어치가 팔렸다', '원어치가')).toBe(true);
  });

  it('not without a number before it, nor with a misspelt suffix', () => {
    expect(passes('사과 개씩 먹었다', '개씩')).toBe(false);
    expect(passes('개씩 먹었다', '개씩')).toBe(false);
    expect(passes('세 번재로 왔다', '번재로')).toBe(false);
    expect(passes('두 개씨 샀다', '개씨')).toBe(false);
    expect(passes('몇몇 원씩 나온다', '원씩')).toBe(false);
    expect(passes('수박 원씩 나온다', '원씩')).toBe(false);
  });
});

describe('a noun counted with -씩 after a number (한 계단씩)', () => {
  const noun = (text: string, word: string) =>
    nounBeforeSsik(
      text,
      spellTokens(text).find((t) => t.word === word)!,
    );
  it('gives the noun after a number word or digits', () => {
    expect(noun('한 계단씩 올랐다', '계단씩')).toBe('계단');
    expect(noun('두 걸음씩은 물러섰다', '걸음씩은')).toBe('걸음');
    expect(noun('3 사람씩 들어갔다', '사람씩')).toBe('사람');
  });
  it('not without a number before, nor with 식 or a name tail', () => {
    expect(noun('계단씩 올랐다', '계단씩')).toBeNull();
    expect(noun('새 계단씩 올랐다', '계단씩')).toBeNull();
    expect(noun('한 계단식 논', '계단식')).toBeNull();
    expect(noun('한 계단씩씨', '계단씩씨')).toBeNull();
  });
});

describe('approximate numbers and currencies before a counter (두세 명씩, 800만 동쯤)', () => {
  it('two numbers together, as the dictionary gives them, before a counter with its suffix', () => {
    expect(passes('손님이 하루에 두세 명씩 들른다', '명씩')).toBe(true);
    expect(passes('귤을 한두 개씩 집어 갔다', '개씩')).toBe(true);
    expect(passes('대여섯 살쯤 된 아이가 울었다', '살쯤')).toBe(true);
    expect(passes('예닐곱 명씩 조를 짰다', '명씩')).toBe(true);
    expect(passes('서너 번째로 줄을 섰다', '번째로')).toBe(true);
    expect(passes('두어 시간쯤 걸린다', '시간쯤')).toBe(true);
  });

  it('a currency counted like 원 after a number', () => {
    expect(passes('한 달에 900만 동쯤 번다', '동쯤')).toBe(true);
    expect(passes('쌀국수 한 그릇에 5만 동씩 받는다', '동씩')).toBe(true);
    expect(passes('하루 300 페소씩 모았다', '페소씩')).toBe(true);
    expect(passes('시장에서 500 바트어치를 샀다', '바트어치를')).toBe(true);
  });

  it('not the same words without a number, nor a misspelt suffix', () => {
    expect(passes('우리 동쯤 오면 전화해라', '동쯤')).toBe(false);
    expect(passes('아파트 동씩 나눠 조사했다', '동씩')).toBe(false);
    expect(passes('두세 명씨 왔다', '명씨')).toBe(false);
    expect(passes('두세 번재로 왔다', '번재로')).toBe(false);
    expect(passes('댓글 동쯤 달렸다', '동쯤')).toBe(false);
    expect(passes('그는 어제 동쪽으로 갔다', '동쪽으로')).toBe(false);
    expect(passes('형과 동생이 함께 왔다', '동생이')).toBe(false);
    expect(passes('두세 사람이 왔다', '사람이')).toBe(false);
  });
});

describe('a noun with -쯤 or -가량 and particles (반쯤, 절반가량이)', () => {
  // A stand-in dictionary: the nouns it takes with 을/를, and a few words it has as they are.
  const words = new Set(['반을', '중간을', '절반을', '이를', '언제를', '보름을', '오후를', '사흘을', '반짝', '가방', '심쯤']);
  const spell = (s: string) => words.has(s);
  it('a noun of the dictionary before the suffix, alone or with particles or the copula', () => {
    expect(isApproxNoun('반쯤', spell)).toBe(true);
    expect(isApproxNoun('중간쯤에', spell)).toBe(true);
    expect(isApproxNoun('절반가량이', spell)).toBe(true);
    expect(isApproxNoun('이쯤에서', spell)).toBe(true);
    expect(isApproxNoun('보름쯤이다', spell)).toBe(true);
    expect(isApproxNoun('사흘가량', spell)).toBe(true);
  });
  it('not a stem the dictionary lacks, nor other words that hold the syllables', () => {
    expect(isApproxNoun('몇일쯤', spell)).toBe(false);
    expect(isApproxNoun('오랫만쯤', spell)).toBe(false);
    expect(isApproxNoun('반짝', spell)).toBe(false);
    expect(isApproxNoun('가방', spell)).toBe(false);
    expect(isApproxNoun('쯤', spell)).toBe(false);
    expect(isApproxNoun('반쯤하다', spell)).toBe(false);
    expect(isApproxNoun('가량맞다', spell)).toBe(false);
    expect(isApproxNoun('중간쯤씩', spell)).toBe(false);
  });
});
