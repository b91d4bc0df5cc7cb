import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: two counts swapped between their nouns', () => {
  it('flags figures that changed places between counters', () => {
    expect(run('Floods forced 3,120 residents from 1,480 households to leave.', '홍수로 3120가구 1480명이 대피했다.')).toContain(
      'numbers:counter-swap:3120가구',
    );
    expect(run('Pohang have three wins, one draw and four defeats.', '포항은 4승 1무 3패를 기록했다.')).toContain(
      'numbers:counter-swap:4승',
    );
    expect(run('The storm sank 14 boats and damaged 9 homes.', '폭풍으로 어선 9척이 가라앉고 주택 14채가 부서졌다.')).toContain(
      'numbers:counter-swap:9척',
    );
  });
  it('accepts counts in their places, and a figure shared by two nouns', () => {
    expect(run('Floods forced 3,120 residents from 1,480 households to leave.', '홍수로 1480가구 3120명이 대피했다.')).toEqual([]);
    expect(run('Pohang have three wins, one draw and four defeats.', '포항은 3승 1무 4패를 기록했다.')).toEqual([]);
    expect(run('The side has two wins, a draw and two defeats.', '이 팀은 2승 1무 2패다.')).toEqual([]);
    expect(run('Two people died and two homes burned.', '2명이 숨지고 주택 2채가 탔다.')).toEqual([]);
    expect(run('The storm sank 14 boats and damaged 9 homes.', '폭풍으로 어선 14척이 가라앉고 주택 9채가 부서졌다.')).toEqual([]);
    // A counter the source does not count: not judged.
    expect(run('Four people were hurt in three cars.', '차량 3대에 탄 4명이 다쳤다.')).toEqual([]);
  });
});
