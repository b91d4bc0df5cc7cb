import { describe, expect, it } from 'vitest';
import {
  addsSaiSiot,
  aspiratedRival,
  loanVowelCandidates,
  normCandidates,
  normWord,
  saiSiotCompound,
  sheForm,
  suffixRival,
  sutRival,
} from './norm-forms';
import { verdictFor } from './verdict';

/** A dictionary that knows only the given words and suggests nothing. */
const dictOf = (...words: string[]) => ({ spell: (w: string) => words.includes(w), suggest: () => [] });
const spellOf =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe('forms the norms fix by rule', () => {
  it('수-/암- before the nine stems of 표준어 규정 제7항 take the aspirate', () => {
    expect(normCandidates('숫병아리')).toContain('수평아리');
    expect(normCandidates('수병아리를')).toContain('수평아리를');
    expect(normCandidates('암돼지')).toContain('암퇘지');
    expect(normWord('수평아리', spellOf())).toBe(true);
    expect(normWord('암평아리가', spellOf())).toBe(true);
    // Not a stem of the list (숫소 is 수소 by the confusions), nor a verb ending after it.
    expect(normCandidates('숫소').some((c) => c.startsWith('수ㅋ'))).toBe(false);
    expect(normWord('수평아리하다', spellOf())).toBe(false);
    expect(normWord('수평선', spellOf())).toBe(false);
    // 제7항 다만 1 and 제31항: the aspirate left out is the norm's form misspelt.
    expect(aspiratedRival('암개')).toBe('암캐');
    expect(aspiratedRival('수닭이')).toBe('수탉이');
    expect(aspiratedRival('숫돼지')).toBe('수퇘지');
    expect(aspiratedRival('암병아리를')).toBe('암평아리를');
    // Not 수 + 개 (數個), a verb ending, nor a stem off the list.
    expect(aspiratedRival('수개의')).toBeNull();
    expect(aspiratedRival('수개월')).toBeNull();
    expect(aspiratedRival('암닭했다')).toBeNull();
    expect(aspiratedRival('수염소')).toBeNull();
    // 제7항 다만 2: 숫- before 양, 염소, 쥐 only.
    expect(sutRival('수염소')).toBe('숫염소');
    expect(sutRival('수쥐를')).toBe('숫쥐를');
    expect(sutRival('수양버들')).toBeNull();
    expect(sutRival('수염을')).toBeNull();
    expect(sutRival('수탉')).toBeNull();
    expect(normWord('숫염소', spellOf())).toBe(true);
    expect(normWord('숫양을', spellOf())).toBe(true);
    expect(normWord('숫쥐가', spellOf())).toBe(true);
    expect(normWord('숫소', spellOf())).toBe(false);
    expect(normWord('숫돼지', spellOf())).toBe(false);
    expect(normWord('숫염소하다', spellOf())).toBe(false);
  });

  it('a ㅅ at the end of a first part stands for the tense initial of the next (코빼기)', () => {
    expect(normCandidates('콧배기')).toContain('코빼기');
    expect(normCandidates('콧배기가')).toContain('코빼기가');
    expect(normCandidates('코빼기')).not.toContain('콧배기');
  });

  it('-이 after an ㅅ-final root of a 하다 adjective (한글 맞춤법 제51항)', () => {
    expect(normCandidates('의젓히')).toContain('의젓이');
    expect(normWord('의젓이', spellOf('의젓하다'))).toBe(true);
    // A ㅅ root the dictionary lacks passes unless one letter from its words (i-adverbs.test.ts).
    expect(normWord('의젓이', spellOf('의적하다'))).toBe(false);
    expect(normWord('솔직이', spellOf('솔직하다'))).toBe(false); // ㄱ root: 솔직히
    expect(normCandidates('솔직히')).not.toContain('솔직이');
  });

  it('a sai-siot between a noun ending in a vowel and a plain initial (제30항)', () => {
    expect(normCandidates('갈비집')).toContain('갈빗집');
    const spell = spellOf('갈비를', '집을');
    expect(saiSiotCompound('갈빗집', spell)).toBe(true);
    expect(saiSiotCompound('갈빗집에서', spell)).toBe(true);
    expect(saiSiotCompound('갈빗집', spellOf('집을'))).toBe(false); // 갈비 no noun
    expect(saiSiotCompound('갈빗짐', spell)).toBe(false); // 짐 no noun here
    expect(saiSiotCompound('뒷쪽', spellOf('뒤를', '쪽을'))).toBe(false); // tense already: 뒤쪽
    expect(saiSiotCompound('숫가락', spellOf('수를', '가락을'))).toBe(false); // one-syllable first part
    // A suggestion's rank only: the word itself is not accepted so (미싯가루 is 미숫가루 misspelt).
    expect(normWord('갈빗집', spell)).toBe(false);
  });

  it('knows a form that only adds a sai-siot (no rival transliteration: loanwords take none)', () => {
    expect(addsSaiSiot('갈비집', '갈빗집')).toBe(true);
    expect(addsSaiSiot('패키징', '패킷징')).toBe(true);
    expect(addsSaiSiot('갈빗집', '갈비집')).toBe(false);
    expect(addsSaiSiot('패키징', '패키지')).toBe(false);
  });

  it('loanword vowels by the 외래어 표기법, and 셰 for 쉐', () => {
    expect(loanVowelCandidates('데이타')).toContain('데이터');
    expect(loanVowelCandidates('심볼')).toContain('심벌');
    expect(loanVowelCandidates('자켓')).toContain('재킷');
    expect(loanVowelCandidates('비스켓을').length).toBeGreaterThan(0);
    expect(sheForm('쉐프')).toBe('셰프');
    expect(sheForm('세프')).toBeNull();
  });

  it('ranks a rule’s form the dictionary knows before Hunspell’s suggestions', () => {
    const d = (...words: string[]) => ({ spell: spellOf(...words), suggest: () => ['데이다', '대이다', '대리다'] });
    expect(verdictFor('데이타', d('데이터')).suggestions.slice(0, 3)).toContain('데이터');
    expect(verdictFor('콧배기', d('코빼기')).suggestions[0]).toBe('코빼기');
    expect(verdictFor('숫병아리', d()).suggestions[0]).toBe('수평아리');
    expect(verdictFor('쉐프', d()).suggestions[0]).toBe('셰프');
    expect(verdictFor('자켓', d('재킷')).suggestions.slice(0, 3)).toContain('재킷');
  });
});

describe('suffixes and a noun the norms write otherwise (-꾼, -둥이, 갑)', () => {
  it('-군 for a person is -꾼 when the dictionary lists the -꾼 word (한글 맞춤법 제54항)', () => {
    expect(suffixRival('심부름군', spellOf('심부름꾼'))).toBe('심부름꾼');
    expect(suffixRival('사기군이', spellOf('사기꾼'))).toBe('사기꾼이');
    expect(suffixRival('반란군', spellOf('반란을'))).toBeNull(); // no 반란꾼: the army
    expect(suffixRival('장군', spellOf('장꾼'))).toBeNull(); // one syllable before it
  });

  it('-동이 is -둥이 when the dictionary lists it (표준어 규정 제8항)', () => {
    expect(suffixRival('바람동이', spellOf('바람둥이'))).toBe('바람둥이');
    expect(suffixRival('물동이', spellOf('물을'))).toBeNull(); // a jar: no 물둥이
  });

  it('곽 for a small box is 갑, with a sai-siot after a vowel where the dictionary has it', () => {
    expect(suffixRival('우유곽', spellOf('우유를'))).toBe('우유갑');
    expect(suffixRival('성냥곽을', spellOf('성냥을'))).toBe('성냥갑을');
    expect(suffixRival('담배곽', spellOf('담배를', '담뱃갑'))).toBe('담뱃갑');
    expect(suffixRival('도시외곽', spellOf('도시를', '외곽을'))).toBeNull(); // 외곽 (outskirts)
    expect(suffixRival('윤곽', spellOf('윤곽을'))).toBeNull();
  });

  it('makes the verdict flag such a word with the right form first', () => {
    const v = verdictFor('심부름군', dictOf('심부름꾼', '심부름을'));
    expect(v.ok).toBe(false);
    expect(v.rival).toBe(true);
    expect(v.suggestions[0]).toBe('심부름꾼');
  });
});
