import { describe, expect, it } from 'vitest';
import { isCounterAfterNumber, nounBeforeSsik } from './counters';
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
