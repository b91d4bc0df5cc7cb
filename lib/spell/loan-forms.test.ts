import { describe, expect, it } from 'vitest';
import { confusionCandidates, strongConfusions } from './confusions';
import { affricateForm, loanConsonantCandidates } from './loan-forms';
import { withRoots } from './verdict';

describe('loanword consonants and syllables by the 외래어 표기법 (round 13)', () => {
  it('[f] written ㅎ + a glide is offered as ㅍ', () => {
    expect(loanConsonantCandidates('휘날레')).toContain('피날레');
    expect(loanConsonantCandidates('화일')).toContain('파일');
    expect(loanConsonantCandidates('훼밀리')).toContain('패밀리');
    expect(loanConsonantCandidates('후라이팬')).toContain('프라이팬');
    expect(loanConsonantCandidates('파일')).not.toContain('파일');
    expect(loanConsonantCandidates('하늘')).toEqual(['하느르']); // only the final-ㄹ form: ㅏ takes no [f] change
  });

  it('[oʊ] is 오, not 오우; a final ㄹ may be the name’s 르', () => {
    expect(loanConsonantCandidates('쇼윈도우')).toContain('쇼윈도');
    expect(loanConsonantCandidates('옐로우')).toContain('옐로');
    expect(loanConsonantCandidates('카우보이')).not.toContain('카보이'); // 아우 is no [oʊ]
    expect(loanConsonantCandidates('싱가폴')).toContain('싱가포르');
    expect(loanConsonantCandidates('2020년')).toEqual([]);
  });

  it('ㅈ ㅊ take no ㅑ ㅠ (ㅊ no ㅛ): the plain form by rule; native 져, 쳐, 죠 untouched', () => {
    expect(affricateForm('시츄에이션')).toBe('시추에이션');
    expect(affricateForm('쥬스')).toBe('주스');
    expect(affricateForm('챠트')).toBe('차트');
    expect(affricateForm('쵸콜릿')).toBe('초콜릿');
    for (const w of ['가져', '고쳐', '하죠', '주스', '차트']) expect(affricateForm(w), w).toBeNull();
  });
});

describe('other round-13 confusions', () => {
  it('-잖-/-찮- written 챦 or 쟎 (한글 맞춤법 제39항): both forms asked, a strong confusion', () => {
    expect(strongConfusions('그렇챦아')).toContain('그렇잖아');
    expect(confusionCandidates('괜챦다')).toContain('괜찮다');
    expect(strongConfusions('적쟎이')).toContain('적잖이');
    expect(strongConfusions('그렇잖아').some((c) => c.includes('챦'))).toBe(false);
  });

  it('-ian written 이안 is 이언 when listed; 안 after a closed or non-ㅣ syllable is not asked', () => {
    expect(strongConfusions('인디안')).toContain('인디언');
    expect(strongConfusions('코미디안은')).toContain('코미디언은');
    expect(strongConfusions('개선안')).not.toContain('개선언');
    expect(strongConfusions('대안')).not.toContain('대언');
  });

  it('a 하다 adjective Hunspell suggests for a misspelt root puts the root first', () => {
    expect(withRoots('해괴망칙', ['해괴망측하다'])).toEqual(['해괴망측', '해괴망측하다']);
    expect(withRoots('다이나믹', ['다이내믹하다'])).toEqual(['다이내믹', '다이내믹하다']);
    expect(withRoots('가하', ['가하다'])).toEqual(['가하다']); // short words keep Hunspell's form
    expect(withRoots('공부하', ['공부하다'])).toEqual(['공부하다']); // no root for a stem in 하
  });
});
