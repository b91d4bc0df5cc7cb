import { describe, expect, it } from 'vitest';
import { coordinateCompoundQueries, isCoordinateCompound } from './coordinate-compounds';

const dict = new Set([
  ...['충전', '방전', '입금', '출금', '송신', '수신'].flatMap((n) => [`${n}을`, `${n}하다`]),
  ...['카트를', '페트를', '공기를', '공밥을', '계장을', '육장을', '육개장', '전기를', '운동해도', '운동하는'],
]);
const spell = (s: string) => dict.has(s);

describe('coordinate Sino-Korean compounds that share a syllable', () => {
  it('take two 하다 nouns of the dictionary sharing their last syllable, then particles or a 하다 form', () => {
    for (const w of ['충방전해도', '충방전', '입출금을', '송수신하는']) expect(isCoordinateCompound(w, spell), w).toBe(true);
  });
  it('not two nouns that take no 하다 (카페트, 공기밥), one no noun, or a tail that is no noun tail', () => {
    for (const w of ['카페트', '공기밥', '충방기', '육계장', '충방전햇다', '전기차']) expect(isCoordinateCompound(w, spell), w).toBe(false);
  });
  it('asks the dictionary for what it needs', () => {
    const asked = new Set(coordinateCompoundQueries('충방전해도'));
    expect(isCoordinateCompound('충방전해도', (s) => asked.has(s) && dict.has(s))).toBe(true);
  });
});
