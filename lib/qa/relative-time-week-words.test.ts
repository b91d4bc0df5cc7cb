// 오는/지난 and week words before a day, and past-perfect weekdays, against the story's date.
import { describe, expect, it } from 'vitest';
import { calendarCheck } from './relative-time-calendar';
import { datelineMonthCheck } from './relative-time-dateline';
import { ctxFor } from './testing';
import type { QaIssue, QaSegment } from './types';

const doc = (...pairs: [string, string][]): QaSegment[] =>
  pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText, state: 'TRANSLATED' }));
const keys = (m: Map<string, QaIssue[]>) => [...m].flatMap(([id, is]) => is.map((i) => `${id}:${i.key}`));

// Wednesday, Oct. 14, 2026 (a full date: relative-time-calendar.ts).
const FULL: [string, string] = ['SEOUL, Wednesday, Oct. 14, 2026 — The agency met on Wednesday.', '기관은 14일 회의를 열었다.'];
const full = (en: string, ko: string) =>
  keys(calendarCheck.run(doc(FULL, ['The board met on Wednesday.', '이사회는 14일 모였다.'], [en, ko]), ctxFor()));
// Tuesday, Dec. 15, with no year (relative-time-dateline.ts).
const LINE: [string, string] = ['The league on Tuesday, Dec. 15, named a new chief.', '리그는 15일 새 대표를 선임했다.'];
const line = (en: string, ko: string) =>
  keys(datelineMonthCheck.run(doc(LINE, ['Fans gathered on Tuesday.', '팬들은 15일 모였다.'], [en, ko]), ctxFor()));

describe('오는 and 지난 before a weekday’s day', () => {
  it('flags a past day said to be coming and a coming day said to be past', () => {
    expect(line('The panel chose two finalists last Friday.', '위원회는 오는 11일 최종 후보 2명을 골랐다.')).toEqual([
      's2:relative-time:week-word:last friday:오는 11일',
    ]);
    expect(line('The team flies out on Saturday.', '대표팀은 지난 19일 출국한다.')).toEqual([
      's2:relative-time:week-word:saturday:지난 19일',
    ]);
    expect(full('The mayor visited the site on Monday.', '시장은 오는 12일 현장을 찾았다.')).toEqual([
      's2:relative-time:week-word:monday:오는 12일',
    ]);
  });
  it('is silent where the word fits the day', () => {
    expect(line('The panel chose two finalists last Friday.', '위원회는 지난 11일 최종 후보 2명을 골랐다.')).toEqual([]);
    expect(line('The team flies out on Saturday.', '대표팀은 오는 19일 출국한다.')).toEqual([]);
    expect(line('The coach met the players on Sunday.', '감독은 지난 13일 선수들을 만났다.')).toEqual([]);
    expect(full('The mayor visited the site on Monday.', '시장은 지난 12일 현장을 찾았다.')).toEqual([]);
    expect(full('The review ends on Friday.', '검토는 오는 16일 끝난다.')).toEqual([]);
    expect(full('The review ends on Friday.', '검토는 16일 끝난다.')).toEqual([]);
  });
});

describe('a week word before a day', () => {
  it('flags a day put in another week', () => {
    expect(line('They arrive in Seoul next Monday, Dec. 21.', '이들은 이번 주 월요일인 21일 서울에 도착한다.')).toEqual([
      's2:relative-time:week-word:next monday:이번 주 월요일인 21일',
    ]);
    expect(line('The draw was held on Thursday, Dec. 10.', '조 추첨은 이번 주 목요일인 10일 열렸다.')).toEqual([
      's2:relative-time:week-word:thursday:이번 주 목요일인 10일',
    ]);
  });
  it('is silent on the right week', () => {
    expect(line('They arrive in Seoul next Monday, Dec. 21.', '이들은 다음 주 월요일인 21일 서울에 도착한다.')).toEqual([]);
    expect(line('The draw was held on Thursday, Dec. 10.', '조 추첨은 지난주 목요일인 10일 열렸다.')).toEqual([]);
    expect(line('They meet on Thursday, Dec. 17.', '이들은 이번 주 목요일인 17일 만난다.')).toEqual([]);
    expect(full('The board meets next Tuesday.', '이사회는 다음 주 화요일 20일 열린다.')).toEqual([]);
  });
});

describe('a weekday of a past-perfect sentence dated after the story', () => {
  it('flags a day after the story’s date', () => {
    expect(full('The US centre had predicted a landfall as early as Saturday.', '미국 센터는 이미 17일에 상륙을 예측했다.')).toEqual([
      's2:relative-time:week-word:saturday:17일',
    ]);
  });
  it('is silent on a day before it, a future in the past, and a plain future', () => {
    expect(full('The US centre had predicted a landfall as early as Saturday.', '미국 센터는 이미 10일에 상륙을 예측했다.')).toEqual([]);
    expect(full('The ministry had said it would decide on Friday.', '부처는 16일 결정하겠다고 밝혔다.')).toEqual([]);
    expect(full('The ministry will decide on Friday.', '부처는 16일 결정한다.')).toEqual([]);
    expect(full('Officials had to wait until Friday.', '관계자들은 16일까지 기다려야 했다.')).toEqual([]);
  });
});

describe('the story’s own day', () => {
  it('may be 지난 or 오는 (published later, or written ahead)', () => {
    expect(line('The league met on Tuesday.', '리그는 지난 15일 회의를 열었다.')).toEqual([]);
    expect(line('The league meets on Tuesday.', '리그는 오는 15일 회의를 연다.')).toEqual([]);
  });
});
