import { describe, expect, it } from 'vitest';
import { relativeTimeCheck } from './relative-time';
import { ctxFor, keys, runOne, seg } from './testing';

const run = (en: string, ko: string) => keys(runOne(relativeTimeCheck, en, ko));

describe('relative-time check', () => {
  it('flags a relative time shifted to another period', () => {
    expect(run('last month it blew up a road', '이달에는 도로를 폭파했다')).toEqual(['relative-time:last-month->this-month']);
    expect(run('local elections next year', '올해 지방선거')).toEqual(['relative-time:next-year->this-year']);
    expect(run('the rest to follow by the end of the year', '나머지는 내년에 보낸다')).toEqual(['relative-time:year-end->next-year']);
    expect(run('in April last year', '올해 4월')).toEqual(['relative-time:last-year->this-year']);
  });
  it('accepts the usual renderings, added or implicit time words', () => {
    expect(run('by the end of the year', '연내에')).toEqual([]);
    expect(run('later this year', '올해 안에')).toEqual([]);
    expect(run('this year', '연내')).toEqual([]);
    expect(run('last year', '작년')).toEqual([]);
    expect(run('in March', '내년 3월')).toEqual([]);
    expect(run('next month', '내달')).toEqual([]);
    expect(run('this year', '이번 협상은')).toEqual([]);
  });
  it('points at both words and speaks Korean', () => {
    const [i] = relativeTimeCheck.run(seg('last month', '이달'), ctxFor([], 'ko'));
    expect(i!.sourceSpan).toEqual({ start: 0, end: 10 });
    expect(i!.targetSpan).toEqual({ start: 0, end: 2 });
    expect(i!.message).toMatch(/“이달”이 있습니다/);
  });
});
