import { describe, expect, it } from 'vitest';
import { chiRival, contractionQueries, isContraction } from './contractions';

const spellOf =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe('forms built on words of the dictionary by a rule of the norms', () => {
  it('텐- is 터인- (할 텐데요), not before -대', () => {
    expect(isContraction('텐데요', spellOf('터인데요'))).toBe(true);
    expect(isContraction('텐가', spellOf('터인가'))).toBe(true);
    expect(isContraction('텐데요', spellOf())).toBe(false);
    expect(isContraction('텐대요', spellOf('터인대요'))).toBe(false);
  });

  it('-찮- is -하지 않- after a voiced root (흔찮은), not after ㄱ ㅂ ㅅ (넉넉잖다) nor without a 하다 root', () => {
    expect(isContraction('흔찮은', spellOf('흔하다', '편찮은'))).toBe(true);
    expect(isContraction('흔찮은', spellOf('편찮은'))).toBe(false); // no 흔하다
    expect(isContraction('적찮다', spellOf('편찮다'))).toBe(false); // 적잖다: no 적하다
    expect(isContraction('넉넉찮다', spellOf('넉넉하다', '편찮다'))).toBe(false);
    expect(isContraction('흔찮치', spellOf('흔하다', '편찮은'))).toBe(false); // no such ending
  });

  it('an auxiliary written together with the -아/-어 form before it (해줄게 ← 해 + 줄게)', () => {
    expect(isContraction('해줄게', spellOf('해서', '줄게'))).toBe(true);
    expect(isContraction('읽어줄래', spellOf('읽어서', '줄래'))).toBe(true);
    expect(isContraction('되줄게', spellOf('되서', '줄게'))).toBe(false); // 되서 is 돼서 misspelt
    expect(isContraction('해줄게', spellOf('줄게'))).toBe(false);
    expect(isContraction('태두리', spellOf('태서', '두리', '두리를'))).toBe(false); // a noun after it
    expect(isContraction('먹줄게', spellOf('먹서', '줄게'))).toBe(false); // no -아/-어 form
    expect(isContraction('해먹을게', spellOf('해서', '먹을게'))).toBe(false); // 먹다 is no auxiliary here
  });

  it('asks the dictionary little, and nothing of a long word', () => {
    expect(contractionQueries('해줄게')).toEqual(['해서', '줄게', '줄게을', '줄게를']);
    expect(contractionQueries('가'.repeat(60000))).toEqual([]);
  });
});

describe('-지 for the -치 of -하지 after a voiced root (한글 맞춤법 제40항)', () => {
  const listed = ['만만하다', '만만치', '간단하다', '간단치', '넉넉하다', '넉넉지', '편지', '관광하다'];
  const sp = (w: string) => listed.includes(w);
  it('gives the -치 form the dictionary lists', () => {
    expect(chiRival('만만지', sp)).toBe('만만치');
    expect(chiRival('간단지', sp)).toBe('간단치');
    expect(contractionQueries('만만지')).toEqual(expect.arrayContaining(['만만하다', '만만치']));
  });
  it('not after ㄱ ㅂ ㅅ (넉넉지 is right), nor without the listed -치 form (관광지), nor another ending', () => {
    expect(chiRival('넉넉지', sp)).toBeNull();
    expect(chiRival('관광지', sp)).toBeNull();
    expect(chiRival('만만지만', sp)).toBeNull();
    expect(chiRival('만만'.repeat(30000) + '지', sp)).toBeNull();
  });
});

describe('a stem in ㅕ before -었- or -어지다 (켜다: 켰다, 켜졌다)', () => {
  const sp = spellOf('켜다', '켜었다', '켜었고', '들이켜었다', '져', '졌다', '지고', '펴다', '지는');
  it('takes the contracted past and the -어지다 forms when the long form or the verb is a word', () => {
    for (const w of ['켰다', '켰고', '들이켰다', '켜져', '켜졌다', '켜지고', '펴지는']) expect(isContraction(w, sp), w).toBe(true);
    expect(contractionQueries('켰다')).toContain('켜었다');
    expect(contractionQueries('켜져')).toEqual(expect.arrayContaining(['켜다', '져']));
  });
  it('refuses forms whose long form or verb is no word', () => {
    for (const w of ['가르켰다', '바꼈다', '여지껏', '벼져', '겨졌다', '켜지껏', '켜', '켜다', '져', '여기', '며칠', '혀지고'])
      expect(isContraction(w, sp), w).toBe(false);
  });
});
