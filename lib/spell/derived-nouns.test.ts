import { describe, expect, it } from 'vitest';
import { derivedNounQueries, isDerivedNoun } from './derived-nouns';
import { verdictFor } from './verdict';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('nouns derived with a native suffix (-잡이, -꾼, -질, -지기)', () => {
  it('takes a noun of the dictionary, the suffix and particles', () => {
    const spell = spellOf('오징어를', '멸치를', '등대를', '걸레를');
    expect(isDerivedNoun('오징어잡이', spell)).toBe(true);
    expect(isDerivedNoun('오징어잡이를', spell)).toBe(true);
    expect(isDerivedNoun('멸치잡이가', spell)).toBe(true);
    expect(isDerivedNoun('등대지기는', spell)).toBe(true);
    expect(isDerivedNoun('걸레질', spell)).toBe(true);
  });

  it('takes no sai-siot before the suffix, no unknown head, no one-syllable head, no verb ending after it', () => {
    const spell = spellOf('오징어를', '나무를', '칼을');
    expect(isDerivedNoun('오징엇잡이', spell)).toBe(false); // no noun 오징엇
    expect(isDerivedNoun('나뭇꾼', spell)).toBe(false);
    expect(isDerivedNoun('칼잡이', spell)).toBe(false); // one syllable: the dictionary's
    expect(isDerivedNoun('오징어잡이먹', spell)).toBe(false);
    expect(isDerivedNoun('딸국질', spell)).toBe(false); // 딸국 is no noun (딸꾹질)
  });

  it('takes 젓 after a noun (오징어젓, 꼴뚜기젓을) and after the few heads of 젓 the dictionary lacks (창난젓); no other unknown head', () => {
    const spell = spellOf('오징어를', '꼴뚜기를');
    expect(isDerivedNoun('오징어젓', spell)).toBe(true);
    expect(isDerivedNoun('꼴뚜기젓을', spell)).toBe(true);
    expect(isDerivedNoun('창난젓', spell)).toBe(true);
    expect(isDerivedNoun('창란젓', spell)).toBe(false);
    expect(isDerivedNoun('창난질', spell)).toBe(false); // 창난 only before 젓
    expect(isDerivedNoun('오징엇젓', spell)).toBe(false);
  });

  it('takes no word one style-guide confusion from a word of the dictionary', () => {
    // ㅖ for ㅔ (계재 → 게재): the word with the dictionary's vowel is a word.
    expect(isDerivedNoun('계재질', spellOf('계재를', '게재질'))).toBe(false);
    expect(isDerivedNoun('계재질', spellOf('계재를'))).toBe(true);
  });

  it('lets the verdict pass such a word, and asks the dictionary what it needs', () => {
    const words = ['오징어를'];
    const dict = { spell: (w: string) => words.includes(w), suggest: () => ['오징엇잡이'] };
    expect(verdictFor('오징어잡이를', dict).ok).toBe(true);
    expect(derivedNounQueries('오징어잡이를')).toContain('오징어를');
    expect(derivedNounQueries('오징어')).toEqual([]);
  });
});
