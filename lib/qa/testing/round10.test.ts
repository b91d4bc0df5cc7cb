// The round-10 set's shape only (no check is run here): every paragraph has its translation, every
// kind of error is seeded, and every variant and probe applies to its paragraph.
import { describe, expect, it } from 'vitest';
import { applyVariant } from './load';
import { round10Segments } from './round10';
import { R10_PROBES, R10_VARIANTS } from './round10/variants';
import { ERROR_KINDS } from './variants';

describe('round-10 set (pension-reform radio commentary)', () => {
  const segs = round10Segments();
  it('has 23 paragraph pairs and 90 variants of every kind with unique ids', () => {
    expect(segs).toHaveLength(23);
    expect(R10_VARIANTS).toHaveLength(90);
    expect(new Set(R10_VARIANTS.map((v) => v.kind))).toEqual(new Set(ERROR_KINDS));
    const ids = [...R10_VARIANTS, ...R10_PROBES].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('applies every variant and probe to its paragraph, changing it', () => {
    for (const v of [...R10_VARIANTS, ...R10_PROBES]) {
      const { segments, faultyId } = applyVariant(segs, v);
      const i = segs.findIndex((s) => s.id === faultyId);
      expect(segments[i]!.targetText, v.id).not.toBe(segs[i]!.targetText);
    }
  });
});
