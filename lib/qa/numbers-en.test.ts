import { describe, expect, it } from 'vitest';
import { extractEnglishNumbers } from './numbers-en';

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
});
