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
});
