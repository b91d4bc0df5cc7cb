import { describe, expect, it } from 'vitest';
import { attestedPairQueries, isAttestedPairSuffix } from './attested-pairs';

// A dictionary that lists some Sino-Korean compounds with one suffix (종량제 'a volume system', 누진제),
// some plain nouns, and a rival pair (총량) that makes no word with the tax suffix.
const listed = new Set([
  '종량제',
  '종량제를',
  '누진제',
  '누진제를',
  '봉숭안',
  '총량',
  '소득',
  '소득세',
  '간편',
  '사건',
  '한국',
  '학교',
  '기록',
  '인건비',
]);
const spell = (s: string) => listed.has(s);

describe('a Sino-Korean pair the dictionary lists with another one-syllable suffix', () => {
  it('accepts the pair with another Sino-Korean suffix and particles', () => {
    for (const w of ['종량세가', '종량세', '누진세를', '종량법에', '누진율이다']) expect(isAttestedPairSuffix(w, spell), w).toBe(true);
  });
  it('not a pair the dictionary lists with no suffix, the listed compound itself, a native tail, nor a rival making a word', () => {
    // 봉숭안 is a contraction the dictionary takes (봉숭아는), no noun: 봉숭화 stays refused.
    for (const w of ['봉숭화', '인권비', '사건세', '종량제가', '종량세를요다', '종량', '종량째', '종량들이', '학교에', '한국은', '기록을'])
      expect(isAttestedPairSuffix(w, spell), w).toBe(false);
    // 인권 + 비 where the dictionary lists 인건비: no suffix of 인권 is listed, so 인권비 stays refused.
    const withRival = (s: string) => s === '종량제를' || s === '총량세';
    expect(isAttestedPairSuffix('종량세가', withRival)).toBe(false);
  });
  it('asks the compound, the probes and the rivals only, for a word of that shape', () => {
    expect(attestedPairQueries('종량세가')).toContain('종량제를');
    expect(attestedPairQueries('종량세가')).toContain('총량세가');
    expect(attestedPairQueries('학교에')).toEqual([]);
    expect(attestedPairQueries('종')).toEqual([]);
  });
});
