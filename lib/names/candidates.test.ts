import { describe, expect, it } from 'vitest';
import { parseCandidates, personCandidates, placeCandidates, syllableSpellings } from './candidates';

const top3 = (c: { target: string }[]) => c.slice(0, 3).map((x) => x.target);

describe('syllable spellings', () => {
  it('spells a syllable the RR, McCune–Reischauer and informal ways', () => {
    const jeong = syllableSpellings('정');
    for (const s of ['jeong', 'chong', 'jong', 'jung', 'chung']) expect(jeong.has(s), s).toBe(true);
    const seop = syllableSpellings('섭');
    for (const s of ['seop', 'sop', 'sup']) expect(seop.has(s), s).toBe(true);
    expect(syllableSpellings('근').has('gun')).toBe(true);
    expect(syllableSpellings('근').has('geun')).toBe(true);
    expect(syllableSpellings('희').has('hee')).toBe(true);
    expect(syllableSpellings('x').size).toBe(0);
  });
});

describe('person candidates', () => {
  it('ranks the fixture names right: 오경섭 and 김정은 among the first three (best first, scores falling)', () => {
    const oh = personCandidates('Oh Gyeong-seop');
    expect(top3(oh)).toContain('오경섭');
    expect(oh[0]!.target).toBe('오경섭');
    const kim = personCandidates('Kim Jong-un');
    expect(top3(kim)).toContain('김정은');
    for (let i = 1; i < kim.length; i += 1) expect(kim[i]!.score).toBeLessThanOrEqual(kim[i - 1]!.score);
  });

  it('reads the surname systems: Kim/Gim, Lee/Yi/Rhee/Ri, Park/Pak/Bak, Choi/Choe', () => {
    expect(personCandidates('Gim Jeong-eun')[0]!.target).toBe('김정은');
    for (const s of ['Lee', 'Yi', 'Rhee']) expect(personCandidates(`${s} Jae-myung`)[0]!.target.charAt(0)).toBe('이');
    expect(personCandidates('Ri Son-gwon')[0]!.target).toBe('리선권');
    for (const s of ['Park', 'Pak', 'Bak']) expect(personCandidates(`${s} Jong-chon`)[0]!.target.charAt(0)).toBe('박');
    for (const s of ['Choi', 'Choe']) expect(personCandidates(`${s} Ryong-hae`)[0]!.target).toBe('최룡해');
  });

  it('hyphens, spaces and joined given names give the same reading', () => {
    expect(top3(personCandidates('Moon Jae-in'))).toContain('문재인');
    expect(top3(personCandidates('Moon Jae In'))).toContain('문재인');
    expect(top3(personCandidates('Moon Jaein'))).toContain('문재인');
  });

  it('gives nothing for what is not a Korean name', () => {
    expect(personCandidates('Donald Trump')).toEqual([]);
    expect(personCandidates('Kim')).toEqual([]);
  });
});

describe('place candidates', () => {
  it('cuts joined place names into syllables and reads suffixes', () => {
    expect(placeCandidates('Panmunjom')[0]!.target).toBe('판문점');
    expect(top3(placeCandidates('Kaesong'))).toContain('개성');
    expect(placeCandidates('Onchon County')[0]!.target).toBe('온천');
    expect(placeCandidates('Gyeonggi-do')[0]!.target).toBe('경기도');
  });
});

describe('parseCandidates', () => {
  it('reads the stored JSON and ignores junk', () => {
    expect(parseCandidates('[{"target":"오경섭","score":0.9}]')).toEqual([{ target: '오경섭', score: 0.9 }]);
    expect(parseCandidates('not json')).toEqual([]);
    expect(parseCandidates('[{"target":1}]')).toEqual([]);
  });
});
