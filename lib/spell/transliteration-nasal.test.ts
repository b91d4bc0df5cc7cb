import { describe, expect, it } from 'vitest';
import { isTransliteration, sourceSkeletons } from './transliteration';

const heard = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source, 2));

describe('French nasal -on and a village after a name (round 14)', () => {
  it('a consonant + 옹 is heard as -on (Maison → 메종); 마을 follows a name', () => {
    expect(heard('메종', 'The shop is Maison Okdong, a bakery')).toBe(true);
    expect(heard('하회마을만', 'Tourists used to see Hahoe Village and leave')).toBe(true);
  });

  it('not without the name in the source', () => {
    expect(heard('메종', 'The shop is a bakery in Okdong')).toBe(false);
    expect(heard('하회마을만', 'Tourists used to see the village and leave')).toBe(false);
  });
});
