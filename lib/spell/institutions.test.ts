import { describe, expect, it } from 'vitest';
import { compoundQueries, judgeWord } from './compound';
import { institutionParts, isInstitutionName } from './institutions';

describe('isInstitutionName (a name and an institution head written solid)', () => {
  // 서울, 아산 bare (place names); 협력 a noun; 중앙, 한국 nouns (near misses of 중안, 한극).
  const dict = new Set(['서울', '아산', '협력을', '협력', '중앙을', '한국을', '국가를', '인권을']);
  const sp = (s: string) => dict.has(s);
  it('accepts known parts, or one unknown two-syllable part, before a head of two syllables or more', () => {
    for (const w of ['서울아산병원', '영란은행이', '방산협력위원회가', '국가인권위원회는', '부산대학교에서'])
      expect(isInstitutionName(w, sp), w).toBe(true);
    expect(judgeWord('영란은행이', sp)).toBe(true);
  });
  it('refuses a near miss of a noun (중안 → 중앙, 한극 → 한국), two unknown parts, one-syllable heads and verb tails', () => {
    for (const w of ['중안은행', '한극은행의', '가나다라병원', '내무부는', '영란은행하다', '병원', '영은행'])
      expect(isInstitutionName(w, sp), w).toBe(false);
  });
  it('splits the head off the longest name (서울대학교 + 병원) and asks for the name parts', () => {
    expect(institutionParts('서울대학교병원에서')).toEqual({ name: '서울대학교', head: '병원', tail: '에서' });
    expect(institutionParts('영란은행이')).toEqual({ name: '영란', head: '은행', tail: '이' });
    expect(institutionParts('은행나무')).toBeNull();
    expect(compoundQueries('영란은행이')).toContain('영란');
    expect(compoundQueries('중안은행')).toContain('중앙을');
  });
});
