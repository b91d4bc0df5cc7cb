import { describe, expect, it } from 'vitest';
import { isReuPast, reuPastQueries } from './reu-irregular';

const spell = (s: string) => ['타오르다', '치오르다', '몰랐는데', '몰랐다', '흘렀고', '뒤흐르다', '흘렀는데'].includes(s);

describe('the past of a 르-irregular verb (타올랐는데)', () => {
  it('accepts the listed verb with 랐/렀 in harmony and an ending its model takes', () => {
    expect(isReuPast('타올랐는데', spell)).toBe(true);
    expect(isReuPast('타올랐다', spell)).toBe(true);
    expect(isReuPast('뒤흘렀고', spell)).toBe(true);
    expect(reuPastQueries('타올랐는데')).toEqual(['타오르다', '몰랐는데']);
  });
  it('not the wrong harmony, an unlisted verb, an ending the model refuses, or 랏', () => {
    for (const w of ['타올렀는데', '다올랐는데', '타올랐는뎅', '타올랏는데', '뒤흘랐고']) expect(isReuPast(w, spell), w).toBe(false);
  });
});
