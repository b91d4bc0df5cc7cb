import { describe, expect, it } from 'vitest';
import { isForeignNameParticle } from './name-particles';

describe('articles and prepositions inside a foreign name', () => {
  it('pass when the source has the particle before a capitalised word', () => {
    expect(isForeignNameParticle('르', 'who trained at Le Cordon Bleu in Paris')).toBe(true);
    expect(isForeignNameParticle('드', 'before opening Pain de Seonbi, a shop')).toBe(true);
    expect(isForeignNameParticle('판', 'Ludwig van Beethoven')).toBe(true);
  });

  it('not without that particle in a name of the source', () => {
    expect(isForeignNameParticle('드', 'a de facto ban')).toBe(false);
    expect(isForeignNameParticle('르', 'He left the team')).toBe(false);
    expect(isForeignNameParticle('드', 'the leader of the team')).toBe(false);
    expect(isForeignNameParticle('므', 'Le Cordon Bleu')).toBe(false);
  });
});
