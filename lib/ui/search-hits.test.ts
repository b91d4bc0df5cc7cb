import { describe, expect, it } from 'vitest';
import { buildSearchRegex } from '../editor/replace';
import { searchHitDecorations } from './search-hits';

describe('searchHitDecorations', () => {
  it('marks every hit, case-insensitively by default', () => {
    const re = buildSearchRegex({ find: 'talks', regex: false, caseSensitive: false });
    expect(searchHitDecorations('Talks resumed; the talks went on.', re).map((d) => [d.start, d.end])).toEqual([
      [0, 5],
      [19, 24],
    ]);
  });

  it('treats HTML in the query and the text as text', () => {
    const re = buildSearchRegex({ find: '<b>', regex: false, caseSensitive: false });
    const hits = searchHitDecorations('a <b> tag', re);
    expect(hits).toEqual([{ start: 2, end: 5, className: 'search-hit', attrs: { 'data-search-hit': '' } }]);
  });

  it('finds Korean and regex hits, and stops at the cap', () => {
    const re = buildSearchRegex({ find: '회담', regex: false, caseSensitive: false });
    expect(searchHitDecorations('남북 회담이 열렸다. 회담은 길었다.', re)).toHaveLength(2);
    const any = buildSearchRegex({ find: '\\w', regex: true, caseSensitive: false });
    expect(searchHitDecorations('abcdef', any, 3)).toHaveLength(3);
    expect(searchHitDecorations('abc', null)).toEqual([]);
  });
});
