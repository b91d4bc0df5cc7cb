import { describe, expect, it } from 'vitest';
import { irregularStemQueries, irregularStemRival } from './irregular-stems';

const dict = new Set(['반갑다', '고맙다', '가깝다', '멀다', '길다', '길을', '길이', '알다', '알을', '돕다', '곱다']);
const spell = (s: string) => dict.has(s);

describe('an ㅂ-irregular stem takes 워', () => {
  it('writes 와 as 워 after a stem of two syllables or more', () => {
    expect(irregularStemRival('반가와', spell)).toBe('반가워');
    expect(irregularStemRival('고마와서', spell)).toBe('고마워서');
    expect(irregularStemRival('가까왔다', spell)).toBe('가까웠다');
    expect(irregularStemQueries('반가와')).toContain('반갑다');
  });
  it('not 돕다 and 곱다 (도와, 고와), a noun and the particle 와, or a stem the dictionary lacks', () => {
    expect(irregularStemRival('도와', spell)).toBeNull();
    expect(irregularStemRival('고와', spell)).toBeNull();
    expect(irregularStemRival('사과와', spell)).toBeNull();
    expect(irregularStemRival('반가워', spell)).toBeNull();
  });
});

describe('a ㄹ-final stem drops its ㄹ before -은, -으면', () => {
  it('멀은 → 먼, 멀으면 → 멀면', () => {
    expect(irregularStemRival('멀은', spell)).toBe('먼');
    expect(irregularStemRival('멀으면', spell)).toBe('멀면');
  });
  it('not when the stem is a noun (길은, 알은), nor a stem that is no verb', () => {
    expect(irregularStemRival('길은', spell)).toBeNull();
    expect(irregularStemRival('알은', spell)).toBeNull();
    expect(irregularStemRival('벌은', spell)).toBeNull();
  });
  it('a ㄹ-final stem keeps its ㄹ and drops 으 before -며, -면서, -려고, -러 (머물으며 → 머물며)', () => {
    const sp = (s: string) => ['머물다', '만들다', '깨닫다', '듣다'].includes(s);
    expect(irregularStemRival('머물으며', sp)).toBe('머물며');
    expect(irregularStemRival('만들으면서', sp)).toBe('만들면서');
    expect(irregularStemRival('머물으려고', sp)).toBe('머물려고');
    // A ㄷ-irregular stem is right with 으 (깨달으며 ← 깨닫다, 들으러 ← 듣다); not before another ending.
    expect(irregularStemRival('깨달으며', sp)).toBeNull();
    expect(irregularStemRival('들으러', sp)).toBeNull();
    expect(irregularStemRival('머물으니', sp)).toBeNull();
    expect(irregularStemQueries('머물으며')).toContain('머묻다');
  });
});

describe('a ㄷ-irregular stem turns ㄷ into ㄹ before a vowel', () => {
  const listed = new Set(['깨닫다', '깨달아', '일컫다', '일컬어', '싣다', '실어서', '듣다', '들으니', '닫다', '닫아', '발아']);
  const sp = (s: string) => listed.has(s);
  it('깨닫아 → 깨달아, 일컫어 → 일컬어, 싣어서 → 실어서, 듣으니 → 들으니', () => {
    expect(irregularStemRival('깨닫아', sp)).toBe('깨달아');
    expect(irregularStemRival('일컫어', sp)).toBe('일컬어');
    expect(irregularStemRival('싣어서', sp)).toBe('실어서');
    expect(irregularStemRival('듣으니', sp)).toBe('들으니');
    expect(irregularStemQueries('깨닫아')).toEqual(expect.arrayContaining(['깨닫다', '깨달아']));
  });
  it('not a regular stem the dictionary conjugates (닫아), nor where the ㄹ form or the verb is unlisted', () => {
    expect(irregularStemRival('닫아', sp)).toBeNull();
    expect(irregularStemRival('받아', sp)).toBeNull(); // 발아 is a word, 받다 is not listed here
    expect(irregularStemRival('걷어', sp)).toBeNull();
  });
});

describe('ㅟ and 어 make no contracted syllable', () => {
  const listed = new Set(['사귀다', '사귀어', '바뀌다', '바뀌어서', '쉬다', '쉬었다', '가지다', '가져']);
  const sp = (s: string) => listed.has(s);
  it('사겨 → 사귀어, 바껴서 → 바뀌어서, 쉈다 → 쉬었다', () => {
    expect(irregularStemRival('사겨', sp)).toBe('사귀어');
    expect(irregularStemRival('바껴서', sp)).toBe('바뀌어서');
    expect(irregularStemRival('쉈다', sp)).toBe('쉬었다');
  });
  it('not a right contraction of ㅣ + 어 (가져), nor without the ㅟ verb (겨울, 원)', () => {
    for (const w of ['가져', '겨울', '원', '뭐였다']) expect(irregularStemRival(w, sp), w).toBeNull();
  });
});

describe('an ㅎ-irregular stem drops its ㅎ before -아/-어 (제18항 3)', () => {
  const s = (w: string) => ['하얗다', '하얘서', '빨갛다', '빨갰다', '그렇다', '그래서', '좋다', '좋아서'].includes(w);
  it('하얗어서 → 하얘서, 빨갛았다 → 빨갰다, 그렇어서 → 그래서', () => {
    expect(irregularStemRival('하얗어서', s)).toBe('하얘서');
    expect(irregularStemRival('빨갛았다', s)).toBe('빨갰다');
    expect(irregularStemRival('그렇어서', s)).toBe('그래서');
    expect(irregularStemQueries('하얗어서')).toEqual(expect.arrayContaining(['하얗다', '하얘서']));
  });
  it('not a regular ㅎ stem the dictionary takes (좋아서), nor a merged form it lacks', () => {
    expect(irregularStemRival('좋아서', s)).toBeNull();
    expect(irregularStemRival('노랗아서', s)).toBeNull();
  });
});
