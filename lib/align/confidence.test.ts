import { describe, expect, it } from 'vitest';
import { beadConfidences, CHECK_MARK, type PathBead } from './confidence';

describe('bead confidences', () => {
  it('is high when every alternative costs much more, and under the check mark at a tie', () => {
    // Cost: 1:1 beads on the diagonal cost 1; anything else costs 10, except the tie below.
    const tie = (i0: number, j0: number, di: number, dj: number) => i0 === 2 && j0 === 2 && di === 1 && dj === 0;
    const cost = (i0: number, j0: number, di: number, dj: number) =>
      di === 1 && dj === 1 && i0 === j0 ? 1 : tie(i0, j0, di, dj) ? 0.5 : 10;
    const beads: PathBead[] = [0, 1, 2].map((k) => ({ i0: k, j0: k, di: 1, dj: 1, cost: 1 }));
    const scores = beadConfidences(beads, cost);
    expect(scores[0]).toBeGreaterThan(0.99);
    // Bead 2 could also be "delete source 2 (0.5) + insert target 2 (10)": still far worse.
    expect(scores[2]).toBeGreaterThan(0.99);
    const tied = beadConfidences(beads, (_i0, _j0, di, dj) => (di === 1 && dj === 1 ? 1 : 0.5));
    expect(tied[1]).toBeLessThan(CHECK_MARK);
  });

  it('asks a larger margin of links other than 1:1, and always flags 2:2, 3:1 and 1:3 links', () => {
    // Every alternative costs 4 nats more than the bead on the path.
    const shapes: [number, number][] = [
      [1, 1],
      [2, 1],
      [2, 2],
    ];
    const beads: PathBead[] = [];
    let i = 0;
    let j = 0;
    for (const [di, dj] of shapes) {
      beads.push({ i0: i, j0: j, di, dj, cost: 1 });
      i += di;
      j += dj;
    }
    const onPath = (i0: number, j0: number, di: number, dj: number) =>
      beads.some((b) => b.i0 === i0 && b.j0 === j0 && b.di === di && b.dj === dj);
    const scores = beadConfidences(beads, (i0, j0, di, dj) => (onPath(i0, j0, di, dj) ? 1 : 6));
    expect(scores[0]).toBeGreaterThan(CHECK_MARK);
    expect(scores[1]).toBeLessThan(scores[0]!);

    expect(scores[2]).toBeLessThan(CHECK_MARK);
  });
});
