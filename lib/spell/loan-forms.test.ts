import { describe, expect, it } from 'vitest';
import { confusionCandidates, strongConfusions } from './confusions';
import { affricateForm, clusterForms, juWiForms, loanConsonantCandidates, shiForm, shiRival } from './loan-forms';
import { verdictFor, withRoots } from './verdict';

describe('loanword consonants and syllables by the 외래어 표기법 (round 13)', () => {
  it('[f] written ㅎ + a glide is offered as ㅍ', () => {
    expect(loanConsonantCandidates('휘트니스')).toContain('피트니스');
    expect(loanConsonantCandidates('화이버')).toContain('파이버');
    expect(loanConsonantCandidates('훼밀리')).toContain('패밀리');
    expect(loanConsonantCandidates('후레쉬')).toContain('프레쉬');
    expect(loanConsonantCandidates('파일')).not.toContain('파일');
    expect(loanConsonantCandidates('하늘')).toEqual(['하느르']); // only the final-ㄹ form: ㅏ takes no [f] change
  });

  it('[oʊ] is 오, not 오우; a final ㄹ may be the name’s 르', () => {
    expect(loanConsonantCandidates('레인보우')).toContain('레인보');
    expect(loanConsonantCandidates('옐로우')).toContain('옐로');
    expect(loanConsonantCandidates('카우보이')).not.toContain('카보이'); // 아우 is no [oʊ]
    expect(loanConsonantCandidates('쿠알라룸풀')).toContain('쿠알라룸푸르');
    expect(loanConsonantCandidates('2020년')).toEqual([]);
  });

  it('ㅈ ㅊ take no ㅑ ㅠ (ㅊ no ㅛ): the plain form by rule; native 져, 쳐, 죠 untouched', () => {
    expect(affricateForm('츄잉껌')).toBe('추잉껌');
    expect(affricateForm('쥬얼리')).toBe('주얼리');
    expect(affricateForm('챠밍')).toBe('차밍');
    expect(affricateForm('쵸코')).toBe('초코');
    for (const w of ['가져', '고쳐', '하죠', '주스', '차트']) expect(affricateForm(w), w).toBeNull();
  });
});

describe('other round-13 confusions', () => {
  it('-잖-/-찮- written 챦 or 쟎 (한글 맞춤법 제39항): both forms asked, a strong confusion', () => {
    expect(strongConfusions('같챦다')).toContain('같잖다');
    expect(confusionCandidates('귀챦다')).toContain('귀찮다');
    expect(strongConfusions('점쟎은')).toContain('점잖은');
    expect(strongConfusions('같잖다').some((c) => c.includes('챦'))).toBe(false);
  });

  it('-ian written 이안 is 이언 when listed; 안 after a closed or non-ㅣ syllable is not asked', () => {
    expect(strongConfusions('에일리안')).toContain('에일리언');
    expect(strongConfusions('코미디안은')).toContain('코미디언은');
    expect(strongConfusions('개선안')).not.toContain('개선언');
    expect(strongConfusions('대안')).not.toContain('대언');
  });

  it('a 하다 adjective Hunspell suggests for a misspelt root puts the root first', () => {
    expect(withRoots('애매모효', ['애매모호하다'])).toEqual(['애매모호', '애매모호하다']);
    expect(withRoots('로멘틱', ['로맨틱하다'])).toEqual(['로멘틱', '로맨틱하다'].slice(1)); // three syllables: as Hunspell says
    expect(withRoots('드라메틱', ['드라마틱하다'])).toEqual(['드라마틱', '드라마틱하다']);
    expect(withRoots('가하', ['가하다'])).toEqual(['가하다']); // short words keep Hunspell's form
    expect(withRoots('공부하', ['공부하다'])).toEqual(['공부하다']); // no root for a stem in 하
  });
});

describe('[ʃ] is never 쉬 in a loanword (외래어 표기법 제3장 제1절 제3항)', () => {
  const spell = (s: string) => ['피시', '피시를', '캐시'].includes(s);
  it('writes 쉬 after the first syllable as 시 where the dictionary lists that form', () => {
    expect(shiRival('피쉬', spell)).toBe('피시');
    expect(shiRival('피쉬를', spell)).toBe('피시를');
    expect(shiRival('캐쉬', spell)).toBe('캐시');
  });
  it('not a first 쉬 (쉬다), nor a form the dictionary lacks', () => {
    expect(shiForm('쉬는')).toBeNull();
    expect(shiRival('가쉬', spell)).toBeNull();
    expect(shiRival('피시', spell)).toBeNull();
  });
});

describe('ㅈ + ㅠ as ㅟ, and a loanword root the dictionary lists only with 하다', () => {
  it('offers 쥐 before the rule’s 주 where the dictionary has it (쥬라기 → 쥐라기)', () => {
    expect(juWiForms('쥬라기')).toEqual(['쥐라기']);
    expect(juWiForms('주스')).toEqual([]);
    const dict = { spell: (s: string) => s === '쥐라기', suggest: () => ['자라기'] };
    expect(verdictFor('쥬라기', dict).suggestions[0]).toBe('쥐라기');
    const juice = { spell: (s: string) => s === '주스', suggest: () => [] };
    expect(verdictFor('쥬스', juice).suggestions[0]).toBe('주스');
  });
  it('offers the root of a 하다 adjective by the loanword vowels (로멘틱 → 로맨틱), not a root it lacks', () => {
    const dict = { spell: (s: string) => s === '로맨틱하다', suggest: () => ['로맨틱하다'] };
    expect(verdictFor('로멘틱', dict).suggestions.slice(0, 2)).toEqual(['로맨틱', '로맨틱하다']);
    const none = { spell: () => false, suggest: () => [] };
    expect(verdictFor('로멘틱', none).suggestions).toEqual([]);
  });
});

describe('a stop before a consonant is a final, not a syllable of ㅡ (외래어 표기법 제3장 제1절 제1항)', () => {
  it('writes 프 트 크 between a syllable without a final and a consonant as its final', () => {
    expect(clusterForms('내프킨')).toEqual(['냅킨']);
    expect(loanConsonantCandidates('내프킨')).toContain('냅킨');
    const dict = { spell: (s: string) => s === '냅킨', suggest: () => ['예쁘긴'] };
    expect(verdictFor('내프킨', dict).suggestions).toContain('냅킨');
  });
  it('not before a vowel, after a final, nor at the end of the word', () => {
    expect(clusterForms('스테이크')).toEqual([]);
    expect(clusterForms('애프이')).toEqual([]);
    expect(clusterForms('헬프킨')).toEqual([]);
    expect(clusterForms('테이프')).toEqual([]);
  });
});

describe('ㅈ + ㅑ written plain, then a loanword vowel the dictionary knows (쟈켓 → 재킷)', () => {
  it('offers the dictionary’s form of the plain affricate before the rule’s form', () => {
    const dict = { spell: (s: string) => s === '재킷', suggest: () => ['소켓'] };
    expect(verdictFor('쟈켓', dict).suggestions[0]).toBe('재킷');
  });
  it('keeps the rule’s form when the dictionary knows no vowel variant (쥬스 → 주스)', () => {
    const dict = { spell: () => false, suggest: () => [] };
    expect(verdictFor('쟈켓', dict).suggestions).toEqual(['자켓']);
  });
});
