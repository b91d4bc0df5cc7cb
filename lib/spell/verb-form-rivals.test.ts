import { describe, expect, it } from 'vitest';
import { isVerbFormWord, verbFormQueries, verbFormRival } from './verb-form-rivals';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('verb and copula forms (-십시오, 어쨌-, -이었-, 켜-)', () => {
  it('-십시오 on a stem in 시 whose verb is listed, 어쨌- with an ending 했- takes, are words', () => {
    expect(isVerbFormWord('계십시오', spellOf('계시다'))).toBe(true);
    expect(isVerbFormWord('어쨌거나', spellOf('했거나'))).toBe(true);
    expect(isVerbFormWord('어쨌다고', spellOf('했다고'))).toBe(true);
  });

  it('not -십시요, not a stem with no such verb, not 어쨋-, not an ending 했- refuses', () => {
    expect(isVerbFormWord('계십시요', spellOf('계시다'))).toBe(false);
    expect(isVerbFormWord('먹십시오', spellOf('계시다'))).toBe(false);
    expect(isVerbFormWord('어쨋거나', spellOf('했거나'))).toBe(false);
    expect(isVerbFormWord('어쨌거냐', spellOf('했거나'))).toBe(false);
  });

  it('-십시요 → -십시오, 어쨋- → 어쨌-, where the form is a word', () => {
    expect(verbFormRival('계십시요', spellOf('계시다'))).toBe('계십시오');
    expect(verbFormRival('주십시요', spellOf('주십시오'))).toBe('주십시오');
    expect(verbFormRival('어쨋거나', spellOf('했거나'))).toBe('어쨌거나');
    expect(verbFormRival('계십시요', spellOf())).toBeNull();
  });

  it('이였 → 였 after a vowel or 이었; 아니였다 → 아니었다', () => {
    expect(verbFormRival('의사이였다', spellOf('의사였다', '의사이었다'))).toBe('의사였다');
    expect(verbFormRival('학생이였다', spellOf('학생이었다'))).toBe('학생이었다');
    expect(verbFormRival('아니였다', spellOf('아니었다'))).toBe('아니었다');
    // 였 after a noun ending in a vowel is the copula contracted (어디였다): nothing listed to offer.
    expect(verbFormRival('바지였다', spellOf('바지였다'))).toBeNull();
  });

  it('키 → 켜 where that is a word (들이키고 → 들이켜고), not at the start or end', () => {
    expect(verbFormRival('들이키고', spellOf('들이켜고'))).toBe('들이켜고');
    expect(verbFormRival('키다리', spellOf('켜다리'))).toBeNull();
    expect(verbFormRival('열쇠키', spellOf('열쇠켜'))).toBeNull();
  });

  it('asks the dictionary about the forms and the verbs behind them', () => {
    expect(verbFormQueries('계십시요')).toEqual(expect.arrayContaining(['계십시오', '계시다']));
    expect(verbFormQueries('어쨋거나')).toEqual(expect.arrayContaining(['어쨌거나', '했거나']));
    expect(verbFormQueries('바다')).toEqual([]);
  });
});
