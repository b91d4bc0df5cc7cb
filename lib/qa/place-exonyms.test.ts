import { describe, expect, it } from 'vitest';
import { lostPlaces } from './place-exonyms';
import { missingNameCheck } from './missing-name';
import { keys, runOne } from './testing';

describe('well-known places named as a location (place-exonyms.ts)', () => {
  it('finds a place whose Korean exonym is gone', () => {
    expect(lostPlaces('Thousands marched in downtown Tokyo on Sunday.', '일요일 도심에서 수천 명이 행진했다.')).toEqual([
      { name: 'Tokyo', korean: '도쿄', start: 30, end: 35 },
    ]);
    expect(lostPlaces("She lives in Busan's Haeundae district.", '그는 해운대구에 산다.').map((p) => p.name)).toEqual(['Busan']);
    expect(keys(runOne(missingNameCheck, 'Flooding hit northern Beijing on Monday.', '월요일 북부 지역에 홍수가 났다.'))).toEqual([
      'missing-name:Beijing',
    ]);
  });
  it('accepts the exonym or an older form, and leaves the government sense and plain "in" alone', () => {
    for (const [en, ko] of [
      ['Thousands marched in downtown Tokyo.', '도쿄 도심에서 수천 명이 행진했다.'],
      ['Flooding hit northern Beijing.', '북경 북부에 홍수가 났다.'],
      ["She lives in Seoul's Mapo district.", '그는 서울 마포구에 산다.'],
      ['Tokyo introduced the reform in 2004.', '일본 정부는 2004년 개혁을 도입했다.'],
      ['Officials in Seoul say the timing is no accident.', '정부 당국자들은 시점이 우연이 아니라고 말한다.'],
      ["Washington's attitude has not changed.", '미국의 태도는 바뀌지 않았다.'],
    ])
      expect(lostPlaces(en!, ko!), en).toEqual([]);
  });
});
