import { describe, expect, it } from 'vitest';
import { diffTokens, levenshtein, normalizeSource, similarityPercent, tokenize } from './similarity';

describe('normalisation', () => {
  it('folds case, typography and whitespace', () => {
    expect(normalizeSource('  Kwon’s  “visit” — today… ')).toBe(normalizeSource('kwon\'s "visit" - today…'));
    expect(normalizeSource('The Ministry said.')).toBe('the ministry said .');
  });
  it('keeps offsets into the original text', () => {
    const t = tokenize('Hi, Kim!');
    expect(t.map((x) => 'Hi, Kim!'.slice(x.start, x.end))).toEqual(['Hi', ',', 'Kim', '!']);
  });
});

describe('similarity', () => {
  it('is token-level Levenshtein over the longer length', () => {
    expect(levenshtein(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(levenshtein([], ['a'])).toBe(1);
    // 10 tokens, one changed: 90 %.
    expect(
      similarityPercent('one two three four five six seven eight nine ten', 'one two three four five six seven eight nine eleven'),
    ).toBe(90);
    expect(similarityPercent('Same text.', 'same   TEXT.')).toBe(100);
  });
  it('floors, so a pair just under 75 % does not pass a 75 % threshold', () => {
    // 4 tokens, one changed: exactly 75 %. 7 tokens, two changed: 71 %.
    expect(similarityPercent('a b c d', 'a b c x')).toBe(75);
    expect(similarityPercent('a b c d e f g', 'a b c d e x y')).toBe(71);
  });
});

describe('diff spans', () => {
  it('shows what differs between the memory source and the current source', () => {
    const spans = diffTokens('The minister met Kim on Monday.', 'The minister met Park on Tuesday.');
    expect(spans).toEqual([
      { op: 'equal', text: 'The minister met' },
      { op: 'delete', text: 'Kim' },
      { op: 'insert', text: 'Park' },
      { op: 'equal', text: 'on' },
      { op: 'delete', text: 'Monday' },
      { op: 'insert', text: 'Tuesday' },
      { op: 'equal', text: '.' },
    ]);
  });
  it('reports insertions and deletions alone', () => {
    expect(diffTokens('a b', 'a x b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: 'b' },
    ]);
    expect(diffTokens('a x y b', 'a b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: 'x y' },
      { op: 'equal', text: 'b' },
    ]);
  });
});

describe('levenshteinWithin', () => {
  it('agrees with the full distance inside the band and reports maxDist + 1 outside it', async () => {
    const { levenshteinWithin } = await import('./similarity');
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 500; k += 1) {
      const a = Array.from({ length: Math.floor(rnd() * 12) }, () => Math.floor(rnd() * 4));
      const b = Array.from({ length: Math.floor(rnd() * 12) }, () => Math.floor(rnd() * 4));
      const full = levenshtein(a, b);
      for (const max of [0, 1, 2, 3, 5, 20]) {
        expect(levenshteinWithin(a, b, max)).toBe(full <= max ? full : max + 1);
      }
    }
  });
});
