import { describe, expect, it } from 'vitest';
import { matchScore, parseSegmentJump, rankMatches } from './palette-match';

describe('matchScore', () => {
  it('ranks exact over prefix over word start over anywhere', () => {
    expect(matchScore('Seoul', 'seoul')).toBe(4);
    expect(matchScore('Seoul and Pyongyang', 'seo')).toBe(3);
    expect(matchScore('Talks in Seoul', 'seo')).toBe(2);
    expect(matchScore('Talks in (Seoul)', 'seo')).toBe(2);
    expect(matchScore('Teaseoul', 'seo')).toBe(1);
    expect(matchScore('Pyongyang', 'seo')).toBe(0);
  });
  it('matches Korean, composed or not', () => {
    expect(matchScore('대한민국 국회', '국회')).toBe(2);
    expect(matchScore('국회', '국회'.normalize('NFD'))).toBe(4);
  });
  it('lets an empty query match everything weakly', () => {
    expect(matchScore('anything', '  ')).toBe(1);
  });
});

describe('rankMatches', () => {
  const docs = [{ t: 'Notes on Seoul' }, { t: 'Seoul and Pyongyang Test the Waters' }, { t: 'Seoul' }, { t: 'Busan port' }];
  it('keeps the matches, best first, up to the limit', () => {
    expect(rankMatches(docs, 'seoul', (d) => [d.t], 10).map((d) => d.t)).toEqual([
      'Seoul',
      'Seoul and Pyongyang Test the Waters',
      'Notes on Seoul',
    ]);
    expect(rankMatches(docs, 'seoul', (d) => [d.t], 1)).toHaveLength(1);
    expect(rankMatches(docs, 'daegu', (d) => [d.t], 10)).toEqual([]);
  });
  it('scores an item by its best text (a term by source or target)', () => {
    const terms = [
      { s: 'National Assembly', k: '국회' },
      { s: 'assembly line', k: '조립 라인' },
    ];
    expect(rankMatches(terms, '국회', (x) => [x.s, x.k], 5).map((x) => x.s)).toEqual(['National Assembly']);
    expect(rankMatches(terms, 'assembly', (x) => [x.s, x.k], 5).map((x) => x.s)).toEqual(['assembly line', 'National Assembly']);
  });
});

describe('parseSegmentJump', () => {
  it('reads #N', () => {
    expect(parseSegmentJump('#12')).toBe(12);
    expect(parseSegmentJump(' # 3 ')).toBe(3);
  });
  it('refuses the rest', () => {
    expect(parseSegmentJump('12')).toBeNull();
    expect(parseSegmentJump('#0')).toBeNull();
    expect(parseSegmentJump('#12a')).toBeNull();
    expect(parseSegmentJump('#')).toBeNull();
    expect(parseSegmentJump('#1234567')).toBeNull();
  });
});
