import { describe, expect, it } from 'vitest';
import { galeChurch } from './gale-church';

describe('Gale–Church baseline', () => {
  it('aligns by length with the document ratio', () => {
    const en = ['a'.repeat(200), 'b'.repeat(50), 'c'.repeat(400), 'd'.repeat(120)];
    const ko = ['가'.repeat(100), '나'.repeat(25), '다'.repeat(200), '라'.repeat(60)];
    const beads = galeChurch(en, ko);
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(beads.every((b) => b.score > 0.9 && b.score <= 1)).toBe(true);
  });

  it('finds a merge and covers every paragraph once', () => {
    const en = ['a'.repeat(200), 'b'.repeat(300), 'c'.repeat(80), 'd'.repeat(500)];
    const ko = ['가'.repeat(100), '나'.repeat(190), '다'.repeat(250)];
    const beads = galeChurch(en, ko);
    expect(beads.map((b) => [b.source, b.target])).toContainEqual([[1, 2], [1]]);
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2, 3]);
    expect(beads.flatMap((b) => b.target)).toEqual([0, 1, 2]);
  });

  it('handles empty sides', () => {
    expect(galeChurch([], [])).toEqual([]);
    expect(galeChurch(['x'], []).map((b) => [b.source, b.target])).toEqual([[[0], []]]);
  });
});
