import { describe, expect, it } from 'vitest';
import { isStretchedMimetic, stretchedMimeticQueries } from './mimetic-stretch';

// A dictionary that lists the short sound words and their reduplications, as Hunspell does, and some
// everyday nouns and adverbs of one syllable in -ㄱ that are no sound word said twice.
const listed = new Set(['쉭', '쉭쉭', '휙', '휙휙', '찍', '찍찍', '식', '직', '익', '빅', '끽', '이익', '시기', '기기']);
const spell = (s: string) => listed.has(s);

describe('an onomatopoeic adverb in -ㄱ drawn out into 익', () => {
  it('accepts the long form of a listed sound word said twice', () => {
    for (const w of ['쉬익', '휘익', '찌익']) expect(isStretchedMimetic(w, spell), w).toBe(true);
  });
  it('not a noun in -ㄱ that is no sound word, a particle after it, nor other words', () => {
    for (const w of ['시익', '지익', '끼익', '쉬익을', '쉬익이', '이익', '비익', '쉬악', '수익', '시기', '기기', '휘', '익'])
      expect(isStretchedMimetic(w, spell), w).toBe(false);
  });
  it('asks the short form and its reduplication only', () => {
    expect(stretchedMimeticQueries('쉬익')).toEqual(['쉭', '쉭쉭']);
    expect(stretchedMimeticQueries('수익')).toEqual([]);
    expect(stretchedMimeticQueries('이익')).toEqual([]);
  });
});
