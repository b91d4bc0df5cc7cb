import { describe, expect, it } from 'vitest';
import { isTtarata, ttarataQueries, ttarataRival } from './ttarata';

const spell = (s: string) => ['얇다', '넓다', '기다란', '기다랗게', '높다'].includes(s);

describe('-다랗다 on a ㄼ stem, written ㄹ + 따 (얄따란)', () => {
  it('accepts ㄹ + 따 where the ㄼ adjective is listed and the model takes the ending', () => {
    expect(isTtarata('얄따란', spell)).toBe(true);
    expect(isTtarata('널따랗게', spell)).toBe(true);
    expect(ttarataQueries('얄따란')).toEqual(['얇다', '기다란']);
  });
  it('not with no ㄼ adjective (알따란), with 다 (얄다란), or an ending the model refuses', () => {
    for (const w of ['알따란', '얄다란', '얄따랗지롱', '높따란']) expect(isTtarata(w, spell), w).toBe(false);
  });
  it('rewrites the ㄼ kept before 다 (얇다란 → 얄따란), not a stem without ㄼ (높다란)', () => {
    expect(ttarataRival('얇다란', spell)).toBe('얄따란');
    expect(ttarataRival('넓다랗게', spell)).toBe('널따랗게');
    expect(ttarataRival('높다란', spell)).toBeNull();
    expect(ttarataRival('얄따란', spell)).toBeNull();
  });
});
