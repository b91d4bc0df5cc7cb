import { describe, expect, it } from 'vitest';
import { ANCHOR_LEVEL, commonWords, isTransliteration, misspeltTransliteration, sourceSkeletons } from './transliteration';

// The source-anchored pass (#22, round 10): a Hangul word heard more loosely as a word of the segment's English.
describe('source-anchored transliteration (AnchorLevel)', () => {
  const loose = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source, ANCHOR_LEVEL));
  const strict = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source));

  it('hears the sibilants as one sound, Spanish ll as y, a one-syllable name, a lower-case word spelt out', () => {
    const cases: [string, string][] = [
      ['루이스', 'Ruiz Ochoa told reporters'],
      ['디즈니', 'including Netflix, Disney and Japan’s Toho'],
      ['커런츠', 'The main competition section, New Currents, features 10 films'],
      ['비야누에바크루스', 'Filipino director Lorna Villanueva-Cruz'],
      ['람', 'Vietnamese director Nguyen Thanh Lam'],
      ['월드', 'the biggest show in the world'],
    ];
    for (const [w, src] of cases) {
      expect(loose(w, src), `${w} ← ${src}`).toBe(true);
      expect(strict(w, src), `${w} strictly ← ${src}`).toBe(false);
    }
    expect(loose('루이스는', 'said Luis Ruiz')).toBe(true);
  });

  it('still needs the word in the same segment, and refuses words the source does not sound', () => {
    expect(loose('루이스', 'the director told reporters')).toBe(false);
    expect(loose('람', 'a lamp in the hall')).toBe(false);
    expect(loose('디즈니', 'the design team')).toBe(false);
    // The price of the looser hearing, measured by the benchmark's let-pass figures: a lower-case
    // word with the same consonants counts (d-z-n, vowels one apart).
    expect(loose('디즈니', 'a dozen films')).toBe(true);
    expect(loose('더우기', '"The G20 was born in a crisis," he said.')).toBe(false);
    for (const w of ['금새', '머물', '역활']) expect(loose(w, 'He said more about the mall.'), w).toBe(false);
  });
});

describe('misspelt transliterations: a suggestion writes the same common word of the source', () => {
  it('takes the common words: lower case, or capitalised at a sentence start; not names or acronyms', () => {
    expect(commonWords('Leadership matters, said Jeremy Hunt of the BBC.')).toBe('leadership matters, said     of the  .');
  });
  it('finds the word a misspelling of the standard form when both write the same English word', () => {
    expect(misspeltTransliteration('리더쉽', ['리더십'], 'a test of leadership', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('심포지움', ['심포지엄'], 'at a symposium in Seoul', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('워크샵', ['워크숍'], 'a workshop for', ANCHOR_LEVEL)).toBe(true);
  });
  it('does not when the suggestion only sounds like a name, another word, or a spacing', () => {
    // Hunt is a name: the dictionary's 힌트 sounds like it by chance.
    expect(misspeltTransliteration('헌트', ['힌트'], 'said Jeremy Hunt', ANCHOR_LEVEL)).toBe(false);
    // Two different words of the source (and "with analysts" read as one word is no journalist).
    expect(misspeltTransliteration('애널리스트', ['저널리스트'], 'on a call with analysts', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('리더쉽', ['리더 쉽'], 'a test of leadership', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('리더쉽', ['리더십'], 'a test of nerve', ANCHOR_LEVEL)).toBe(false);
  });
});

describe('a suggestion heard as the source word only with its rl silent', () => {
  it('does not make the closer transliteration a misspelling (월드 ← world; 워드 is word)', () => {
    expect(misspeltTransliteration('월드', ['워드'], 'world premieres', ANCHOR_LEVEL)).toBe(false);
    expect(misspeltTransliteration('월드의', ['워드의'], 'the world premiere', ANCHOR_LEVEL)).toBe(false);
  });
  it('still does when the suggestion keeps the ㄹ the word writes (걸프랜드 → 걸프렌드 beside girlfriend)', () => {
    expect(misspeltTransliteration('걸프랜드', ['걸프렌드'], 'his girlfriend', ANCHOR_LEVEL)).toBe(true);
    expect(misspeltTransliteration('리더쉽', ['리더십'], 'a test of leadership', ANCHOR_LEVEL)).toBe(true);
  });
});

describe('English ew heard as /ju/ (new → 뉴)', () => {
  it('passes the one-syllable 뉴 beside a capitalised New, and 뉴스 beside news', () => {
    expect(isTransliteration('뉴', sourceSkeletons('The main section, New Currents, features 10 films', ANCHOR_LEVEL))).toBe(true);
    expect(isTransliteration('뉴스', sourceSkeletons('in a news report', ANCHOR_LEVEL))).toBe(true);
  });
  it('not another vowel, not at the strict level, not a short lower-case word', () => {
    expect(isTransliteration('누', sourceSkeletons('The main section, New Currents', ANCHOR_LEVEL))).toBe(false);
    expect(isTransliteration('유', sourceSkeletons('The main section, New Currents', ANCHOR_LEVEL))).toBe(false);
    expect(isTransliteration('뉴', sourceSkeletons('The main section, New Currents', 0))).toBe(false);
    expect(isTransliteration('퓨', sourceSkeletons('a few films', ANCHOR_LEVEL))).toBe(false);
  });
});
