import { describe, expect, it } from 'vitest';
import { charLength, countSentences, sideFeatures, span } from './features';

describe('features', () => {
  it('counts characters without whitespace', () => {
    expect(charLength('a b\u00a0c\n')).toBe(3);
    expect(charLength('북한 외무성')).toBe(5);
  });

  it('counts English sentences, not abbreviations', () => {
    expect(countSentences('U.S. President Donald Trump talked. Kim wrote a letter.', false)).toBe(2);
    expect(countSentences('Talks between North Korea and the U.S. The result may decide.', false)).toBe(2);
    expect(countSentences('Seoul’s proposals through the U.N. World Food Program, but no.', false)).toBe(1);
    expect(countSentences('A “new path,” instead. Then “more.” Done', false)).toBe(3);
    expect(countSentences('Korean Peninsula A to Z', false)).toBe(1);
    expect(countSentences('  ', false)).toBe(0);
  });

  it('counts Korean sentences', () => {
    expect(countSentences('협상은 결렬됐다. 양측 모두 양보할 뜻이 없었다.', true)).toBe(2);
    expect(countSentences('그는 “전쟁 연습”이라고 했다. 끝!', true)).toBe(2);
  });

  it('stores prefix sums so spans are O(1)', () => {
    const f = sideFeatures(['One. Two.', 'Three.'], false);
    expect(f.count).toBe(2);
    expect(span(f.sentences, 0, 2)).toBe(3);
    expect(span(f.chars, 1, 1)).toBe(6);
  });
});
