import { describe, expect, it } from 'vitest';
import { isCounterAfterNumber } from './counters';
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
  });

  it('not without a number before it, nor with a misspelt suffix', () => {
    expect(passes('사과 개씩 먹었다', '개씩')).toBe(false);
    expect(passes('개씩 먹었다', '개씩')).toBe(false);
    expect(passes('세 번재로 왔다', '번재로')).toBe(false);
    expect(passes('두 개씨 샀다', '개씨')).toBe(false);
  });
});
