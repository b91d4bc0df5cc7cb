import { describe, expect, it } from 'vitest';
import { heardStemCandidates, heardStemRival } from './heard-stems';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('a word written as heard (한글 맞춤법 제1항, 제5항, 제11항)', () => {
  it('a double final split across the syllables: 훌터 → 훑어, 일거 → 읽어, 안자서 → 앉아서', () => {
    expect(heardStemRival('훌터', spellOf('훑어'))).toBe('훑어');
    expect(heardStemRival('일거', spellOf('읽어'))).toBe('읽어');
    expect(heardStemRival('안자서', spellOf('앉아서'))).toBe('앉아서');
  });

  it('a double final written as the letter heard before a consonant: 흑탕물 → 흙탕물, 굼주린 → 굶주린, 여덜 → 여덟', () => {
    expect(heardStemRival('흑탕물', spellOf('흙탕물'))).toBe('흙탕물');
    expect(heardStemRival('굼주린', spellOf('굶주린'))).toBe('굶주린');
    expect(heardStemRival('여덜', spellOf('여덟'))).toBe('여덟');
    // Before a vowel the second letter is heard, so no double final is offered there (떠들은 is no 떠듦은).
    expect(heardStemCandidates('떠들은')).not.toContain('떠듦은');
    // Nor a double final whose heard letter is another (갈께: ㄻ is heard [ㅁ]).
    expect(heardStemCandidates('갈께')).not.toContain('갊께');
  });

  it('a final moved before a last 이, and a tense initial written as a final: 잡동산이 → 잡동사니, 뒤치닥거리 → 뒤치다꺼리', () => {
    expect(heardStemRival('잡동산이', spellOf('잡동사니'))).toBe('잡동사니');
    expect(heardStemRival('뒤치닥거리', spellOf('뒤치다꺼리'))).toBe('뒤치다꺼리');
  });

  it('leaves a noun before a particle, a short word, and a word with no rewriting in the dictionary', () => {
    expect(heardStemCandidates('재무장관은')).not.toContain('재무장과는');
    expect(heardStemCandidates('깍아')).not.toContain('까가');
    expect(heardStemRival('흑탕물', spellOf('흑탕'))).toBeNull();
    expect(heardStemRival('훌터', spellOf())).toBeNull();
    expect(heardStemCandidates('abc')).toEqual([]);
  });
});
