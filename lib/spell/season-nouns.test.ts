import { describe, expect, it } from 'vitest';
import { isSeasonCompound } from './season-nouns';

describe('season and weather compounds', () => {
  it('takes 지난 and the four seasons with particles', () => {
    for (const w of ['지난겨울', '지난봄부터', '지난여름의', '지난가을에는']) expect(isSeasonCompound(w), w).toBe(true);
  });
  it('takes 된- before weather', () => {
    for (const w of ['된바람이', '된서리를', '된추위', '된더위에']) expect(isSeasonCompound(w), w).toBe(true);
  });
  it('leaves other words alone', () => {
    for (const w of [
      '지난',
      '지난날씨',
      '지난겨울다',
      '이번겨울',
      '지난여룸',
      '지나겨울',
      '지난봄날이다',
      '된것',
      '된뒤',
      '된바람다',
      '된장',
      '된바',
    ])
      expect(isSeasonCompound(w), w).toBe(false);
  });
});
