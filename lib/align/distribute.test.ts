import { describe, expect, it } from 'vitest';
import { distributeText, splitSentences } from './distribute';

describe('splitSentences', () => {
  it('splits at sentence ends and keeps every character', () => {
    const text = '북한이 미사일을 쐈다. 남한은 “유감”이라고 했다! 왜일까? 끝';
    const parts = splitSentences(text);
    expect(parts).toEqual(['북한이 미사일을 쐈다. ', '남한은 “유감”이라고 했다! ', '왜일까? ', '끝']);
    expect(parts.join('')).toBe(text);
  });

  it('does not split after dotted abbreviations', () => {
    expect(splitSentences('The U.S. President spoke. Then he left.')).toEqual(['The U.S. President spoke. ', 'Then he left.']);
  });
});

describe('distributeText', () => {
  it('gives one part per weight, by sentence, in proportion', () => {
    const text = '첫 문장은 짧다. 두 번째 문장은 조금 더 길다. 세 번째 문장은 가장 길고 내용도 많다.';
    const [a, b] = distributeText(text, [10, 40]);
    expect(a).toBe('첫 문장은 짧다.');
    expect(b).toBe('두 번째 문장은 조금 더 길다. 세 번째 문장은 가장 길고 내용도 많다.');
    expect(distributeText(text, [100])).toEqual([text]);
  });

  it('never loses text, and leaves later parts empty when there are too few sentences', () => {
    const text = '한 문장뿐이다.';
    expect(distributeText(text, [5, 5, 5])).toEqual(['한 문장뿐이다.', '', '']);
    const long = Array.from({ length: 9 }, (_, i) => `문장 ${i}.`).join(' ');
    const parts = distributeText(long, [1, 1, 1]);
    expect(parts.join(' ')).toBe(long);
    expect(parts.every((p) => p.length > 0)).toBe(true);
  });
});
