import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: a change from X to Y reversed', () => {
  it('flags the two figures of a change written the other way round', () => {
    expect(
      run('The party fell from second to fifth... from 12th to 15th in the poll.', '당은 여론조사에서 15위에서 12위로 밀렸다.'),
    ).toContain('numbers:reversed:15>12');
    expect(run('Inflation eased from 3.1% to 2.8% in May.', '5월 물가상승률은 2.8%에서 3.1%로 둔화했다.')).toContain(
      'numbers:reversed:2.8>3.1',
    );
    expect(run('Membership rose from 4,200 to 5,100 last year.', '회원 수는 지난해 5,100명에서 4,200명으로 늘었다.')).toContain(
      'numbers:reversed:5100>4200',
    );
    expect(run('The rate was cut from 3.5 percent to 3.25 percent.', '금리는 3.25%에서 3.5%로 인하됐다.')).toContain(
      'numbers:reversed:3.25>3.5',
    );
  });
  it('accepts the source order and unrelated 에서', () => {
    expect(run('Inflation eased from 3.1% to 2.8% in May.', '5월 물가상승률은 3.1%에서 2.8%로 둔화했다.')).toEqual([]);
    expect(run('Membership rose from 4,200 to 5,100 last year.', '회원 수는 지난해 4200명에서 5100명으로 늘었다.')).toEqual([]);
    expect(run('The team climbed from 30th to 25th.', '팀 순위는 30위에서 25위로 올랐다.')).toEqual([]);
    expect(run('The rate was cut from 3.5 percent to 3.25 percent.', '금리는 3.5%에서 연 3.25%로 인하됐다.')).toEqual([]);
    // Another change in the same segment, in its own order.
    expect(
      run('Exports rose from 5 to 8 percent, imports from 8 to 5 percent.', '수출은 5%에서 8%로, 수입은 8%에서 5%로 바뀌었다.'),
    ).toEqual([]);
    // 에서 of place, not of a change.
    expect(run('Flights from 3 airports to 12 cities were cut.', '공항 3곳에서 12개 도시로 가는 항공편이 끊겼다.')).toEqual([]);
  });
});
