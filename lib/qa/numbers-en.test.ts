import { describe, expect, it } from 'vitest';
import { extractEnglishNumbers } from './numbers-en';
import { trieAlternation } from './trie-alternation';

describe('extractEnglishNumbers', () => {
  it('reads digits, words, multipliers, percentages, months and days', () => {
    const r = (s: string) => extractEnglishNumbers(s).required.map((n) => `${n.kind}:${n.value}`);
    expect(r('1,000 people and 2.5 million tons')).toEqual(['number:1000', 'number:2500000']);
    expect(r('up 5% or five percent, 3 per cent')).toEqual(['percent:5', 'percent:5', 'percent:3']);
    expect(r('since May fourth, on June 30th and August 20th')).toEqual([
      'month:5',
      'number:4',
      'month:6',
      'number:30',
      'month:8',
      'number:20',
    ]);
    expect(r('twenty-five of seven')).toEqual(['number:25', 'number:7']);
  });

  it('does not require pronoun "one", "first", "the two", a time "second", "may" or identifiers', () => {
    const r = (s: string) => extractEnglishNumbers(s).required;
    expect(r('No one knows; one of them said it first.')).toEqual([]);
    expect(r('The two sides met; the two Koreas talked; both agreed.')).toEqual([]);
    expect(r('Wait a second. Talks may resume. May I ask?')).toEqual([]);
    expect(r('The G7 and F-35 and COVID-19.')).toEqual([]);
    expect(extractEnglishNumbers('the first summit, twice').allowed).toEqual(new Set([1, 2]));
  });
  it('reads a quarter point and basis points as Korean writes them, and leaves a count of listed names implied', () => {
    const e = extractEnglishNumbers;
    expect(e('cut by a quarter of a percentage point').allowed.has(0.25)).toBe(true);
    expect(e('a quarter-point cut').allowed.has(0.25)).toBe(true);
    expect(e('a quarter of the vote').allowed.has(0.25)).toBe(false);
    const bp = e('fell 6 basis points').required;
    expect(bp.map((n) => [n.value, n.alts])).toEqual([[6, [0.06]]]);
    // The count is implied when the names follow; required otherwise.
    expect(e('Two board members, Han Ji-woo and Baek Seung-ho, dissented.').required).toEqual([]);
    expect(e('Three officials: Kim, Lee and Park.').required).toEqual([]);
    expect(e('Two board members dissented, Han said.').required.map((n) => n.value)).toEqual([2]);
    expect(e('Three board members, Han Ji-woo and Baek Seung-ho, dissented.').required.map((n) => n.value)).toEqual([3]);
  });

  it('leaves a count of listed numbered items implied (two of the five choices, No. 2 and No. 4)', () => {
    const r = (s: string) => extractEnglishNumbers(s).required.map((n) => n.value);
    expect(r('Experts said two of the four answers, No. 1 and No. 3, were defensible.')).toEqual([4, 1, 3]);
    expect(r('Three subway lines, Line 2, Line 4 and Line 9, were halted.')).toEqual([2, 4, 9]);
    expect(r('Two gates, Gate 5 and Gate 7, stayed shut.')).toEqual([5, 7]);
    // The count stays required when the list is longer or shorter, or no list follows.
    expect(r('Three of the five choices, No. 2 and No. 4, were wrong.')).toEqual([3, 5, 2, 4]);
    expect(r('Two of the five choices were wrong, No. 2 said.')).toEqual([2, 5, 2]);
    expect(r('Two lines were halted, and Line 4 ran late.')).toEqual([2, 4]);
  });
});

describe('trieAlternation', () => {
  it('matches what the plain alternation of the words (longest first) matches', () => {
    const words = ['seven', 'seventeen', 'seventeenth', 'seventh', 'Sept', 'September', 'six', 'sixty', 'a.m'];
    const plain = new RegExp(
      `\\b(?:${[...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace('.', '\\.'))
        .join('|')})\\b`,
      'gi',
    );
    const trie = new RegExp(`\\b(?:${trieAlternation(words)})\\b`, 'gi');
    for (const text of ['Seventeenth of September, seventy sixty six', 'SEPT. 7, sevens, the seventh', 'a.m. am a-m sixtyish'])
      expect(text.match(trie), text).toEqual(text.match(plain));
    expect(trieAlternation(['ab', 'abc', 'b'])).toBe('(?:ab(?:c)?|b)');
  });
});
