import { describe, expect, it } from 'vitest';
import { editDistance, GATE_MAX_JAMO_DISTANCE, hasMisspellingEvidence, jamo, jamoDistance, otherOnset, otherSyllable } from './gate';

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

  it('does not count a suggestion that begins with a consonant of another family (another word)', () => {
    expect(otherOnset('탬버린', '샘버린')).toBe(true); // ㅌ / ㅅ
    expect(otherOnset('메뚜기', '베뚜기')).toBe(true); // ㅁ / ㅂ
    expect(otherOnset('가오리', '나오리')).toBe(true); // ㄱ / ㄴ
    expect(otherOnset('쌈지', '담지')).toBe(true); // ㅆ / ㄷ
    expect(hasMisspellingEvidence('탬버린', { ok: false, suggestions: ['샘버린'] })).toBe(false);
  });
  it('counts one that keeps the first consonant or one of its family (tense, aspirated, [f], the initial-sound law)', () => {
    expect(otherOnset('쪼끼', '조끼')).toBe(false); // ㅉ / ㅈ
    expect(otherOnset('후라이팬', '프라이팬')).toBe(false); // ㅎ / ㅍ ([f])
    expect(otherOnset('녀름', '여름')).toBe(false); // ㄴ / ㅇ
    expect(otherOnset('랭면', '냉면')).toBe(false); // ㄹ / ㄴ
    expect(otherOnset('깍뚜기', '깍두기')).toBe(false); // same first syllable
    expect(otherOnset('쵸콜릿', '초콜릿')).toBe(false);
    expect(otherOnset('케잌', '케이크')).toBe(false);
    expect(hasMisspellingEvidence('쪼끼', { ok: false, suggestions: ['조끼'] })).toBe(true);
    expect(hasMisspellingEvidence('탬버린', { ok: false, suggestions: ['샘버린', '탬버리'] })).toBe(true);
  });
});
