import { describe, expect, it } from 'vitest';
import { iAdverbCandidate, iAdverbQueries, isIAdverb } from './i-adverbs';

const spellOf =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe('-이 adverbs after a root ending in ㅅ or ㄱ (한글 맞춤법 제51항)', () => {
  it('takes -이 after a native ㄱ root of a 하다 adjective, -히 after a Sino-Korean one', () => {
    expect(isIAdverb('뾰족이', spellOf('뾰족하다'))).toBe(true);
    expect(isIAdverb('고즈넉이', spellOf('고즈넉하다'))).toBe(true);
    expect(isIAdverb('솔직이', spellOf('솔직하다'))).toBe(false); // 솔직히
    expect(isIAdverb('정확이', spellOf('정확하다'))).toBe(false); // 정확히
    expect(isIAdverb('넉넉이', spellOf('넉넉하다', '넉넉히'))).toBe(false); // the dictionary's -히
    expect(isIAdverb('뾰족이', spellOf())).toBe(false); // no adjective: ㄱ needs one
  });

  it('takes -이 after a ㅅ root, also one the dictionary lacks, unless one letter from its words', () => {
    expect(isIAdverb('의젓이', spellOf('의젓하다'))).toBe(true);
    expect(isIAdverb('오롯이', spellOf('오로'))).toBe(true); // 오로 is no ㅅ written for another final
    expect(isIAdverb('깨긋이', spellOf('깨끗하다'))).toBe(false);
    expect(isIAdverb('깨긋이', spellOf('깨끗이'))).toBe(false);
    expect(isIAdverb('햇빗이', spellOf('햇빛을'))).toBe(false); // 햇빛 with its ㅊ written ㅅ
    expect(isIAdverb('빗이', spellOf())).toBe(false); // one syllable: a noun and its particle
    expect(isIAdverb('붓붓붓붓이', spellOf())).toBe(false); // longer than a root
  });

  it('gives the -이 form for -히 after such a root, and asks the dictionary a bounded set', () => {
    expect(iAdverbCandidate('뾰족히')).toBe('뾰족이');
    expect(iAdverbCandidate('오롯히')).toBe('오롯이');
    expect(iAdverbCandidate('조용히')).toBeNull();
    expect(iAdverbQueries('오롯이')).toContain('오롯하다');
    expect(iAdverbQueries('가'.repeat(60000))).toEqual([]);
  });
});
