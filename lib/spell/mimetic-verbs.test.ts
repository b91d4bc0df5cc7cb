import { describe, expect, it } from 'vitest';
import { isMimeticVerb, mimeticVerbQueries } from './mimetic-verbs';

// A dictionary that lists the mimetics and the probe verb's forms, as Hunspell does.
const listed = new Set(['깍깍', '반짝반짝', '바다', '끄덕거리며', '끄덕대는', '끄덕거려', '소근']);
const spell = (s: string) => listed.has(s);

describe('a reduplicated mimetic with -거리다/-대다', () => {
  it('accepts a listed reduplicated root with an ending the dictionary takes on such verbs', () => {
    for (const w of ['깍깍거리며', '깍깍대는', '반짝반짝거려']) expect(isMimeticVerb(w, spell), w).toBe(true);
  });
  it('not a root said once, an unlisted root, nor an ending no such verb takes', () => {
    for (const w of ['소근거리며', '바다거리며', '까까거리며', '깍깍거리다가요', '깍깍거림이다', '깍깍'])
      expect(isMimeticVerb(w, spell), w).toBe(false);
  });
  it('asks the root and the probe form only', () => {
    expect(mimeticVerbQueries('깍깍거리며')).toEqual(['깍깍', '끄덕거리며']);
    expect(mimeticVerbQueries('바다')).toEqual([]);
    expect(mimeticVerbQueries('깍'.repeat(60000))).toEqual([]);
  });
});
