import { describe, expect, it } from 'vitest';
import { marksCheck } from './marks';
import { ctxFor, hasHangul, keys, runOne, seg } from './testing';

describe('marks', () => {
  it('compares bold, italic and link counts when both sides are known', () => {
    const issues = marksCheck.run(
      seg('a', '가', { sourceMarks: { bold: 1, italic: 2, link: 1 }, targetMarks: { bold: 1, italic: 1, link: 0 } }),
      ctxFor([], 'ko'),
    );
    expect(keys(issues)).toEqual(['marks:italic:2:1', 'marks:link:1:0']);
    expect(issues.every((i) => hasHangul(i.message))).toBe(true);
    expect(runOne(marksCheck, 'a', '가', [], { sourceMarks: { bold: 1, italic: 0, link: 0 } })).toEqual([]);
  });
});
