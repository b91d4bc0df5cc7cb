import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: the half of the day (a.m./p.m. → 오전/오후)', () => {
  it('flags an hour put in the other half of the day', () => {
    expect(run('The quake struck at 3:10 a.m.', '지진은 오후 3시 10분 발생했다.')).toContain('numbers:meridiem:3:10');
    expect(run('The rally starts at 7 p.m. on Friday.', '집회는 금요일 오전 7시 시작한다.')).toContain('numbers:meridiem:7:0');
    expect(run('Voting ends at 8 p.m.', '투표는 아침 8시 끝난다.')).toContain('numbers:meridiem:8:0');
    expect(run('The ferry left at 5:30 a.m.', '여객선은 저녁 5시 반 출항했다.')).toContain('numbers:meridiem:5:30');
  });
  it('accepts the usual words for each half', () => {
    expect(run('The quake struck at 3:10 a.m.', '지진은 새벽 3시 10분 발생했다.')).toEqual([]);
    expect(run('The quake struck at 3:10 a.m.', '지진은 오전 3시 10분 발생했다.')).toEqual([]);
    expect(run('The rally starts at 7 p.m. on Friday.', '집회는 금요일 저녁 7시 시작한다.')).toEqual([]);
    expect(run('Trains ran from 6 a.m. to 11 p.m.', '열차는 오전 6시부터 밤 11시까지 운행했다.')).toEqual([]);
    expect(run('Shops open at 9 a.m. and close at 9 p.m.', '상점은 오전 9시에 열고 오후 9시에 닫는다.')).toEqual([]);
    expect(run('The talks ran from 10 a.m. to 4 p.m.', '회담은 아침 10시부터 오후 4시까지 이어졌다.')).toEqual([]);
  });
  it('does not judge noon, midnight, 낮 or an early 밤', () => {
    expect(run('It ended at 12 a.m.', '행사는 밤 12시 끝났다.')).toEqual([]);
    expect(run('The shift ends at 12 p.m.', '근무는 낮 12시 끝난다.')).toEqual([]);
    expect(run('The fire broke out at 1 a.m.', '불은 밤 1시께 났다.')).toEqual([]);
  });
});

describe('numbers: the length of a period (years, months, weeks)', () => {
  it('flags a period given in another unit', () => {
    expect(run('Repayments can be deferred for up to six months.', '상환을 최대 6년간 유예할 수 있다.')).toContain('numbers:period:6:year');
    expect(run('The repairs will take three weeks.', '수리에는 3개월이 걸린다.')).toContain('numbers:period:3:month');
    expect(run('He served two years in prison.', '그는 2주간 복역했다.')).toContain('numbers:period:2:week');
    expect(run('The ban lasts 18 months.', '금지 기간은 18년이다.')).toContain('numbers:period:18:year');
  });
  it('accepts the same unit, other counters and a period written in parts', () => {
    expect(run('Repayments can be deferred for up to six months.', '상환을 최대 6개월간 유예할 수 있다.')).toEqual([]);
    expect(run('Repayments can be deferred for up to six months.', '상환을 최대 여섯 달 유예할 수 있다.')).toEqual([]);
    expect(run('The ban lasts 18 months.', '금지 기간은 1년 6개월이다.')).not.toContain('numbers:period:18:year');
    expect(run('The repairs will take three weeks.', '수리에는 3주가 걸린다.')).toEqual([]);
    expect(run('He served two years in prison.', '그는 2년간 복역했다.')).toEqual([]);
    expect(run('The 52-year-old signed for two years.', '52세 감독은 2년 계약에 서명했다.')).toEqual([]);
    expect(run('It is the first such storm in eight years.', '이런 태풍은 8년 만에 처음이다.')).toEqual([]);
    // A figure the source gives in two units: both written.
    expect(run('Two years and two months later, it reopened.', '2년 2개월 뒤 다시 문을 열었다.')).toEqual([]);
    // A year in a date is no period.
    expect(run('Three months later, in 2025, it closed.', '3개월 뒤인 2025년 문을 닫았다.')).toEqual([]);
  });
});

describe('numbers: an afternoon hour on the 24-hour clock (5:45 p.m. → 17시 45분)', () => {
  it('accepts the hour plus twelve for a p.m. time', () => {
    expect(run('The polls close at 6 p.m.', '투표는 18시에 마감된다.')).toEqual([]);
    expect(run('The last train leaves at 11:20 p.m.', '막차는 23시 20분에 출발한다.')).toEqual([]);
    expect(run('The briefing began at 2:30 p.m. on Monday.', '브리핑은 월요일 14시 30분에 시작됐다.')).toEqual([]);
  });
  it('still flags a morning hour written as an afternoon one, or the wrong hour', () => {
    expect(run('The quake struck at 5:10 a.m.', '지진은 17시 10분에 발생했다.')).toContain('numbers:missing:5');
    expect(run('The polls close at 6 p.m.', '투표는 16시에 마감된다.')).toContain('numbers:missing:6');
    expect(run('Six people were hurt at 3 p.m.', '15명이 다쳤다.')).toContain('numbers:missing:6');
  });
});
