import { describe, expect, it } from 'vitest';
import { initialModel, lengthDelta, PRIOR_MODEL, refineModel } from './length-model';

describe('length model', () => {
  it('starts from the document ratio, shrunk towards the prior for tiny documents', () => {
    expect(initialModel(1000, 500, 100).ratio).toBeCloseTo(0.5, 1);
    const tiny = initialModel(100, 100, 1).ratio;
    expect(tiny).toBeGreaterThan(PRIOR_MODEL.ratio);
    expect(tiny).toBeLessThan(0.9);
    expect(initialModel(0, 10, 3)).toEqual(PRIOR_MODEL);
  });

  it('re-estimates ratio and variance robustly from 1:1 pairs', () => {
    const pairs: [number, number][] = Array.from({ length: 200 }, (_, k) => {
      const s = 100 + ((k * 37) % 300);
      return [s, Math.round(0.45 * s + ((k % 7) - 3))];
    });
    pairs.push([100, 400], [400, 10]); // misalignments must not matter
    const m = refineModel(pairs, PRIOR_MODEL);
    expect(m.ratio).toBeCloseTo(0.45, 2);
    expect(m.variance).toBeLessThan(PRIOR_MODEL.variance);
  });

  it('measures mismatch in standard deviations', () => {
    expect(lengthDelta(PRIOR_MODEL, 1000, 420)).toBeCloseTo(0, 5);
    expect(lengthDelta(PRIOR_MODEL, 1000, 300)).toBeLessThan(-3);
    expect(lengthDelta(PRIOR_MODEL, 1000, 600)).toBeGreaterThan(3);
  });
});
