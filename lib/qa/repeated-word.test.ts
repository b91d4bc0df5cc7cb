import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from './repeated-word';
import { keys, runOne } from './testing';

describe('repeated-word check', () => {
  it('flags a word written twice in a row', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '이번 제안은 미묘한 미묘한 시점에 나왔다.'))).toEqual(['repeated-word:twice:미묘한']);
    expect(keys(runOne(repeatedWordCheck, 'x', '여전히 여전히, 유효하다'))).toEqual(['repeated-word:twice:여전히']);
    expect(runOne(repeatedWordCheck, 'x', '같은 같은 말')[0]!.targetSpan).toEqual({ start: 0, end: 5 });
  });
  it('allows idiomatic doubling, numbers, punctuation between and a doubling the source has', () => {
    expect(runOne(repeatedWordCheck, 'x', '하나 하나 따져 보면 더 더 나빠진다. 그래, 그래. 2 2')).toEqual([]);
    expect(runOne(repeatedWordCheck, 'It was very very late.', 'very very 늦었다')).toEqual([]);
  });
});
