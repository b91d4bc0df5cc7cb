import { describe, expect, it } from 'vitest';
import { isPretranslatable } from './pretranslate-scope';
import { ORIGINS, SEGMENT_STATES } from './segment-states';

describe('isPretranslatable', () => {
  it('never touches human work in any scope', () => {
    for (const scope of ['empty', 'machine'] as const) {
      for (const state of SEGMENT_STATES) {
        for (const origin of [...ORIGINS, null]) {
          const ok = isPretranslatable({ state, origin, doNotTranslate: false }, scope);
          if (origin === 'HUMAN' || origin === 'ALIGNED' || ['TRANSLATED', 'APPROVED', 'REJECTED'].includes(state)) expect(ok).toBe(false);
        }
      }
      expect(isPretranslatable({ state: 'EMPTY', origin: null, doNotTranslate: true }, scope)).toBe(false);
    }
  });
  it('fills empty segments; "machine" also replaces TM and MT drafts', () => {
    expect(isPretranslatable({ state: 'EMPTY', origin: null, doNotTranslate: false }, 'empty')).toBe(true);
    expect(isPretranslatable({ state: 'DRAFT', origin: 'MT', doNotTranslate: false }, 'empty')).toBe(false);
    expect(isPretranslatable({ state: 'DRAFT', origin: 'MT', doNotTranslate: false }, 'machine')).toBe(true);
    expect(isPretranslatable({ state: 'DRAFT', origin: 'TM', doNotTranslate: false }, 'machine')).toBe(true);
    expect(isPretranslatable({ state: 'DRAFT', origin: 'ALIGNED', doNotTranslate: false }, 'machine')).toBe(false);
  });
});
