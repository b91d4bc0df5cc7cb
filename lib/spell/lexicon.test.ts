import { describe, expect, it } from 'vitest';
import { buildSinoNouns, loadSources, render } from '@/scripts/sino-nouns';
import {
  lexiconCompound,
  lexiconNoun,
  lexiconRivals,
  lexiconSuffixed,
  lexiconVerbNoun,
  listedParts,
  pairRivals,
  sinoPair,
} from './lexicon';
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
    expect(lexiconRivals('차잔')).toContain('찻잔'); // a sai-siot left out
    expect(lexiconRivals('초불')).toContain('촛불');
    expect(lexiconRivals('구절')).toContain('그절'); // ㅡ/ㅜ
  });

  it('changes no first-syllable ㄴ/ㅇ and no vowel before a syllable without ㅣ', () => {
    expect(lexiconRivals('노동')).not.toContain('로동'); // 두음 법칙
    expect(lexiconRivals('동맥')).not.toContain('돗맥'); // no sai-siot after a closed syllable
    expect(lexiconRivals('나하')).not.toContain('낫하'); // nor before ㅎ
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

describe('Sino-Korean words the lexicon lacks, and its nouns with 하다 (round 12)', () => {
  // The probe nouns compound.ts asks with a tail (운동했다고, 공부할) and a few words.
  const probes = ['운동했다고', '운동할', '운동된', '운동으로', '공부했다', '운동하다'];
  const spell =
    (...words: string[]) =>
    (s: string) =>
      probes.includes(s) || words.includes(s);

  it('takes a listed noun with a form of 하다 the dictionary gives a 하다 noun (입항했다고)', () => {
    expect(lexiconVerbNoun('입항했다고', spell())).toBe('입항');
    expect(lexiconVerbNoun('출항할', spell())).toBe('출항');
    expect(lexiconVerbNoun('입항했다고', (s) => s === '입항')).toBeNull(); // no probe: no 하다 form
    expect(lexiconVerbNoun('입항으로', spell())).toBeNull(); // particles are lexiconNoun's
  });

  it('takes a listed noun with a form of 되다 the dictionary takes alone (폐선됐다), not a misspelt one', () => {
    expect(lexiconVerbNoun('폐선됐다', spell('됐다'))).toBe('폐선');
    expect(lexiconVerbNoun('입항됩니다', spell('됩니다'))).toBe('입항');
    expect(lexiconVerbNoun('폐선됬다', spell('됐다'))).toBeNull(); // 됬다 is refused alone
    expect(lexiconVerbNoun('폐선되', spell('되'))).toBeNull(); // 되 alone is no form of 되다 here
    expect(verdictFor('폐선됐다', dictOf('됐다')).ok).toBe(true);
    expect(verdictFor('폐선됬다', dictOf('됐다')).ok).toBe(false);
  });

  it('takes two syllables that each begin or end many listed nouns in their place (입거, 선령, 안벽, 북항)', () => {
    expect(sinoPair('입거', spell())).toBe('입거');
    expect(sinoPair('선령이', spell())).toBe('선령');
    expect(sinoPair('접안할', spell())).toBe('접안');
    expect(sinoPair('안벽으로', spell())).toBe('안벽');
    expect(sinoPair('북항에서', spell())).toBe('북항');
    expect(sinoPair('신항은', spell())).toBe('신항');
  });

  it('takes no rare syllable in its place, no verb ending the probe refuses, no adverb of a 하다 root', () => {
    expect(sinoPair('부억', spell())).toBeNull(); // 억 ends 8 listed nouns
    expect(sinoPair('접안하세', spell())).toBeNull(); // the probe takes no 하세
    expect(sinoPair('가만이', spell('가만하다'))).toBeNull(); // 가만히
    expect(sinoPair('입', spell())).toBeNull();
  });

  it('lets the verdict pass such a word only when no confusion of Sino-Korean words makes it one', () => {
    expect(verdictFor('선령이', { spell: spell(), suggest: () => [] }).ok).toBe(true);
    expect(verdictFor('입항했다고', { spell: spell(), suggest: () => [] }).ok).toBe(true);
    // 삼춘 → 삼촌 (ㅜ/ㅗ), 회손 → 훼손 (ㅚ/ㅞ), 폭팔 → 폭발 (aspirate): a confusion of Sino-Korean words.
    expect(verdictFor('삼춘', { spell: spell('삼촌'), suggest: () => [] }).ok).toBe(false);
    expect(verdictFor('회손을', { spell: spell('훼손'), suggest: () => [] }).ok).toBe(false);
    expect(pairRivals('폭팔')).toContain('폭발');
    expect(pairRivals('입거')).not.toContain('입고');
    // ㅡ/ㅣ (흉칙 → 흉측), and a confusion that is a word with the tail (돌맹이 → 돌멩이).
    expect(verdictFor('흉칙하다', { spell: spell('흉측'), suggest: () => [] }).ok).toBe(false);
    expect(verdictFor('돌맹이', { spell: spell('돌멩이'), suggest: () => [] }).ok).toBe(false);
    // Not ㅓ/ㅗ or ㅏ/ㅐ, native words' confusions: 입거 beside 입고, 북항 beside 북행.
    expect(verdictFor('입거', { spell: spell('입고', '입고를'), suggest: () => ['입고'] }).ok).toBe(true);
    expect(verdictFor('북항에', { spell: spell('북행'), suggest: () => ['북행에'] }).ok).toBe(true);
    // A listed style-guide confusion of the pair (ㅐ/ㅔ: 계재 → 게재).
    expect(verdictFor('계재', { spell: spell('게재'), suggest: () => [] }).ok).toBe(false);
  });

  it('confuses ㅗ and ㅜ after the first syllable only (삼춘 → 삼촌, 사둔 → 사돈; not 수율 → 소율)', () => {
    expect(pairRivals('삼춘')).toContain('삼촌');
    expect(pairRivals('사둔')).toContain('사돈');
    expect(pairRivals('부주')).toContain('부조');
    expect(pairRivals('수율')).not.toContain('소율');
    expect(pairRivals('소장')).not.toContain('수장');
    expect(verdictFor('수율이', { spell: spell('소율', '소율이'), suggest: () => ['소율이'] }).ok).toBe(true);
    expect(verdictFor('삼춘이', { spell: spell('삼촌', '삼촌이'), suggest: () => ['삼촌이'] }).ok).toBe(false);
  });

  it('confuses plain and aspirated initials only where they sound alike (폭팔 → 폭발, not 어창 → 어장)', () => {
    expect(pairRivals('폭팔')).toContain('폭발'); // after the obstruent ㄱ, 발 sounds [빨]
    expect(pairRivals('칩거')).toContain('집거'); // at the start, as before
    expect(pairRivals('어창')).not.toContain('어장'); // after a vowel: [어장] and [어창] sound apart
    expect(pairRivals('위판')).not.toContain('위반');
    expect(pairRivals('간판')).not.toContain('간반'); // after ㄴ
    expect(verdictFor('어창이', { spell: spell('어장', '어장이'), suggest: () => ['어장이'] }).ok).toBe(true);
  });

  it('takes the pair with a one-syllable Sino-Korean suffix (위판장, 폐사율, 집어등을) and counts such a syllable as ending nouns (표층)', () => {
    expect(sinoPair('위판장에서', spell())).toBe('위판');
    expect(sinoPair('폐사율이', spell())).toBe('폐사');
    expect(sinoPair('집어등을', spell())).toBe('집어');
    expect(sinoPair('표층', spell())).toBe('표층'); // 층 ends 16 listed pairs, and is a suffix
    expect(sinoPair('폐사률', spell())).toBeNull(); // 율 after a vowel (한글 맞춤법 제11항)
    expect(sinoPair('위판기', spell())).toBeNull(); // -기 is a verb's noun form, no Sino-Korean suffix here
    expect(sinoPair('위판장먹', spell())).toBeNull(); // no particle after the suffix
    expect(sinoPair('일사분란', spell())).toBeNull(); // 일사 + 분란, two pairs: an idiom misspelt (일사불란)
    expect(sinoPair('신녀성', spell())).toBeNull(); // 신 + 여성 with the initial-sound law left out
  });
});

describe('pair rivals: ㄹ said [ㄴ] after ㅁ ㅇ ㄱ ㅂ, and a final ㄲ written ㄱ', () => {
  it('승락 → 승낙, 낙시 → 낚시: the pair is that word misspelt', () => {
    expect(pairRivals('승락')).toContain('승낙');
    expect(pairRivals('낙시')).toContain('낚시');
    expect(verdictFor('승락', dictOf('승낙')).ok).toBe(false);
  });
  it('not ㄹ after a vowel or ㄴ (나열, 진열 are 열, 제11항), nor a final ㄲ for another final', () => {
    expect(pairRivals('나려')).not.toContain('나녀');
    expect(pairRivals('선령')).not.toContain('선녕');
    expect(pairRivals('입거')).not.toContain('잆거');
    expect(pairRivals('낙시')).not.toContain('낛시');
    expect(verdictFor('어창', dictOf('어장')).ok).toBe(true);
  });
});

describe('a listed noun and a one-syllable Sino-Korean suffix (lexiconSuffixed)', () => {
  it('takes the noun, the suffix and particles (차륜형, 차륜형의)', () => {
    expect(lexiconSuffixed('차륜형')).toBe('차륜');
    expect(lexiconSuffixed('차륜형의')).toBe('차륜');
  });
  it('refuses what is no suffix, 률 where the norm writes 율, or a noun the lexicon lacks', () => {
    expect(lexiconSuffixed('차륜다')).toBeNull();
    expect(lexiconSuffixed('차륜률')).toBeNull();
    expect(lexiconSuffixed('갉갉형')).toBeNull();
  });
  it('is vouched for by the verdict only with no confusion a word of the dictionary (부주금 is 부조금 misspelt)', () => {
    expect(verdictFor('차륜형의', dictOf()).ok).toBe(true);
    expect(verdictFor('부주금', dictOf('부조금')).ok).toBe(false);
  });
});
