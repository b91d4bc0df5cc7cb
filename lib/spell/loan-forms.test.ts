import { describe, expect, it } from 'vitest';
import { confusionCandidates, strongConfusions } from './confusions';
import { affricateForm, loanConsonantCandidates } from './loan-forms';
import { withRoots } from './verdict';

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
