import { describe, expect, it } from 'vitest';
import { daeDeRival, endingQueries, endingRival, gumanRival, isRegularEnding } from './endings';

// A dictionary that lists the connective and -구나 forms (and 되서, as Hunspell does).
const listed = new Set(['돼서', '와서', '해서', '되서', '그렇구나', '했구나', '좋구나']);
const spell = (s: string) => listed.has(s);
// The rules that call a listed form misspelt (the curated table: 되서 → 돼서).
const misspelt = (s: string) => (s === '되서' ? '돼서' : null);

describe('regular endings on a listed form', () => {
  it('-서야 and -구먼(요) on a listed -서 / -구나 form are words', () => {
    for (const w of ['돼서야', '와서야', '해서야', '그렇구먼', '했구먼요']) expect(isRegularEnding(w, spell, misspelt), w).toBe(true);
  });

  it('not on an unlisted or misspelt base, nor another ending', () => {
    for (const w of ['되서야', '갔서야', '그랬구먼', '돼서요', '서야']) expect(isRegularEnding(w, spell, misspelt), w).toBe(false);
  });

  it('a misspelt base gives the word with the base corrected', () => {
    expect(endingRival('되서야', misspelt)).toBe('돼서야');
    expect(endingRival('돼서야', misspelt)).toBeNull();
    expect(endingRival('먹었다', misspelt)).toBeNull();
  });

  it('-구만 where -구나 is a word is -구먼 misspelt; a number is not', () => {
    expect(gumanRival('그렇구만', spell)).toBe('그렇구먼');
    expect(gumanRival('좋구만요', spell)).toBe('좋구먼요');
    expect(gumanRival('이십구만', spell)).toBeNull();
    expect(gumanRival('그렇구먼', spell)).toBeNull();
  });

  it("-는데 on a quotation's listed adnominal form (온다는데 ← 온다는); -는대 there is -는데 misspelt", () => {
    const sp = (w: string) => ['온다는', '있다는', '가자는'].includes(w);
    for (const w of ['온다는데', '있다는데요', '가자는데도'])
      expect(
        isRegularEnding(w, sp, () => null),
        w,
      ).toBe(true);
    // Not on an unlisted form, nor another connective on it (온다는지).
    for (const w of ['간다는데', '온다는지', '온는데'])
      expect(
        isRegularEnding(w, sp, () => null),
        w,
      ).toBe(false);
    expect(daeDeRival('온다는대', sp)).toBe('온다는데');
    expect(daeDeRival('있다는대요', sp)).toBe('있다는데요');
    expect(daeDeRival('간다는대', sp)).toBeNull();
    expect(endingQueries('온다는대')).toContain('온다는');
  });

  it('asks the dictionary about the base only', () => {
    expect(endingQueries('돼서야')).toEqual(['돼서']);
    expect(endingQueries('그렇구만')).toEqual(['그렇구나']);
    expect(endingQueries('바다')).toEqual([]);
  });

  it('요 after a listed -대/-데/-걸 form is a word; not after an unlisted one', () => {
    const forms = new Set(['떠난대', '만든대', '좋던데', '갈걸', '예쁜데']);
    const sp = (w: string) => forms.has(w);
    for (const w of ['떠난대요', '만든대요', '좋던데요', '갈걸요'])
      expect(
        isRegularEnding(w, sp, () => null),
        w,
      ).toBe(true);
    for (const w of ['떠난데요', '좋던대요', '예쁜대요', '갈껄요', '대요'])
      expect(
        isRegularEnding(w, sp, () => null),
        w,
      ).toBe(false);
    // The table's -ㄹ껄 → -ㄹ걸 on the base.
    expect(endingRival('갈껄요', (b) => (b === '갈껄' ? '갈걸' : null))).toBe('갈걸요');
  });

  it('-대/-데 after a final ㄴ: the one the dictionary takes', () => {
    const forms = new Set(['떠난대', '만든대', '좋던데', '하던데', '예쁜데', '먹는데', '먹는대']);
    const sp = (w: string) => forms.has(w);
    expect(daeDeRival('떠난데요', sp)).toBe('떠난대요');
    expect(daeDeRival('만든데요', sp)).toBe('만든대요');
    expect(daeDeRival('좋던대요', sp)).toBe('좋던데요');
    expect(daeDeRival('하던대', sp)).toBe('하던데');
    expect(daeDeRival('예쁜대요', sp)).toBe('예쁜데요');
    // Both listed (먹는데요, 먹는대요 are both right), neither, or no final ㄴ before it (했데요).
    for (const w of ['먹는데요', '먹는대요', '떠난대요', '간데요', '했데요', '부대', '바다요']) expect(daeDeRival(w, sp), w).toBeNull();
    expect(endingQueries('떠난데요')).toEqual(['떠난데', '떠난대', '떠난데']);
    // -데 right after a stem where only -대 is listed (hearsay): 맛있데요 → 맛있대요; not -대 for -데 there.
    const stems = (w: string) => ['맛있대', '춥대', '좋데'].includes(w);
    expect(daeDeRival('맛있데요', stems)).toBe('맛있대요');
    expect(daeDeRival('춥데', stems)).toBe('춥대');
    expect(daeDeRival('좋대요', stems)).toBeNull();
    expect(daeDeRival('크데요', stems)).toBeNull();
  });
});
