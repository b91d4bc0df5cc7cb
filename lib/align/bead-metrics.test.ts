import { describe, expect, it } from 'vitest';
import { scoreAlignment } from './bead-metrics';

const b = (source: number[], target: number[]) => ({ source, target });

describe('scoreAlignment (Vecalign definitions)', () => {
  const gold = [b([0], [0]), b([1, 2], [1]), b([3], []), b([4], [2])];

  it('is perfect for the gold itself', () => {
    const s = scoreAlignment(gold, gold);
    expect([s.f1Strict, s.f1Lax]).toEqual([1, 1]);
  });

  it('counts partial overlaps as lax hits only', () => {
    const test = [b([0], [0]), b([1], [1]), b([2], []), b([3], []), b([4], [2])];
    const s = scoreAlignment(gold, test);
    // Precision over 5 test beads: 3 exact ([0]-[0], [3]-[], [4]-[2]); [1]-[1] overlaps; [2]-[] does not.
    expect(s.precisionStrict).toBeCloseTo(3 / 5);
    expect(s.precisionLax).toBeCloseTo(4 / 5);
    // Recall over the 3 gold beads with both sides: 2 exact, [1,2]-[1] overlaps test [1]-[1].
    expect(s.recallStrict).toBeCloseTo(2 / 3);
    expect(s.recallLax).toBe(1);
  });

  it('is zero when nothing matches', () => {
    const s = scoreAlignment([b([0], [0]), b([1], [1])], [b([0], [1]), b([1], [0])]);
    expect(s.f1Strict).toBe(0);
    expect(s.f1Lax).toBe(0);
  });
});
