import { describe, expect, it } from 'vitest';
import {
  compileTerms,
  findRomanisedNames,
  findSourceMentions,
  findTargetForms,
  hasShortTargetForm,
  twoSyllableSurname,
} from './term-matching';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Korea', target: '한국', kind: 'TERM' },
  { source: 'North Korea', target: '북한', kind: 'TERM' },
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'Namgung Min', target: '남궁민', kind: 'NAME' },
  { source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' },
  { source: 'UN', target: '유엔 | 국제연합', kind: 'TERM', caseSensitive: true },
];
const compiled = compileTerms(TERMS);
const mentions = (text: string) => findSourceMentions(compiled, text).map((m) => `${m.text}${m.short ? '*' : ''}`);

describe('term matching', () => {
  it('compiles once per glossary array', () => {
    expect(compileTerms(TERMS)).toBe(compiled);
  });

  it('lets longer terms claim their words and finds surname-only mentions', () => {
    expect(mentions('North Korea and South Korea')).toEqual(['North Korea', 'Korea']);
    expect(mentions('Kwon Jong-gun met Trump; later Kwon left.')).toEqual(['Kwon Jong-gun', 'Trump*', 'Kwon*']);
    expect(mentions('The un-named UN envoy')).toEqual(['UN']);
    expect(mentions('Koreans')).toEqual([]);
  });

  it('runs a pattern only where its longest word occurs, without losing a mention', () => {
    // Case and spacing vary; the word test is on lower case for case-insensitive terms.
    expect(mentions('KWON JONG GUN and kwon jonggun')).toEqual(['KWON JONG GUN', 'kwon jonggun']);
    expect(mentions('NORTH-KOREA')).toEqual(['NORTH-KOREA']);
    // A case-sensitive term keeps its case: "un" is not UN.
    expect(mentions('un envoy')).toEqual([]);
    // ſ matches s in a case-insensitive Unicode pattern; toLowerCase leaves it, so no shortcut.
    const ess = compileTerms([{ source: 'Seoul', target: '서울', kind: 'TERM' }]);
    expect(findSourceMentions(ess, 'ſeoul said').map((m) => m.text)).toEqual(['ſeoul']);
    // A term with letters outside ASCII has no shortcut either.
    const accented = compileTerms([{ source: 'Åsa Ström', target: '오사 스트룀', kind: 'NAME' }]);
    expect(accented.list[0]!.needle).toBeNull();
    expect(findSourceMentions(accented, 'ÅSA STRÖM spoke').map((m) => m.text)).toEqual(['ÅSA STRÖM']);
  });

  it('finds Korean forms and alternatives, and surname renderings', () => {
    const un = compiled.list.find((t) => t.term.source === 'UN')!;
    expect(findTargetForms(un, '국제연합과 유엔')).toHaveLength(2);
    const kwon = compiled.list.find((t) => t.term.source === 'Kwon Jong-gun')!;
    expect(hasShortTargetForm(kwon, '권 국장은')).toBe(true);
    expect(hasShortTargetForm(kwon, '권력은')).toBe(false);
    const namgung = compiled.list.find((t) => t.term.source === 'Namgung Min')!;
    expect(namgung.surname?.koreanSurname).toBe('남궁');
    expect(namgung.surname?.source).toBe('Namgung');
    const trump = compiled.list.find((t) => t.term.source === 'Donald Trump')!;
    expect(hasShortTargetForm(trump, '트럼프 대통령')).toBe(true);
  });

  it('finds romanised names in Korean, with particles glued on', () => {
    expect(findRomanisedNames(compiled, 'Kwon은 Trump와 만났다').map((r) => r.text)).toEqual(['Kwon', 'Trump']);
    expect(findRomanisedNames(compiled, '권정근은 트럼프와 만났다')).toEqual([]);
  });

  it('keeps a Chinese surname Korean writes in two syllables whole, alone before a particle (자오와, 저우는)', () => {
    for (const [ko, src] of <[string, string][]>[
      ['자오원룽', 'Zhao'],
      ['저우언라이', 'Zhou'],
      ['가오훙', 'Gao'],
      ['마오쩌둥', 'Mao'],
    ])
      expect(twoSyllableSurname(ko, src), ko).toBe(true);
    // Korean names and one-syllable Chinese surnames keep one syllable.
    for (const [ko, src] of <[string, string][]>[
      ['김이수', 'Kim'],
      ['이아름', 'Lee'],
      ['최아라', 'Choi'],
      ['오은영', 'Oh'],
      ['류상철', 'Yu'],
      ['왕이', 'Wang'],
      ['유복순', 'Yoo'],
    ])
      expect(twoSyllableSurname(ko, src), ko).toBe(false);
    const zhao = compileTerms([{ source: 'Zhao Wenlong', target: '자오원룽', kind: 'NAME' }]).list[0]!;
    expect(zhao.surname?.koreanSurname).toBe('자오');
    for (const t of ['7월 자오와 측근 3명을', '자오는 잠적했다', '자오, 그의 측근', '자오 총책'])
      expect(hasShortTargetForm(zhao, t), t).toBe(true);
    for (const t of ['자오선을 따라', '자 오늘은', '측근 3명을']) expect(hasShortTargetForm(zhao, t), t).toBe(false);
    // A Korean surname still needs a space and a title: 권은 is not 권 국장.
    const kwon = compiled.list.find((t) => t.term.source === 'Kwon Jong-gun')!;
    expect(hasShortTargetForm(kwon, '권은 말했다')).toBe(false);
  });
});
