import { describe, expect, it } from 'vitest';
import { CASE_PARTICLES, NOUN_TAILS, isNameTail, isParticleTail } from './particles';

describe('the one particle list', () => {
  it('reads chains after a noun, longest first', () => {
    for (const t of ['', '은', '에서도', '이라며', '였다', '측은', '에게는', '으로는', '님께서는', '이라기보다', '라기보다는'])
      expect(isParticleTail(t), t).toBe(true);
    for (const t of ['어요', '했다', '님과학', '트면', '라기', '기보다', '이라기도']) expect(isParticleTail(t), t).toBe(false);
    for (let i = 1; i < NOUN_TAILS.length; i++) expect(NOUN_TAILS[i - 1]!.length).toBeGreaterThanOrEqual(NOUN_TAILS[i]!.length);
    expect(new Set(NOUN_TAILS).size).toBe(NOUN_TAILS.length);
  });

  it('takes one case particle after a name, not a chain of endings', () => {
    for (const t of ['', '에서', '였다', '측은', '씨가', '들의', '으로는']) expect(isNameTail(t), t).toBe(true);
    for (const t of ['어나다', '나다', '며', '에서도는', '측측']) expect(isNameTail(t), t).toBe(false);
  });

  it('the name list is part of the noun list (filters and transliteration share it)', () => {
    for (const p of CASE_PARTICLES) expect(NOUN_TAILS).toContain(p);
  });
});
