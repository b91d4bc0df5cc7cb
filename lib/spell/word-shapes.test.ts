import { describe, expect, it } from 'vitest';
import { nounTail, verbBeforeBoda } from './word-shapes';

describe('what may follow a noun (word-shapes.ts nounTail)', () => {
  it('takes particles and the comparative 보다, alone or after particles', () => {
    expect(nounTail('')).toBe(true);
    expect(nounTail('을')).toBe(true);
    expect(nounTail('에서는')).toBe(true);
    expect(nounTail('보다')).toBe(true); // 작년보다
    expect(nounTail('보다는')).toBe(true); // 말보다는
    expect(nounTail('에서보다')).toBe(true); // 도시에서보다
    expect(nounTail('들보다')).toBe(true); // 선수들보다
  });
  it('takes no other tail that ends in 다, nor 보다 after one (a verb ending in disguise)', () => {
    expect(nounTail('다')).toBe(false);
    expect(nounTail('들다')).toBe(false);
    expect(nounTail('이다')).toBe(false); // the copula is COPULA's, asked apart
    expect(nounTail('다보다')).toBe(false);
    expect(nounTail('라기보다')).toBe(false);
    expect(nounTail('봤다')).toBe(false);
  });

  it('tells a verb’s -아/-어 form and 보다 from a noun and 보다', () => {
    expect(verbBeforeBoda('처다보다')).toBe(true);
    expect(verbBeforeBoda('살펴보다')).toBe(true);
    expect(verbBeforeBoda('돌아보다')).toBe(true);
    expect(verbBeforeBoda('해보다')).toBe(true);
    expect(verbBeforeBoda('봉군보다')).toBe(false);
    expect(verbBeforeBoda('작년보다')).toBe(false);
    expect(verbBeforeBoda('위판장보다')).toBe(false);
    expect(verbBeforeBoda('예상보다')).toBe(false);
    expect(verbBeforeBoda('폐사율보다')).toBe(false);
    expect(verbBeforeBoda('보다')).toBe(false);
  });
});
