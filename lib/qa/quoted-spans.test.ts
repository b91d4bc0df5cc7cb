import { describe, expect, it } from 'vitest';
import { insideSpans, quotedSpans } from './quoted-spans';

describe('quoted stretches', () => {
  it('runs from an opening mark to its closing one, or to the end when never closed', () => {
    const t = '그는 “좋다”고 했고 『책』을 냈다. “끝';
    expect(quotedSpans(t)).toEqual([
      [3, 6],
      [12, 14],
      [21, 23],
    ]);
    expect(quotedSpans('“가 “나” 다”', { '“': '”' })).toEqual([[0, 5]]);
    expect(quotedSpans('”가 나')).toEqual([]);
  });
  it('tells positions asked in increasing order inside or outside', () => {
    const inside = insideSpans(quotedSpans('가 “나” 다'));
    expect([0, 2, 3, 4, 5].map(inside)).toEqual([false, false, true, true, false]);
  });
});
