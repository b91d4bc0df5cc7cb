import { describe, expect, it } from 'vitest';
import { doubleFinalCandidates } from './double-finals';

describe('a double final written as one of its letters', () => {
  it('offers the double finals that hold the written one', () => {
    expect(doubleFinalCandidates('훝다')).toContain('훑다');
    expect(doubleFinalCandidates('닥갈비')).toContain('닭갈비');
    expect(doubleFinalCandidates('넉두리')).toContain('넋두리');
    expect(doubleFinalCandidates('읖조리다')).toContain('읊조리다');
  });
  it('nothing for an open syllable, nor a final no double holds, nor non-Hangul', () => {
    expect(doubleFinalCandidates('나무')).toEqual([]);
    expect(doubleFinalCandidates('강')).toEqual([]);
    expect(doubleFinalCandidates('숲a')).toEqual([]);
    expect(doubleFinalCandidates('훑다')).not.toContain('훑다');
  });
});
