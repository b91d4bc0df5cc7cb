import { describe, expect, it } from 'vitest';
import { buildSinoNouns, loadSources, render } from '@/scripts/sino-nouns';
import { lexiconCompound, lexiconNoun, lexiconRivals, listedParts } from './lexicon';
import { ADVERB_ROOTS, SINO_NOUNS } from './sino-nouns.data';
import { verdictFor } from './verdict';

/** A dictionary that knows only the given words and suggests nothing. */
const dictOf = (...words: string[]) => ({ spell: (w: string) => words.includes(w), suggest: () => [] });

describe('the larger lexicon of Sino-Korean nouns', () => {
  it('is what scripts/sino-nouns.ts builds from its packages (run it after upgrading them)', () => {
    const built = buildSinoNouns(loadSources());
    expect(SINO_NOUNS).toBe(built.nouns.join('|'));
    expect(ADVERB_ROOTS).toBe(built.roots.join('|'));
    expect(render(built)).toContain(`'${SINO_NOUNS}'`);
  });

  it('finds a listed noun alone or before particles or the copula', () => {
    expect(lexiconNoun('동맥혈')).toBe('동맥혈');
    expect(lexiconNoun('탄두를')).toBe('탄두');
    expect(lexiconNoun('활공')).toBe('활공');
    expect(lexiconNoun('시호를')).toBe('시호');
    expect(lexiconNoun('수월관음도다')).toBe('수월관음도');
    expect(lexiconNoun('의약에서도')).toBe('의약');
  });

  it('finds none for native or loanword shapes, verb endings, or an adverb root with a lone 이', () => {
    for (const w of ['깍두기', '포퓰리즘', '스케줄', '동', '탄두하다', '의약하고서', '간편이', '정확이', '소홀이다'])
      expect(lexiconNoun(w), w).toBeNull();
    expect(lexiconNoun('간편')).toBe('간편'); // the root alone is a noun
  });

  it('lists the style guides’ one-syllable confusions of a noun', () => {
    expect(lexiconRivals('곤난')).toContain('곤란'); // ㄹ written ㄴ inside a word
    expect(lexiconRivals('노랭이')).toContain('노랑이'); // ㅣ-umlaut (표준어 규정 제9항)
    expect(lexiconRivals('쪽집게')).toContain('족집게'); // a tense initial for a plain one
    expect(lexiconRivals('재계')).toContain('제계'); // ㅐ/ㅔ
    expect(lexiconRivals('구절')).toContain('그절'); // ㅡ/ㅜ
  });

  it('changes no first-syllable ㄴ/ㅇ and no vowel before a syllable without ㅣ', () => {
    expect(lexiconRivals('노동')).not.toContain('로동'); // 두음 법칙
    expect(lexiconRivals('나전')).not.toContain('내전');
    expect(lexiconRivals('하방')).not.toContain('해방');
  });

  it('lets the verdict pass a listed noun the dictionary lacks, not one confusion from a dictionary word', () => {
    expect(verdictFor('동맥혈', dictOf()).ok).toBe(true);
    expect(verdictFor('야포의', dictOf()).ok).toBe(true);
    expect(verdictFor('곤난', dictOf('곤란')).ok).toBe(false);
    expect(verdictFor('곤난을', dictOf('곤란')).ok).toBe(false);
    expect(verdictFor('간편이', dictOf()).ok).toBe(false);
    expect(verdictFor('쪽집게', dictOf()).ok).toBe(false); // not listed
  });
});

describe('compounds of five syllables or more with a listed noun among their parts', () => {
  // A dictionary that takes 대한, 불교, 국립 and 분업 as nouns (with 을/를).
  const spell = (s: string) => ['대한을', '불교를', '국립을', '분업을', '노소를'].includes(s);
  it('splits into listed nouns and dictionary nouns, with particles after', () => {
    expect(lexiconCompound('대한불교조계종과', spell)).toEqual(['조계종']);
    expect(lexiconCompound('국립동맥혈', spell)).toEqual(['동맥혈']);
  });
  it('takes no four-syllable word (idioms misspelt split so) and no part of one syllable', () => {
    expect(lexiconCompound('의약분업', spell)).toBeNull();
    expect(lexiconCompound('대한불교조', spell)).toBeNull();
    expect(lexiconCompound('대한불교하다', spell)).toBeNull();
  });
  it('lists the listed nouns inside a word for a batching caller', () => {
    expect(listedParts('대한불교조계종과')).toContain('조계종');
  });
});
