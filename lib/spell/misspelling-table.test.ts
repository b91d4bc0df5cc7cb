import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { misspellingTable, tableCorrection } from './misspelling-table';

const heldOut = readFileSync(path.join(__dirname, '../../bench/spell/misspellings.heldout.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => l.split('\t')[0]!);

describe('the table of common misspellings', () => {
  it('corrects a listed word, with particles after a noun and endings after a verb stem', () => {
    expect(tableCorrection('몇일')).toBe('며칠');
    expect(tableCorrection('역활을')).toBe('역할을');
    expect(tableCorrection('들어나다')).toBe('드러나다');
    expect(tableCorrection('들어나고')).toBe('드러나고');
    expect(tableCorrection('우뢰와')).toBe('우레와');
  });
  it('leaves correct words and longer words alone', () => {
    for (const w of ['며칠', '역할을', '드러나다', '역활극장', '우레', '몇일곱']) expect(tableCorrection(w), w).toBeNull();
  });
  it('every right form differs from its wrong form', () => {
    for (const [wrong, right] of misspellingTable()) expect(right, wrong).not.toBe(wrong);
  });
  it('holds none of the benchmark’s held-out misspellings (so the held-out figure is not learnt)', () => {
    expect(heldOut.length).toBeGreaterThan(50);
    expect(heldOut.filter((w) => tableCorrection(w) !== null)).toEqual([]);
  });
});
