import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { keys, runOne } from './testing';

const moji = (w: string) => {
  const cp1252: Record<number, number> = {
    0x80: 0x20ac,
    0x82: 0x201a,
    0x84: 0x201e,
    0x86: 0x2020,
    0x8c: 0x152,
    0x91: 0x2018,
    0x92: 0x2019,
    0x93: 0x201c,
    0x94: 0x201d,
    0x9c: 0x153,
  };
  return [...Buffer.from(w)].map((b) => String.fromCodePoint(cp1252[b] ?? b)).join('');
};

describe('broken-text check', () => {
  it('flags U+FFFD and UTF-8 read as Windows-1252', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '쌀\uFFFD은 올랐다'))).toEqual(['broken-text:replacement-char']);
    expect(keys(runOne(brokenTextCheck, 'x', `${moji('통일부')}는 밝혔다`))).toEqual(['broken-text:mojibake']);
    expect(keys(runOne(brokenTextCheck, 'x', `${moji('교수는')} 말했다`))).toEqual(['broken-text:mojibake']);
  });
  it('leaves accented Latin and curly quotes alone', () => {
    expect(runOne(brokenTextCheck, 'x', '카페(café)에서 “좋다”고 말했다. Pokémon, señor, Ãlvaro')).toEqual([]);
  });
});
