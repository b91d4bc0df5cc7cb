import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './contrast';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });
  it('refuses what is not a hex colour', () => {
    expect(() => parseHex('red')).toThrow();
    expect(parseHex('#1f5fbf')).toEqual([31, 95, 191]);
  });
});
