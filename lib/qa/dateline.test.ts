import { describe, expect, it } from 'vitest';
import { datelineEnd } from './dateline';
import { runDocumentChecks } from './index';
import { storyDate } from './story-month';
import type { QaSegment } from './types';

const seg = (id: string, sourceText: string, targetText: string): QaSegment => ({ id, sourceText, targetText, state: 'TRANSLATED' });
const keys = (segments: QaSegment[], id: string) =>
  runDocumentChecks(segments)
    .find((r) => r.segmentId === id)!
    .issues.map((i) => i.key);

describe('a dateline whose place names its country or state', () => {
  const en = 'YEOSU, South Korea, Tuesday, Dec. 8, 2026 — Investigators said on Tuesday they had recovered both recorders.';
  it('is a dateline, and dates the story', () => {
    expect(en.slice(0, datelineEnd(en))).toBe('YEOSU, South Korea, Tuesday, Dec. 8, 2026 —');
    expect(datelineEnd('ALBANY, N.Y., Dec. 3 (AP) -- Lawmakers met.')).toBeGreaterThan(0);
    expect(storyDate([seg('a', en, '조사위는 8일 기록장치를 모두 회수했다고 밝혔다.')])).toEqual({ month: 12, year: 2026 });
  });
  it('leaves its year to the byline: no missing number or dropped clause', () => {
    const k = keys([seg('a', en, '조사위는 8일 기록장치 두 개를 모두 회수했다고 밝혔다.')], 'a');
    expect(k.filter((x) => x.includes('2026') || x.includes('partial'))).toEqual([]);
  });
  it('does not take a list of capitalised names before a dash for a dateline', () => {
    expect(datelineEnd('US, China and Japan, meeting in Seoul, agreed — for now — on a truce.')).toBe(0);
    expect(datelineEnd('Seoul, South Korea — the capital — voted in 2026.')).toBe(0);
    // A year after the dash is the story's own figure.
    const body = 'YEOSU, South Korea, Dec. 8 — The airport opened in 1972.';
    expect(keys([seg('b', body, '공항은 문을 열었다.')], 'b')).toContain('numbers:missing:1972');
  });
});
