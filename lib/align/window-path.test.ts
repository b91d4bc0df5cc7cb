import { describe, expect, it } from 'vitest';
import { MOVES } from './banded-dp';
import { windowPath } from './window-path';

// Toy cost: 1:1 is cheap only on the gold cells; 0:1 and 1:0 cost 3; anything else is dear.
function toy(gold: Set<string>) {
  return (i0: number, j0: number, di: number, dj: number) =>
    di === 1 && dj === 1 ? (gold.has(`${i0},${j0}`) ? 0 : 5) : di === 0 || dj === 0 ? 3 : 8 + di + dj;
}

describe('windowPath', () => {
  it('follows drift far beyond its band width, in windows, to the end', () => {
    // 2,000 source rows; 40 target paragraphs inserted at row 300, 30 source rows deleted from row
    // 1,200 and another 40 inserted at 1,700: jumps of more than twice the band's half-width (16).
    const n = 2000;
    const gold = new Set<string>();
    let j = 0;
    for (let i = 0; i < n; i++) {
      if (i === 300 || i === 1700) j += 40;
      if (i >= 1200 && i < 1230) continue;
      gold.add(`${i},${j}`);
      j++;
    }
    const m = j;
    const floor = Float64Array.from(MOVES, () => 0);
    const points = windowPath(n, m, toy(gold), floor, { width: 16, keep: 64, overlap: 64 });
    const onGold = new Set<string>();
    for (let k = 0; k + 3 < points.length; k += 2) {
      if (points[k + 2]! - points[k]! === 1 && points[k + 3]! - points[k + 1]! === 1) onGold.add(`${points[k]},${points[k + 1]}`);
    }
    const found = [...gold].filter((g) => onGold.has(g)).length;
    expect(found / gold.size).toBeGreaterThan(0.95);
    expect(points[points.length - 2]).toBe(n);
  });
});
