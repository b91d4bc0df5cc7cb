import { describe, expect, it } from 'vitest';
import { oneSyllableCompound, shortLastSplit } from './noun-split';
import { isShortCompound, oneJamoVariants, shortCompoundQueries } from './short-compounds';

// A tiny dictionary: nouns with their object particle.
const NOUNS = ['떡', '집', '겉', '잎', '장', '농', '장롱', '끝', '발', '끗발', '배추', '밭', '보리', '값', '최대', '터'];
const fin = (s: string) => (s.charCodeAt(s.length - 1) - 0xac00) % 28 !== 0;
const ACCEPTED = new Set(NOUNS.map((n) => n + (fin(n) ? '을' : '를')));
const spell = (s: string) => ACCEPTED.has(s);
const noun = (s: string) => spell(`${s}을`) || spell(`${s}를`);

describe('two one-syllable nouns (short-compounds.ts)', () => {
  it('accepts a consonant-final noun and a noun, with particles, no word one slip away', () => {
    expect(isShortCompound('떡집과', spell)).toBe(true);
    expect(isShortCompound('겉잎을', spell)).toBe(true);
    expect(isShortCompound('떡집', spell)).toBe(true);
  });
  it('refuses a pair one jamo from a noun of the dictionary (장농 → 장롱, 끝발 → 끗발)', () => {
    expect(isShortCompound('장농', spell)).toBe(false);
    expect(isShortCompound('끝발이', spell)).toBe(false);
  });
  it('leaves a vowel-final first noun to the sai-siot rules (터밭), and needs both parts nouns', () => {
    expect(isShortCompound('터밭', spell)).toBe(false);
    expect(isShortCompound('떡볶', spell)).toBe(false);
    expect(isShortCompound('떡집스럽다', spell)).toBe(false);
  });
  it('asks the dictionary for every variant it tests', () => {
    const asked = new Set(shortCompoundQueries('장농'));
    expect(asked.has('장롱을')).toBe(true);
    expect(oneJamoVariants('장농')).toContain('장롱');
  });
});

describe('a head that takes no sai-siot after a vowel (noun-split.ts)', () => {
  it('accepts a noun and 밭 (배추밭은, 보리밭): 밭 stays plain after a vowel', () => {
    expect(shortLastSplit('배추밭은', spell)).toBe(true);
    expect(oneSyllableCompound('보리밭', noun, spell)).toBe(true);
  });
  it('still leaves a vowel before another plain initial to the dictionary (최대값, 배추집)', () => {
    expect(shortLastSplit('최대값', spell)).toBe(false);
    expect(shortLastSplit('배추집', spell)).toBe(false);
  });
});
