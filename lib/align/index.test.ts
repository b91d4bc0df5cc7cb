import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('lib/align public surface', () => {
  it('exports the aligner, the baseline and the scorer', () => {
    expect(typeof api.align).toBe('function');
    expect(typeof api.galeChurch).toBe('function');
    expect(typeof api.scoreAlignment).toBe('function');
    expect(api.align(['One.'], ['하나.'])).toEqual([{ source: [0], target: [0], score: expect.any(Number) }]);
  });
});
