import { describe, expect, it } from 'vitest';
import { nounFormMeansQueries, nounFormMeansRival } from './noun-form-means';
import { verdictFor } from './verdict';

const dict = new Set(['막다', '막고', '그러다', '그러고', '믿다', '믿고', '모이다', '모이고', '사라다', '사라고', '먹다', '먹고']);
const spell = (s: string) => dict.has(s);

describe('a verb’s noun form in -(으)ㅁ with -으로서 is the means (-으로써)', () => {
  it('after a stem with a final (막음) or a vowel (그럼)', () => {
    expect(nounFormMeansRival('막음으로서', spell)).toBe('막음으로써');
    expect(nounFormMeansRival('그럼으로서', spell)).toBe('그럼으로써');
    expect(nounFormMeansRival('먹음으로서', spell)).toBe('먹음으로써');
    expect(nounFormMeansQueries('막음으로서')).toEqual(expect.arrayContaining(['막다', '막고']));
  });
  it('not a noun of its own, a person, a stem the dictionary lacks, one syllable or the right form', () => {
    expect(nounFormMeansRival('믿음으로서', spell)).toBeNull();
    expect(nounFormMeansRival('모임으로서', spell)).toBeNull();
    expect(nounFormMeansRival('사람으로서', spell)).toBeNull();
    expect(nounFormMeansRival('감음으로서', spell)).toBeNull(); // no 감다 here
    expect(nounFormMeansRival('꿈으로서', spell)).toBeNull();
    expect(nounFormMeansRival('막음으로써', spell)).toBeNull();
    expect(nounFormMeansRival('장관으로서', spell)).toBeNull();
  });
  it('the verdict flags such a word the dictionary accepts', () => {
    const d = { spell: (s: string) => s === '막음으로서' || spell(s), suggest: () => [] };
    expect(verdictFor('막음으로서', d)).toMatchObject({ ok: false, suggestions: ['막음으로써'], rival: true });
    expect(verdictFor('믿음으로서', { spell: (s: string) => s === '믿음으로서' || spell(s), suggest: () => [] }).ok).toBe(true);
  });
});
