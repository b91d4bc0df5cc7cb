import { describe, expect, it } from 'vitest';
import { afterSinoSuffix, isSinoSuffix, lawSyllable, suffixFits } from './sino-suffixes';

describe('one-syllable Sino-Korean suffixes after a pair', () => {
  it('knows the compound search’s Sino-Korean suffixes and 등 (燈), not native ones or -기', () => {
    expect(isSinoSuffix('장')).toBe(true);
    expect(isSinoSuffix('층')).toBe(true);
    expect(isSinoSuffix('등')).toBe(true);
    expect(isSinoSuffix('들')).toBe(false);
    expect(isSinoSuffix('기')).toBe(false);
    expect(isSinoSuffix('하')).toBe(false);
  });

  it('writes 율 after a vowel or ㄴ and 률 elsewhere (한글 맞춤법 제11항 붙임 1)', () => {
    expect(suffixFits('사', '율')).toBe(true);
    expect(suffixFits('인', '율')).toBe(true);
    expect(suffixFits('망', '률')).toBe(true);
    expect(suffixFits('사', '률')).toBe(false);
    expect(suffixFits('망', '율')).toBe(false);
    expect(suffixFits('망', '장')).toBe(true);
  });

  it('writes the suffix 열 (列, 熱) only after a vowel or ㄴ (대기열, 발권열; 행렬 elsewhere)', () => {
    expect(isSinoSuffix('열')).toBe(true);
    expect(suffixFits('기', '열')).toBe(true);
    expect(suffixFits('권', '열')).toBe(true);
    expect(suffixFits('행', '열')).toBe(false);
    expect(suffixFits('직', '열')).toBe(false);
    expect(suffixFits('객', '열')).toBe(false);
  });

  it('knows the syllables the initial-sound law rewrites at a part’s start (녀, 락), not others', () => {
    expect(lawSyllable('녀')).toBe(true);
    expect(lawSyllable('락')).toBe(true);
    expect(lawSyllable('나')).toBe(false); // ㄴ before ㅏ stays
    expect(lawSyllable('판')).toBe(false);
  });

  it('gives what follows the suffix, or null', () => {
    expect(afterSinoSuffix('판', '장에서')).toBe('에서');
    expect(afterSinoSuffix('사', '율')).toBe('');
    expect(afterSinoSuffix('사', '률이')).toBeNull();
    expect(afterSinoSuffix('판', '기를')).toBeNull();
    expect(afterSinoSuffix('판', '')).toBeNull();
  });
});
