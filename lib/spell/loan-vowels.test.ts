import { describe, expect, it } from 'vitest';
import { writesVowelsBetter } from './loan-vowels';
import { ANCHOR_LEVEL, misspeltTransliteration } from './transliteration';

describe('writesVowelsBetter: the word, not the suggestion, writes the English vowels', () => {
  it('true where the word has the first vowel of the letter and the suggestion one it never has', () => {
    expect(writesVowelsBetter('rank', '랭크', '링크')).toBe(true);
    expect(writesVowelsBetter('scrims', '스크림', '스크럼')).toBe(true);
    expect(writesVowelsBetter('scrim', '스크림', '슈크림')).toBe(true);
    expect(writesVowelsBetter('tank', '탱크', '팅크')).toBe(true);
    expect(writesVowelsBetter('tank', '탱크', '댕크')).toBe(false); // another consonant: not this rule
    expect(writesVowelsBetter('bank', '뱅크', '빙크')).toBe(true);
  });
  it('reads two vowel letters before a final r as two sounds (tier → 티어), and a tense stop as no transliteration', () => {
    expect(writesVowelsBetter('tier', '티어', '티오')).toBe(true);
    expect(writesVowelsBetter('tier', '티어', '띠어')).toBe(true);
    expect(writesVowelsBetter('tier', '티어', '디어')).toBe(false);
    expect(writesVowelsBetter('peer', '피어', '피아')).toBe(true);
    expect(writesVowelsBetter('peer', '피어', '피에')).toBe(false);
    expect(writesVowelsBetter('cap', '캡', '깹')).toBe(true);
    expect(writesVowelsBetter('cap', '깹', '캡')).toBe(false);
  });
  it('false where the spelling allows both vowels, or the syllables do not line up', () => {
    expect(writesVowelsBetter('front', '프론트', '프런트')).toBe(false);
    expect(writesVowelsBetter('barbecue', '바베큐', '바비큐')).toBe(false);
    expect(writesVowelsBetter('message', '메세지', '메시지')).toBe(false);
    expect(writesVowelsBetter('symposium', '심포지움', '심포지엄')).toBe(false);
    expect(writesVowelsBetter('leadership', '리더쉽', '리더십')).toBe(false);
    expect(writesVowelsBetter('accessory', '악세사리', '액세서리')).toBe(false);
    expect(writesVowelsBetter('sento', '센토', '센터')).toBe(false);
    expect(writesVowelsBetter('link', '링크', '랭크')).toBe(true);
    expect(writesVowelsBetter('shrimp', '스림프', '슈림프')).toBe(false);
    expect(writesVowelsBetter('rank', '랭크', '랭크')).toBe(false);
  });
  it('in misspeltTransliteration: a suggestion further from the vowels is no evidence', () => {
    expect(misspeltTransliteration('랭크', ['링크', '탱크'], 'his solo-rank games', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('랭크에서', ['링크에서'], 'the rank ladder', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('스크림을', ['스크럼을', '슈크림을'], 'they play scrims', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('링크', ['랭크'], 'a link to the site', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('프론트', ['프런트'], 'at the front desk', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('티어가', ['띠어가', '티오가'], 'their tier goes up', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('티어로', ['티어도'], 'the grandmaster tier of the server', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('리더쉽으로', ['리더십으로', '리더쉽도'], 'a test of leadership', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('콘트롤', ['컨트롤'], 'quality control', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('심포지움', ['심포지엄'], 'at a symposium in Seoul', ANCHOR_LEVEL)).toBe(true);
  });
});
