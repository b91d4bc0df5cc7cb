import { describe, expect, it } from 'vitest';
import { AnchorOverlap } from './anchor-overlap';
import { extractAnchors } from './anchors';
import { diagonalBand } from './banded-dp';

describe('AnchorOverlap', () => {
  const source = ['In 2019 the WFP', 'Nothing here', 'In 2019 and 2020', 'Kwon Jong-gun(권정근)'];
  const target = ['2019년 WFP', '없음', '2019년과 2020년', '권정근'];
  const overlap = new AnchorOverlap(extractAnchors(source, target));

  it('charges nothing for a bead whose anchors all match', () => {
    expect(overlap.cost(0, 0, 1, 1)).toBe(0);
    expect(overlap.cost(1, 1, 1, 1)).toBe(0);
    expect(overlap.cost(3, 3, 1, 1)).toBe(0);
  });

  it('charges misses in n:m beads more than presence in insertions and deletions', () => {
    const miss = overlap.cost(0, 3, 1, 1); // 2019 + WFP vs 권정근: three misses
    const deleted = overlap.cost(0, 0, 1, 0);
    expect(deleted).toBeGreaterThan(0);
    expect(miss).toBeGreaterThan(deleted);
  });

  it('gives the same answer from the precomputed band and from scratch', () => {
    const before = [overlap.cost(0, 0, 2, 1), overlap.cost(1, 0, 2, 2), overlap.cost(2, 2, 1, 2)];
    overlap.prepare(diagonalBand(4, 4, 2));
    expect([overlap.cost(0, 0, 2, 1), overlap.cost(1, 0, 2, 2), overlap.cost(2, 2, 1, 2)]).toEqual(before);
  });

  it('counts a token recurring on one side once in exact mode', () => {
    // 2019 appears in source 0 and 2, target 2 has it once: exact sets see no miss for it.
    const approx = overlap.cost(0, 2, 3, 1);
    const exact = overlap.cost(0, 2, 3, 1, true);
    expect(exact).toBeGreaterThanOrEqual(approx);
    expect(exact).toBeGreaterThan(0); // WFP and 권정근 are still missing
  });
});

describe('AnchorOverlap: unmatched tokens that recur', () => {
  it('cost as much inside one 2:2 bead as across the two 1:1 beads it covers', () => {
    const source = ['In 2024 prices rose 5 percent', 'In 2024 exports fell 7 percent', '2024'];
    const target = ['물가가 5% 올랐다', '수출이 7% 줄었다', '2024년'];
    const overlap = new AnchorOverlap(extractAnchors(source, target));
    overlap.prepare(diagonalBand(3, 3, 3));
    const pair = overlap.cost(0, 0, 1, 1, true) + overlap.cost(1, 1, 1, 1, true);
    expect(pair).toBeGreaterThan(0);
    expect(overlap.cost(0, 0, 2, 2, true)).toBeCloseTo(pair, 9);
  });
});
