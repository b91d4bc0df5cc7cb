import { describe, expect, it } from 'vitest';
import { editDistance, GATE_MAX_JAMO_DISTANCE, hasMisspellingEvidence, jamo, jamoDistance, otherSyllable } from './gate';

describe('jamo distance', () => {
  it('counts letters, not syllables: final consonant clusters and compound vowels are two letters', () => {
    expect(jamo('값')).toBe('ㄱㅏㅂㅅ');
    expect(jamo('왜')).toBe('ㅇㅗㅐ');
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(jamoDistance('금새', '금세')).toBe(1);
    expect(jamoDistance('희얀하다', '희한하다')).toBe(2);
    expect(jamoDistance('베네치아', '베네수엘라')).toBe(5);
    expect(jamoDistance('같다', '같다')).toBe(0);
  });
});

describe('precision gate: evidence that a refused word is a misspelling', () => {
  it('takes a known misspelling (rival) even with no suggestion', () => {
    expect(hasMisspellingEvidence('윗층', { ok: false, suggestions: [], rival: true })).toBe(true);
  });
  it('takes a suggestion within the distance as a rival correct form', () => {
    expect(hasMisspellingEvidence('희얀하다', { ok: false, suggestions: ['희한하다'] })).toBe(true);
    // Three letters apart is still evidence at the default threshold (a correct loanword can lose here).
    expect(GATE_MAX_JAMO_DISTANCE).toBe(3);
    expect(hasMisspellingEvidence('미장센', { ok: false, suggestions: ['미장원'] })).toBe(true);
    expect(hasMisspellingEvidence('미장센', { ok: false, suggestions: ['미장원'] }, 2)).toBe(false);
  });
  it('does not flag a word with no suggestion or only far ones (a name, a loanword, a compound)', () => {
    expect(hasMisspellingEvidence('몽펠리에의', { ok: false, suggestions: [] })).toBe(false);
    expect(hasMisspellingEvidence('몽펠리에의', { ok: false, suggestions: ['몽땅의'] })).toBe(false);
    expect(hasMisspellingEvidence('베네치아', { ok: false, suggestions: ['베네수엘라'] })).toBe(false);
  });
  it('does not count a suggestion that puts a wholly other syllable in one place (섞박지 → 질박지)', () => {
    expect(hasMisspellingEvidence('섞박지', { ok: false, suggestions: ['질박지'] })).toBe(false);
    expect(otherSyllable('섞박지', '질박지')).toBe(true);
  });
  it('still counts a suggestion that keeps a letter of the syllable it changes (금새 → 금세, 희얀 → 희한)', () => {
    expect(otherSyllable('금새', '금세')).toBe(false);
    expect(otherSyllable('깍두기', '깍뚜기')).toBe(false);
    expect(hasMisspellingEvidence('섞박지', { ok: false, suggestions: ['질박지', '섞박이'] })).toBe(true);
  });
  it('does not count a suggestion that only writes the word apart (spacing, not spelling)', () => {
    expect(hasMisspellingEvidence('예술영화관', { ok: false, suggestions: ['예술 영화관'] })).toBe(false);
    expect(hasMisspellingEvidence('예술영화관', { ok: false, suggestions: ['예술 영화관', '예술영화과'] })).toBe(true);
  });
});
