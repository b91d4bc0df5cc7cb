import { describe, expect, it } from 'vitest';
import { lostCities, lostPlaces } from './place-exonyms';
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

  it('finds another world city named as a location that the Korean lost, or turned into its country', () => {
    const en = 'Most of them went through the port of Rajin and on to Vladivostok.';
    expect(lostCities(en, '상당량이 나진항을 거쳐 러시아로 옮겨졌다.').map((c) => c.name)).toEqual(['Vladivostok']);
    expect(keys(runOne(missingNameCheck, en, '상당량이 나진항을 거쳐 러시아로 옮겨졌다.'))).toEqual(['missing-name:Vladivostok']);
    expect(lostCities('A rally in Munich drew crowds.', '집회에 인파가 몰렸다.').map((c) => c.name)).toEqual(['Munich']);
  });
  it('accepts a Korean exonym close to the English, and leaves capitals, countries and a city after “to” alone', () => {
    for (const [en, ko] of [
      ['Most of them went on to Vladivostok.', '상당량이 블라디보스토크로 옮겨졌다.'],
      ['Talks were held in Geneva.', '회담은 제네바에서 열렸다.'],
      ['A rally in Munich drew crowds.', '뮌헨 집회에 인파가 몰렸다.'],
      ['A summit in Vienna ended.', '빈 정상회의가 끝났다.'],
      ['It opened a plant in Chicago.', '시카고에 공장을 열었다.'],
      ['Officials in Kyiv said so.', '우크라이나 당국자들은 그렇게 말했다.'],
      ['Shells were shipped to Russia.', '포탄이 러시아로 보내졌다.'],
      ['The letter was sent to Vladivostok.', '서한은 러시아 당국에 보내졌다.'],
      ['Most of them went on to Vladivostok.', '상당량이 Vladivostok으로 옮겨졌다.'],
    ])
      expect(lostCities(en!, ko!), en).toEqual([]);
  });
});
