import { describe, expect, it } from 'vitest';
import { keys, runOne } from './testing';
import type { QaTerm } from './types';
import { untranslatedCheck } from './untranslated';

const TERMS: QaTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'A to Z', target: 'A to Z', kind: 'DO_NOT_TRANSLATE' },
];
const run = (en: string, ko: string) => keys(runOne(untranslatedCheck, en, ko, TERMS));

describe('untranslated check', () => {
  it('flags a target identical to the source, ignoring case and spacing', () => {
    expect(run('Latest News', 'latest  news')).toEqual(['untranslated:identical']);
  });

  it('leaves alone sources with nothing to translate', () => {
    expect(run('WFP', 'WFP')).toEqual([]);
    expect(run('U.S.', 'U.S.')).toEqual([]);
    expect(run('2019', '2019')).toEqual([]);
    expect(run('A to Z', 'A to Z')).toEqual([]);
  });

  it('flags runs of three or more Latin words or 20+ Latin letters', () => {
    expect(run('x', '북한은 drawing the U.S. back 했다.')).toEqual(['untranslated:latin:drawing the u.s. back']);
    expect(run('x', '이것은 internationalization이다.')).toHaveLength(1);
  });

  it('allows acronyms, terms, short names, URLs and a gloss in parentheses after Korean', () => {
    expect(run('x', '미국(U.S.)과 WFP, DMZ, UN')).toEqual([]);
    expect(run('x', '한반도 A to Z')).toEqual([]);
    expect(run('x', 'Kwon Jong-gun 국장')).toEqual([]); // reported by the terms check instead
    expect(run('x', '트럼프 Trump 대통령')).toEqual([]);
    expect(run('x', '통일연구원(Korea Institute for National Unification)')).toEqual([]);
    expect(run('x', '자료: https://example.org/some/long/path and more')).toEqual([]);
  });

  it('has a Korean message', () => {
    const [i] = untranslatedCheck.run(
      { id: 'a', sourceText: 'Hello there', targetText: 'Hello there', state: 'DRAFT' },
      { locale: 'ko', terms: { list: [] } },
    );
    expect(i!.message).toBe('번역문이 원문과 똑같습니다.');
  });
});
