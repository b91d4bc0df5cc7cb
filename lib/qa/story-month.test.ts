import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { monthAsWord, storyDate, storyMonth } from './story-month';
import type { QaSegment } from './types';

const seg = (id: string, sourceText: string, targetText: string): QaSegment => ({ id, sourceText, targetText, state: 'TRANSLATED' });
const monthKeys = (segments: QaSegment[], id: string) =>
  runDocumentChecks(segments)
    .find((r) => r.segmentId === id)!
    .issues.map((i) => i.key)
    .filter((k) => k.includes('month'));

describe('story month', () => {
  it('reads the dateline, else the first weekday the source dates itself', () => {
    expect(storyMonth([seg('a', 'BUSAN, Friday, March 6, 2026 — Exports rose.', '수출이 늘었다.')])).toBe(3);
    expect(storyMonth([seg('a', 'SEOUL, Dec. 3 (Yonhap) -- It fired.', '발사했다.')])).toBe(12);
    expect(storyMonth([seg('a', 'It met.', '만났다.'), seg('b', 'The vote is on Tuesday 17 March.', '투표는 17일이다.')])).toBe(3);
    // A month with no date of the story's own: none.
    expect(storyMonth([seg('a', 'In November, ships called on Monday.', '11월에는 월요일에 배가 들어왔다.')])).toBeNull();
  });

  it('takes 지난달, 이달, 다음 달 for the month they name from the story month, not inside other words', () => {
    expect(monthAsWord('지난달에만 41척이 들어왔다', 11, 12)).toBe(true);
    expect(monthAsWord('이달 말 발표한다', 12, 12)).toBe(true);
    expect(monthAsWord('다음 달부터 걷는다', 1, 12)).toBe(true);
    expect(monthAsWord('지난달에만 41척이 들어왔다', 10, 12)).toBe(false);
    expect(monthAsWord('이달에만 41척이 들어왔다', 11, 12)).toBe(false);
    expect(monthAsWord('차들이 내달렸다', 1, 12)).toBe(false);
    expect(monthAsWord('지난달에만 41척이 들어왔다', 11, null)).toBe(false);
  });

  it('lets the numbers check take a month word for a month near the dateline, and only the right one', () => {
    const head = seg(
      'h',
      'JEJU, Thursday, Dec. 3, 2026 — Arrivals rose, the province said on Thursday.',
      '관광객이 늘었다고 도가 3일 밝혔다.',
    );
    const doc = (ko: string) => [head, seg('p', 'Forty-one ships called at Jeju in November alone.', ko)];
    expect(monthKeys(doc('지난달에만 크루즈선 41척이 제주에 들어왔다.'), 'p')).toEqual([]);
    expect(monthKeys(doc('11월에만 크루즈선 41척이 제주에 들어왔다.'), 'p')).toEqual([]);
    expect(monthKeys(doc('이달에만 크루즈선 41척이 제주에 들어왔다.'), 'p')).toEqual(['numbers:missing:month:11']);
    // Without a dateline the month word cannot be placed: the month is still asked for.
    expect(monthKeys([seg('p', 'Forty-one ships called at Jeju in November alone.', '지난달에만 크루즈선 41척이 들어왔다.')], 'p')).toEqual(
      ['numbers:missing:month:11'],
    );
  });

  it('reads a programme’s or edition’s own dated heading, with its year, as the story date', () => {
    const head = (src: string, i = 1) => {
      const segs = [
        seg('h', 'Steel prices slide', '철강 가격 하락'),
        seg('d', src, '방송'),
        seg('b', 'The ministry said on Friday, Jan. 8, 2027 it would act.', '부처는 밝혔다.'),
      ];
      if (i === 0) segs.splice(0, 1);
      return storyDate(segs);
    };
    expect(head('Market Hour, Tuesday 3 March 2026: steel prices fell again')).toEqual({ month: 3, year: 2026 });
    expect(head('Thursday, Oct. 8, 2026 — Weekly briefing')).toEqual({ month: 10, year: 2026 });
    expect(head('Evening Edition, Monday, June 1, 2026')).toEqual({ month: 6, year: 2026 });
    // A weekday date inside a sentence, or with no year, is no heading: the first dated weekday, without a year.
    expect(head('The plant reopened on Tuesday, March 3, 2026, after repairs.')).toEqual({ month: 3, year: null });
    expect(head('Market Hour, Tuesday 3 March: steel prices fell again')).toEqual({ month: 3, year: null });
    expect(head('The plant reopened on Tuesday, March 3, 2026 — after repairs.')).toEqual({ month: 3, year: null });
  });
});
