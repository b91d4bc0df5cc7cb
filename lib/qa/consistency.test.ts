import { describe, expect, it } from 'vitest';
import { consistencyCheck } from './consistency';
import { ctxFor } from './testing';
import type { QaSegment } from './types';

const s = (id: string, sourceText: string, targetText: string): QaSegment => ({ id, sourceText, targetText, state: 'DRAFT' });

describe('consistency check', () => {
  it('flags segments that depart from the most frequent translation of the same source', () => {
    const out = consistencyCheck.run(
      [s('1', 'Latest News', '최신 뉴스'), s('2', 'latest  news', '새 소식'), s('3', 'Latest News', '최신 뉴스'), s('4', 'Other', '기타')],
      ctxFor(),
    );
    expect([...out.keys()]).toEqual(['2']);
    const issue = out.get('2')![0]!;
    expect(issue.relatedSegmentId).toBe('1');
    expect(issue.key).toMatch(/^consistency:differs:/);
    expect(issue.message).toContain('최신 뉴스');
  });

  it('ignores spacing differences, blank targets and unique sources', () => {
    const out = consistencyCheck.run([s('1', 'A b', '가 나'), s('2', 'A b', ' 가  나 '), s('3', 'A b', ''), s('4', 'C', '다')], ctxFor());
    expect(out.size).toBe(0);
  });

  it('takes the earliest translation as the reference on a tie', () => {
    const out = consistencyCheck.run([s('1', 'X', '가'), s('2', 'X', '나')], ctxFor([], 'ko'));
    expect([...out.keys()]).toEqual(['2']);
    expect(out.get('2')![0]!.message).toContain('세그먼트 1');
  });
});
