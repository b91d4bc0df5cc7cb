import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countEnglishWords, countEojeol, splitParagraphs } from './paragraphs';

const fixture = readFileSync(path.join(__dirname, '../../e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

describe('splitParagraphs', () => {
  it('splits the fixture into its 21 paragraphs, trimming the stray no-break spaces', () => {
    const paras = splitParagraphs(fixture);
    expect(paras).toHaveLength(21);
    expect(paras[0]).toBe('Korean Peninsula A to Z');
    expect(paras[20]).toBe('Latest News');
    expect(paras.some((p) => /[\s\u00a0]$/.test(p))).toBe(false);
    expect(paras.join('\n')).toContain('’'); // curly apostrophes kept
    expect(paras.join('\n')).toContain('“new path,”');
  });

  it('handles CRLF, BOM and whitespace-only separator lines', () => {
    expect(splitParagraphs('\ufeffOne\r\n\r\nTwo\n \nThree')).toEqual(['One', 'Two', 'Three']);
    expect(splitParagraphs('   \n\n  ')).toEqual([]);
  });
});

describe('word counts', () => {
  it('counts English words and Korean eojeol', () => {
    expect(countEnglishWords('U.S. President Donald Trump’s letter, 2019.')).toBe(6);
    expect(countEojeol('권정근은 북한 외무성 미국담당국장이다.')).toBe(4);
    expect(countEojeol('  ')).toBe(0);
  });
});
