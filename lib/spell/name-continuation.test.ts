import { describe, expect, it } from 'vitest';
import { continuesName } from './name-continuation';
import { readings } from './source-readings';

const src = 'Hamish Gallagher, export director of Kowhai Orchards, a New Zealand grower, said';

describe('the second word of a two-word name', () => {
  it('is heard loosely after the Hangul word that writes the first (코와이 오처즈의 ← Kowhai Orchards)', () => {
    expect(continuesName('코와이', '오처즈의', src)).toBe(true);
    expect(continuesName('코와이', '오처즈', src)).toBe(true);
  });
  it('not after a word that writes no name, nor for a word the next name does not sound', () => {
    expect(continuesName('과수원', '오처즈의', src)).toBe(false);
    expect(continuesName('코와이', '과수원의', src)).toBe(false);
    expect(continuesName('코와이', '오토즈의', src)).toBe(false);
    expect(continuesName('코와이', '금새', src)).toBe(false);
    // The next English word must be a capitalised word right after the first (a name of two words).
    expect(continuesName('코와이', '오처즈의', 'a kowhai tree in orchards')).toBe(false);
    expect(continuesName('코와이', '오처즈의', 'Kowhai, Orchards')).toBe(false);
    // The vowels must be as many as the English's: 오처즈스 has one more consonant, 오처저즈 one more vowel.
    expect(continuesName('코와이', '오처저즈', src)).toBe(false);
  });
});

describe('a final ds is one sound, written 즈', () => {
  it('reads Leeds as leez, not other ds', () => {
    expect(readings('Leeds')).toContain('leez');
    expect(readings('Dsungaria').some((r) => r.startsWith('z'))).toBe(false);
  });
});
