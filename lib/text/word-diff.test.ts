import { describe, expect, it } from 'vitest';
import { splitParticle, tokenizeKorean, wordDiff } from './word-diff';

const changed = (parts: ReturnType<typeof wordDiff>) => ({
  removed: parts.filter((p) => p.removed).map((p) => p.value),
  added: parts.filter((p) => p.added).map((p) => p.value),
});

describe('Korean tokenisation', () => {
  it('splits an eojeol into stem and particle, longest particle first', () => {
    expect(splitParticle('권정근은')).toEqual(['권정근', '은']);
    expect(splitParticle('서울에서는')).toEqual(['서울', '에서는']);
    expect(splitParticle('북한으로')).toEqual(['북한', '으로']);
    expect(splitParticle('은')).toEqual(['은']);
    expect(splitParticle('WFP')).toEqual(['WFP']);
  });

  it('concatenates back to the input exactly', () => {
    const text = '권정근은 “북한의  입장”을 밝혔다.\n다음 날, WFP는 말했다';
    expect(tokenizeKorean(text).join('')).toBe(text);
  });
});

describe('wordDiff', () => {
  it('shows a changed particle, not the whole eojeol', () => {
    expect(changed(wordDiff('권정근은 말했다.', '권정근이 말했다.'))).toEqual({ removed: ['은'], added: ['이'] });
  });

  it('shows a replaced word in Korean', () => {
    expect(changed(wordDiff('북한의 입장도 밝혔다', '북한의 태도도 밝혔다'))).toEqual({ removed: ['입장'], added: ['태도'] });
  });

  it('diffs English by words, keeping whitespace', () => {
    const parts = wordDiff('The quick fox', 'The slow fox');
    expect(changed(parts)).toEqual({ removed: ['quick'], added: ['slow'] });
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe('The quick fox');
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe('The slow fox');
  });

  it('keeps both sides reconstructible for Korean', () => {
    const a = '오늘의 한반도, 서울과 평양';
    const b = '오늘날의 한반도: 서울과 평양은';
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(b);
  });
});
