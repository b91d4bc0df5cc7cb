import { describe, expect, it } from 'vitest';
import { extractAnchors } from './anchors';
import { englishNameKeys, hangulSkeleton, koreanNameKeys, skeleton } from './names';

describe('names without Hangul in the English', () => {
  it('gives romanisation variants the same skeleton', () => {
    expect(skeleton('Kim Jong-un')).toBe(hangulSkeleton('김정은'));
    expect(skeleton('Han Duck-soo')).toBe(hangulSkeleton('한덕수'));
    expect(skeleton('Yoon Suk Yeol')).toBe(hangulSkeleton('윤석열'));
    expect(skeleton('Trump')).toBe(hangulSkeleton('트럼프'));
    expect(skeleton('Kim Jong-un')).not.toBe(hangulSkeleton('김여정'));
  });

  it('finds a name with a particle attached, and not verbs or a lone given name', () => {
    expect(koreanNameKeys('김정은은 말했다')).toContain(skeleton('Kim Jong-un'));
    expect(koreanNameKeys('예상되는 결과')).toEqual([]);
    expect(englishNameKeys('leader Kim Jong-un said')).toEqual([skeleton('Kim Jong-un')]);
  });

  it('anchors "Kim Jong-un" to 김정은 across the document', () => {
    const a = extractAnchors(['Kim Jong-un oversaw the test.', 'Markets fell.'], ['증시가 내렸다.', '김정은 위원장이 시험을 참관했다.']);
    const tokens = (ids: Int32Array) => [...ids].map((id) => a.tokens[id]);
    expect(tokens(a.source[0]!)).toEqual(tokens(a.target[1]!));
    expect(tokens(a.source[0]!)).toHaveLength(1);
    expect(tokens(a.target[0]!)).toEqual([]);
  });
});
