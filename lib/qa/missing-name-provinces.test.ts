import { describe, expect, it } from 'vitest';
import { missingNameCheck } from './missing-name';
import { keys, runOne } from './testing';

// One key per name (the institution pass may report the same province a second time).
const run = (en: string, ko: string) => [...new Set(keys(runOne(missingNameCheck, en, ko, [])))];

describe('missing-name check: the half of a divided province abbreviated (경남, 전북, 충남)', () => {
  it('takes the abbreviation of the half the English names for the province', () => {
    expect(
      run('The shipyard in Geoje, South Gyeongsang Province, hired 300 welders.', '경남 거제의 조선소는 용접공 300명을 뽑았다.'),
    ).toEqual([]);
    expect(run('Farmers in North Jeolla Province planted less rice this year.', '전북 지역 농민들은 올해 벼를 덜 심었다.')).toEqual([]);
    expect(run('A new line will run through South Chungcheong Province.', '새 노선은 충남을 지나게 된다.')).toEqual([]);
    expect(run('Rain hit North Gyeongsang Province on Sunday.', '일요일 경북 지역에 비가 내렸다.')).toEqual([]);
    expect(run('Floods struck South Hamgyong Province last week.', '지난주 함남 일대에 홍수가 났다.')).toEqual([]);
    // The full name stays accepted as before.
    expect(run('The plant is in South Gyeongsang Province.', '공장은 경상남도에 있다.')).toEqual([]);
  });
  it('still warns when the province is lost, or only the other half or another word is there', () => {
    expect(run('The shipyard in Geoje, South Gyeongsang Province, hired 300 welders.', '거제의 조선소는 용접공 300명을 뽑았다.')).toEqual([
      'missing-name:Gyeongsang Province',
    ]);
    // The other half: not this province's abbreviation.
    expect(run('Farmers in North Jeolla Province planted less rice.', '전남 지역 농민들은 벼를 덜 심었다.')).toEqual([
      'missing-name:Jeolla Province',
    ]);
    // The syllables inside a longer word do not count (전북 must start a word).
    expect(run('Farmers in North Jeolla Province planted less rice.', '완전북쪽 농민들은 벼를 덜 심었다.')).toEqual([
      'missing-name:Jeolla Province',
    ]);
    // Without North or South in the English, 경남 is not taken for Gyeongsang Province's own name.
    expect(run('Fish prices in Gyeongsang Province rose.', '경남 지역 생선값이 올랐다.')).toEqual(['missing-name:Gyeongsang Province']);
  });
});
