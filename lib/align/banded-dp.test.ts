import { describe, expect, it } from 'vitest';
import { bandedDp, diagonalBand, MOVES, moveId, pathBand } from './banded-dp';

// Toy cost: 1:1 is cheap only on the cells listed in `good` (as "i,j"), everything else is dear.
function toyCost(good: Set<string>) {
  return (i0: number, j0: number, di: number, dj: number) =>
    di === 1 && dj === 1 ? (good.has(`${i0},${j0}`) ? 0 : 5) : di === 0 || dj === 0 ? 3 : 8 + di + dj;
}

describe('banded DP', () => {
  it('lists the eight bead shapes', () => {
    expect(MOVES).toHaveLength(8);
    expect(moveId(2, 2)).toBeGreaterThanOrEqual(0);
    expect(moveId(2, 3)).toBe(-1);
  });

  it('builds diagonal bands with O(n·w) cells that always contain both corners', () => {
    const band = diagonalBand(1000, 500, 10);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[1000]).toBe(500);
    const cells = band.offset[1001]!;
    expect(cells).toBeLessThan(1001 * 23);
    expect(diagonalBand(2000, 1000, 10).offset[2001]).toBeLessThan(2.1 * cells); // linear in n
  });

  it('finds the cheapest path, including a deletion and an insertion', () => {
    // Gold: (0,0) (1,1) then source 2 deleted, (3,2) (4,3), target 4 inserted, (5,5).
    const good = new Set(['0,0', '1,1', '3,2', '4,3', '5,5']);
    const res = bandedDp(6, 6, diagonalBand(6, 6, 3), toyCost(good));
    const steps = Array.from(res.moves, (k) => MOVES[k]!.join(':'));

    expect(steps).toEqual(['1:1', '1:1', '1:0', '1:1', '1:1', '0:1', '1:1']);
    expect(Array.from(res.points.slice(-2))).toEqual([6, 6]);
  });

  it('reports when the path hugs the band edge, and a path band fixes it', () => {
    // The cheap path runs 6 columns off the diagonal: a band of 2 cannot hold it.
    const good = new Set(Array.from({ length: 30 }, (_, k) => `${k},${k + 6}`));
    const narrow = bandedDp(30, 36, diagonalBand(30, 36, 2), toyCost(good));
    expect(narrow.touchesEdge).toBe(true);
    const wide = bandedDp(30, 36, diagonalBand(30, 36, 12), toyCost(good));
    expect(wide.touchesEdge).toBe(false);
    const again = bandedDp(30, 36, pathBand(30, 36, wide.points, 2), toyCost(good));
    expect(Array.from(again.moves)).toEqual(Array.from(wide.moves));
  });

  it('skips moves whose lower bound cannot win without changing the result', () => {
    const good = new Set(['0,0', '1,1', '3,2', '4,3', '5,5']);
    const bound = Float64Array.from(MOVES, ([di, dj]) => (di === 0 || dj === 0 ? 3 : di === 1 && dj === 1 ? 0 : 8));
    const a = bandedDp(6, 6, diagonalBand(6, 6, 3), toyCost(good));
    const b = bandedDp(6, 6, diagonalBand(6, 6, 3), toyCost(good), bound);
    expect(Array.from(b.moves)).toEqual(Array.from(a.moves));
  });
});
