import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: a multiple changed, a count made a percentage', () => {
  it('flags a Korean N배 that is none of the English multiples', () => {
    expect(run('42 days, twice the maximum incubation period', '최대 잠복기의 세 배인 42일')).toContain('numbers:multiple:세 배');
    expect(run('Exports tripled last year.', '지난해 수출이 두 배로 늘었다.')).toContain('numbers:multiple:두 배');
    expect(run('three times as many as the year before', '전년의 4배에 달했다')).toContain('numbers:multiple:4배');
    expect(run('a tenfold rise', '5배 증가')).toContain('numbers:multiple:5배');
  });
  it('leaves the same multiple, ranges, other readings and a sentence with no English multiple alone', () => {
    for (const [en, ko] of [
      ['42 days, twice the maximum incubation period', '최대 잠복기의 두 배인 42일'],
      ['three times as many as the year before', '전년의 3배에 달했다'],
      ['Prices doubled.', '가격이 2배로 뛰었다.'],
      ['a 1.5-fold increase', '1.5배 증가'],
      ['a threefold rise', '세 배 증가'],
      ['Sales rose 200%.', '매출이 3배로 늘었다.'],
      ['Costs rose two- to threefold.', '비용이 두세 배 늘었다.'],
      ['It doubled, then tripled.', '두 배가 됐다가 세 배가 됐다.'],
    ] as const)
      expect(
        run(en, ko).filter((k) => k.startsWith('numbers:multiple')),
        `${en} ↔ ${ko}`,
      ).toEqual([]);
  });
  it('flags a count written as a percentage where the English names no percentage', () => {
    expect(run('Nineteen patients have been hospitalised.', '19%가 입원했다.')).toContain('numbers:unit:19%');
    expect(run('Some 40 schools closed.', '학교 40%가 문을 닫았다.')).toContain('numbers:unit:40%');
  });
  it('leaves percentages the English names, fractions and points alone', () => {
    for (const [en, ko] of [
      ['Nineteen percent were hospitalised.', '19%가 입원했다.'],
      ['Half of the 40 schools closed.', '학교 40곳 가운데 50%가 문을 닫았다.'],
      ['Rates rose 0.25 percentage point to 3.5.', '금리가 0.25%포인트 올라 3.5%가 됐다.'],
      ['The rate stands at 3.5 per cent.', '금리는 3.5%다.'],
      ['a quarter of 20 firms', '20개 기업의 25%'],
      ['Turnout was 65 pct.', '투표율은 65%였다.'],
    ] as const)
      expect(
        run(en, ko).filter((k) => k.startsWith('numbers:unit')),
        `${en} ↔ ${ko}`,
      ).toEqual([]);
  });
});

describe('numbers: a multiple written as a quantity of another unit', () => {
  const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
  it('flags N times the … written as N시간, N년, N명', () => {
    expect(run('Candidates were given 1.5 to 1.7 times the usual time.', '수험생들은 시험 시간을 1.5~1.7시간으로 늘려 받았다.')).toContain(
      'numbers:lost-multiple:1.5~1.7시간',
    );
    expect(run('Rents are now 3 times higher than in 2010.', '임대료는 2010년보다 3년 올랐다.')).toContain('numbers:lost-multiple:3년');
    expect(run('The new line carries 2.5 times as many passengers.', '새 노선은 승객을 2.5명 더 태운다.')).toContain(
      'numbers:lost-multiple:2.5명',
    );
  });
  it('accepts N배, a count of occasions, and a figure the Korean writes both ways', () => {
    expect(run('Candidates were given 1.5 to 1.7 times the usual time.', '수험생들은 시험 시간을 1.5~1.7배로 늘려 받았다.')).toEqual([]);
    expect(run('Rents are now 3 times higher than in 2010.', '임대료는 2010년보다 3배 높다.')).toEqual([]);
    expect(run('The committee met 3 times this week.', '위원회는 이번 주 3차례 회의를 열었다.')).toEqual([]);
    expect(run('Patients take the pill 2 times a day.', '환자들은 하루 2번 약을 먹는다.')).toEqual([]);
    expect(run('Output was 2 times the 2 million tonnes forecast.', '생산량은 예상치 200만t의 2배였다.')).toEqual([]);
  });
  it('accepts a size compared as a count of the things (축구장 530개 넓이), not another count', () => {
    expect(run('The fire burned an area roughly 530 times the size of a soccer field.', '불은 축구장 530개 넓이의 산림을 태웠다.')).toEqual(
      [],
    );
    expect(run('The lake is 40 times the area of Yeouido.', '호수는 여의도 40개 면적이다.')).toEqual([]);
    expect(run('The site is 12 times the size of a football pitch.', '부지는 축구장 12개 크기다.')).toEqual([]);
    // The size compared and a count of another kind, or a multiple of something other than a size.
    expect(run('The fire burned an area 530 times the size of a soccer field.', '불은 산림 530개를 태웠다.')).toContain(
      'numbers:lost-multiple:530개',
    );
    expect(run('The plant makes 30 times the usual output.', '공장은 평소보다 30개 넓이만큼 더 만든다.')).toContain(
      'numbers:lost-multiple:30개',
    );
  });
});
