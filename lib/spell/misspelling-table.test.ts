import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { misspellingTable, tableCorrection } from './misspelling-table';

// Every held-out set of the benchmark (heldout.tsv, heldout2.tsv …): the table must learn none of them.
const benchDir = path.join(__dirname, '../../bench/spell');
const heldOut = readdirSync(benchDir)
  .filter((f) => /^misspellings\.heldout\d*\.tsv$/.test(f))
  .flatMap((f) =>
    readFileSync(path.join(benchDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!),
  );

describe('the table of common misspellings', () => {
  it('corrects a listed word, with particles after a noun and endings after a verb stem', () => {
    expect(tableCorrection('몇일')).toBe('며칠');
    expect(tableCorrection('역활을')).toBe('역할을');
    expect(tableCorrection('들어나다')).toBe('드러나다');
    expect(tableCorrection('들어나고')).toBe('드러나고');
    expect(tableCorrection('우뢰와')).toBe('우레와');
    expect(tableCorrection('젖가락으로')).toBe('젓가락으로');
    expect(tableCorrection('부페에서')).toBe('뷔페에서');
  });
  it('leaves correct words and longer words alone', () => {
    for (const w of ['며칠', '역할을', '드러나다', '역활극장', '우레', '몇일곱', '젓가락', '염두에', '판다', '뷔페'])
      expect(tableCorrection(w), w).toBeNull();
  });
  it('every right form differs from its wrong form', () => {
    for (const [wrong, right] of misspellingTable()) expect(right, wrong).not.toBe(wrong);
  });
  it('holds none of the benchmark’s held-out misspellings (so the held-out figure is not learnt)', () => {
    expect(heldOut.length).toBeGreaterThan(200);
    expect(heldOut.filter((w) => tableCorrection(w) !== null)).toEqual([]);
  });
});

describe('a key ending as a verb form', () => {
  it('reads 고, 는, 다, 던 after it as a verb ending (되려고 is 되다 + -려고), a particle after it as a particle', () => {
    expect(tableCorrection('되려')).toBe('되레');
    expect(tableCorrection('되려도')).toBe('되레도');
    for (const w of ['되려고', '되려는', '되려다', '되려던']) expect(tableCorrection(w), w).toBeNull();
    expect(tableCorrection('몇일은')).toBe('며칠은'); // other keys unchanged
  });
});
