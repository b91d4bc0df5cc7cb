import { describe, expect, it } from 'vitest';
import { alphanumericCheck } from './alphanumeric';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: match minutes counted per half', () => {
  it('accepts a second-half minute written from the half’s own clock', () => {
    expect(run('Ulsan scored in the 62nd minute.', '울산은 후반 17분 골을 넣었다.')).toEqual([]);
    expect(run('Park headed in the equaliser in the 88th minute.', '박 선수는 후반 43분 헤딩 동점골을 넣었다.')).toEqual([]);
    expect(
      run('Jeonbuk led from the 12th minute and doubled it in the 71st.', '전북은 전반 12분 앞서 나간 뒤 후반 26분 추가골을 넣었다.'),
    ).toEqual([]);
    // The kick-off clock is fine too.
    expect(run('Ulsan scored in the 62nd minute.', '울산은 62분에 골을 넣었다.')).toEqual([]);
  });
  it('accepts stoppage time counted from 45 or kept as stoppage time', () => {
    expect(run('The winner came two minutes into stoppage time.', '결승골은 후반 47분에 나왔다.')).toEqual([]);
    expect(run('The winner came two minutes into stoppage time.', '결승골은 후반 추가시간 2분에 나왔다.')).toEqual([]);
    expect(run('He scored four minutes into injury time.', '그는 후반 추가시간 4분 골을 넣었다.')).toEqual([]);
  });
  it('flags a second-half minute converted wrongly', () => {
    expect(run('Ulsan scored in the 62nd minute.', '울산은 후반 27분 골을 넣었다.')).toContain('numbers:missing:62');
    expect(run('The winner came two minutes into stoppage time.', '결승골은 후반 49분에 나왔다.')).toContain('numbers:missing:2');
  });
  it('flags a first-half minute put in the second half', () => {
    expect(run('Suwon went ahead in the 21st minute.', '수원은 후반 21분 선제골을 넣었다.')).toContain('numbers:half:21');
    expect(
      run('Jeonbuk led from the 12th minute and doubled it in the 71st.', '전북은 후반 12분 앞서 나간 뒤 후반 26분 추가골을 넣었다.'),
    ).toContain('numbers:half:12');
  });
  it('does not read other ordinals or halves as match minutes', () => {
    expect(run('Suwon went ahead in the 21st minute.', '수원은 전반 21분 선제골을 넣었다.')).toEqual([]);
    // 후반 for the second half of a year, a 21st century: no minute.
    expect(run('Sales rose 21 percent in the second half.', '후반기 매출이 21% 늘었다.')).toEqual([]);
    expect(run('It is the 21st edition of the festival.', '축제는 올해 21회째다.')).toEqual([]);
    // A minute past 45 named as the second half's: the source names the 66th too.
    expect(run('He scored in the 21st and 66th minutes.', '그는 전반 21분과 후반 21분 골을 넣었다.')).toEqual([]);
  });
});

describe('an age group (under-21, U-23)', () => {
  it('lets Korean write its figure and its code', () => {
    expect(run("He coached Spain's under-19 side for two years.", '그는 스페인 19세 이하(U-19) 대표팀을 2년간 지도했다.')).toEqual([]);
    expect(run('Under-20 coach Lee has led the team since May.', '이 U-20 대표팀 감독은 5월부터 팀을 이끌었다.')).toEqual([]);
    expect(keys(runOne(alphanumericCheck, "He coached Spain's under-19 side.", '그는 스페인 19세 이하(U-19) 대표팀을 지도했다.'))).toEqual(
      [],
    );
    expect(keys(runOne(alphanumericCheck, 'The Under 17s drew.', 'U-17 대표팀은 비겼다.'))).toEqual([]);
    // Not required: 19세 이하 alone renders it.
    expect(keys(runOne(alphanumericCheck, "He coached Spain's under-19 side.", '그는 스페인 19세 이하 대표팀을 지도했다.'))).toEqual([]);
  });
  it('still flags another age group or figure', () => {
    expect(keys(runOne(alphanumericCheck, "He coached Spain's under-19 side.", '그는 스페인 U-21 대표팀을 지도했다.'))).toEqual([
      'alphanumeric:extra:U21',
    ]);
    expect(run("He coached Spain's under-19 side.", '그는 스페인 21세 이하 대표팀을 지도했다.')).toContain('numbers:extra:21');
  });
});
