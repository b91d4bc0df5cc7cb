import { describe, expect, it } from 'vitest';
import { acronyms, countQuotes, extractAnchors, romanisedPairs } from './anchors';

const tokensOf = (a: ReturnType<typeof extractAnchors>, ids: Int32Array) => [...ids].map((id) => a.tokens[id]).sort();

describe('anchors', () => {
  it('finds romanised names with their Korean form, and later mentions of the full name', () => {
    const en = ['A statement by Kwon Jong-gun(권정근), director of U.S. Affairs.', 'Kwon Jong-gun said more.', 'Kwon lashed out.'];
    expect(romanisedPairs(en)).toEqual([{ source: 'Kwon Jong-gun', target: '권정근' }]);
    const a = extractAnchors(en, ['권정근 국장은 담화를 냈다.', '권 국장은 비난했다.']);
    const named = (ids: Int32Array) => tokensOf(a, ids).filter((t) => t.startsWith('h:'));
    expect(named(a.source[0])).toEqual(['h:권정근']);
    expect(named(a.source[1])).toEqual(['h:권정근']);
    expect(named(a.source[2])).toEqual([]);
    expect(named(a.target[0])).toEqual(['h:권정근']); // particles attached: substring match
  });

  it('keeps acronyms Korean writes in Latin letters, not dotted ones', () => {
    expect(acronyms('The WFP and the IAEA, not the U.S. or the U.N., nor NATO.')).toEqual(['WFP', 'IAEA', 'NATO']);
    expect(acronyms('북한은 NPT에서 탈퇴했고 WFP는 우려했다.')).toEqual(['NPT', 'WFP']);
  });

  it('uses glossary terms on word boundaries, case-insensitively', () => {
    const a = extractAnchors(['Gaeseong liaison office', 'Kimchi'], ['개성 연락사무소', '김치'], [
      { source: 'liaison office', target: '연락사무소' },
      { source: 'Kim', target: '김' },
    ]);
    const terms = (ids: Int32Array) => tokensOf(a, ids).filter((t) => t.startsWith('t:'));
    expect(terms(a.source[0])).toEqual(['t:연락사무소']);
    expect(terms(a.source[1])).toEqual([]);
    expect(terms(a.target[0])).toEqual(['t:연락사무소']);
  });

  it('shares number tokens between sides and weighs names above numbers', () => {
    const a = extractAnchors(['On August 20th, 2019.'], ['2019년 8월 20일.']);
    expect(tokensOf(a, a.source[0])).toEqual(tokensOf(a, a.target[0]));
    const b = extractAnchors(['Kwon Jong-gun(권정근) in 2019'], ['권정근 2019']);
    const weight = (t: string) => b.weights[b.tokens.indexOf(t)];
    expect(weight('h:권정근')).toBeGreaterThan(weight('n:2019'));
  });

  it('counts quoted passages', () => {
    expect(countQuotes('a “new path,” and “old path”', false)).toBe(2);
    expect(countQuotes('‘새로운 길’과 “옛길”', true)).toBe(1); // ‘…’ is emphasis in Korean, not a quotation
    expect(countQuotes('don’t', false)).toBe(0);
  });
});
