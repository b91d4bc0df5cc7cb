import { describe, expect, it } from 'vitest';
import { isProducePrefixed } from './produce-prefixes';

describe('물- and 마른- before produce', () => {
  it('takes fresh and dried produce with particles', () => {
    for (const w of ['물김', '물김은', '물김을', '마른김', '마른김으로', '물미역이', '마른멸치를', '마른나물', '마른표고버섯'])
      expect(isProducePrefixed(w), w).toBe(true);
  });
  it('leaves other words alone', () => {
    // Everyday words and slips near them: the prefix before no listed produce, or a verb ending after it.
    for (const w of [
      '물감',
      '물기',
      '물건',
      '마른',
      '마르다',
      '마른침',
      '물김치다',
      '물집',
      '물길',
      '마름김',
      '불김',
      '물김하다',
      '마른김이다',
    ])
      expect(isProducePrefixed(w), w).toBe(false);
  });
});
