import { describe, expect, it } from 'vitest';
import { commonMisspelling, pluralDative } from './common-errors';
import { confusionCandidates, strongConfusions } from './confusions';

describe('round 8: misspellings the dictionary accepts or splits, by the norms', () => {
  it('short stems take no ending beginning with a vowel (표준어 규정 제16항 붙임)', () => {
    expect(commonMisspelling('머물어')).toBe('머물러');
    expect(commonMisspelling('머물었다')).toBe('머물렀다');
    expect(commonMisspelling('서둘어서')).toBe('서둘러서');
    expect(commonMisspelling('서툴었지만')).toBe('서툴렀지만');
    expect(commonMisspelling('머물은')).toBe('머문');
    expect(commonMisspelling('갖어')).toBe('가져');
    expect(commonMisspelling('갖었다')).toBe('가졌다');
    for (const w of ['머물러', '머물렀다', '서둘러', '머문', '머무른', '머물고', '갖은', '갖고', '가져', '서툰'])
      expect(commonMisspelling(w), w).toBeNull();
  });

  it('돼 (되어) takes no -다 (round 13)', () => {
    expect(commonMisspelling('돼다')).toBe('되다');
    expect(commonMisspelling('안돼다')).toBe('안되다');
    for (const w of ['되다', '돼도', '돼서', '돼지', '돼지다', '됐다']) expect(commonMisspelling(w), w).toBeNull();
  });

  it('날아가다 (fly) written with 나르다’s 날라, solid', () => {
    expect(commonMisspelling('날라가다')).toBe('날아가다');
    expect(commonMisspelling('날라왔다')).toBe('날아왔다');
    expect(commonMisspelling('날라다녔다')).toBe('날아다녔다');
    for (const w of ['날라', '날랐다', '날라리', '날아가다', '날아갔다']) expect(commonMisspelling(w), w).toBeNull();
  });

  it('어떡하다 (어떻게 하다 shortened) and 어떻게 swapped (한글 맞춤법 제40항)', () => {
    expect(commonMisspelling('어떻할')).toBe('어떡할');
    expect(commonMisspelling('어떻하지')).toBe('어떡하지');
    expect(commonMisspelling('어떡게')).toBe('어떻게');
    for (const w of ['어떻게', '어떻든', '어떡해', '어떡하지', '어떡할', '어떤', '어떠한']) expect(commonMisspelling(w), w).toBeNull();
  });

  it('ㄹ that a compound turns into ㄷ (한글 맞춤법 제29항) is a strong confusion, never in the first syllable', () => {
    expect(strongConfusions('이틀날')).toContain('이튿날');
    expect(strongConfusions('사흘날')).toContain('사흗날');
    expect(confusionCandidates('이틀날')).toContain('이튿날');
    expect(strongConfusions('설날')).not.toContain('섣날');
    expect(strongConfusions('하늘가')).toContain('하늗가'); // asked, but the dictionary has no such word
    expect(strongConfusions('서울로')).not.toContain('서욷로'); // no ㄷ before a vowel or ㄹ
  });
});

describe('round 13: the honorific dative 께 after the plural 들 is no -ㄹ께', () => {
  it('X들께 after a noun is 들 + 께; after a verb’s first part it is -ㄹ게 misspelt', () => {
    for (const w of ['분들께', '여러분들께', '주민들께', '선생님들께', '관계자들께', '어르신들께', '자녀들께', '유가족분들께'])
      expect(commonMisspelling(w), w).toBeNull();
    for (const w of ['분들께', '국민들께', '고객님들께']) expect(pluralDative(w), w).toBe(true);
    expect(commonMisspelling('만들께')).toBe('만들게');
    expect(commonMisspelling('거들께')).toBe('거들게');
    expect(commonMisspelling('뛰어들께')).toBe('뛰어들게');
    expect(commonMisspelling('달려들께')).toBe('달려들게');
    expect(commonMisspelling('파고들께')).toBe('파고들게');
    expect(commonMisspelling('날아들께')).toBe('날아들게');
    expect(commonMisspelling('할께')).toBe('할게');
    // A laugh that repeats its syllable is no -ㄹ걸 (껄껄 웃었다); -ㄹ껄 after another syllable still is.
    expect(commonMisspelling('껄껄')).toBeNull();
    expect(commonMisspelling('껄껄껄')).toBeNull();
    expect(commonMisspelling('갈껄')).toBe('갈걸');
    expect(commonMisspelling('만들께요')).toBe('만들게요');
    expect(commonMisspelling('분들께요')).toBe('분들게요'); // 께요 is the ending only
  });
});

describe('round 17: the indirect imperative of 되다 is 되라', () => {
  it('돼라고 → 되라고, 돼라는 → 되라는', () => {
    expect(commonMisspelling('돼라고')).toBe('되라고');
    expect(commonMisspelling('부자가돼라는')).toBe('부자가되라는');
  });
  it('not 돼라 (되어라, the plain imperative) nor 되라고', () => {
    expect(commonMisspelling('돼라')).toBeNull();
    expect(commonMisspelling('되라고')).toBeNull();
  });
});
