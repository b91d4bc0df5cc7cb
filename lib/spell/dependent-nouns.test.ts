import { describe, expect, it } from 'vitest';
import { isDependentNounTail } from './dependent-nouns';

describe('a dependent noun and its particles', () => {
  it('takes 것, 수, 데, 줄 with particles the dictionary lacks', () => {
    for (const w of ['것뿐', '것뿐만', '수뿐', '데조차', '줄밖에', '리가', '터에']) expect(isDependentNounTail(w), w).toBe(true);
  });
  it('leaves other words and tails alone', () => {
    for (const w of ['것', '바뿐', '데로', '데로는', '것치다', '수분', '가뿐', '기뿐', '것뻔', '줄다', '척하다'])
      expect(isDependentNounTail(w), w).toBe(false);
  });
});
