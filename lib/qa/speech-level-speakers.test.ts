import { describe, expect, it } from 'vitest';
import { quoteSlips } from './speech-level-quotes';
import { sentenceStart, speakerIndex, subjectAfter, subjectIn } from './speech-level-speakers';

const spansOf = (t: string) => [...t.matchAll(/“[^“”]*”/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);

describe('speaker index of a paragraph', () => {
  const t = '회의가 끝났다. 노상우 대표는 “가격을 정했습니다. 곧 발표합니다”라고 말했다. 이어 “목표는 1만 명”이라고 김 씨가 덧붙였다.';
  const ix = speakerIndex(t, spansOf(t));
  const [q1, q2] = spansOf(t);
  it('finds the sentence start, skipping full stops inside quotations', () => {
    expect(t.slice(sentenceStart(ix, q1![0])).startsWith('노상우 대표는')).toBe(true);
    expect(t.slice(sentenceStart(ix, q2![0])).startsWith('이어')).toBe(true);
  });
  it('names the speaker before a quote, and sees one after it', () => {
    expect(subjectIn(ix, sentenceStart(ix, q1![0]), q1![0], () => null, new Set())).toEqual({ key: '노 대표', person: true });
    expect(subjectIn(ix, sentenceStart(ix, q2![0]), q2![0], () => null, new Set())).toBeNull();
    expect(subjectAfter(ix, q2![1])).toBe(true);
    expect(subjectAfter(ix, q1![1])).toBe(false);
  });
  it('stays linear on thousands of quotations in one paragraph', () => {
    const long = '그는 “좋습니다. 좋다”라고 말했다. '.repeat(4000);
    const t0 = Date.now();
    quoteSlips([long]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
