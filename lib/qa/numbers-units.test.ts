import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { changedUnits, swappedUnits } from './numbers-units';
import { keys, runOne } from './testing';

const SRC = 'His fastball averaged 153 kilometres an hour (95 mph) last season.';

describe('swappedUnits', () => {
  it('flags two measures swapped between their units (153 km/h (95 mph) → 95㎞(153마일))', () => {
    expect(swappedUnits(SRC, '직구 평균 구속은 시속 95㎞(153마일)였다.').map((u) => [u.text, u.want])).toEqual([
      ['95㎞', 153],
      ['153마일', 95],
    ]);
    expect(swappedUnits('a 90 kg (198 lb) boxer', '198㎏(90파운드)의 권투 선수').map((u) => u.text)).toEqual(['198㎏', '90파운드']);
  });
  it('leaves right measures, converted ones and units of other kinds alone', () => {
    expect(swappedUnits(SRC, '직구 평균 구속은 시속 153㎞(95마일)였다.')).toEqual([]);
    expect(swappedUnits(SRC, '직구 평균 구속은 시속 153km였다.')).toEqual([]);
    // A number the English gives without a unit of that kind is the numbers check's, not a swap.
    expect(swappedUnits('He ran 10 km in 40 minutes.', '그는 40㎞를 10분에 달렸다.')).toEqual([]);
    expect(swappedUnits('153 km/h and 30 kg', '30㎞와 153㎏')).toEqual([]);
  });
  it('is reported by the numbers check', () => {
    expect(keys(runOne(numbersCheck, SRC, '지난 시즌 직구 평균 구속은 시속 95㎞(153마일)였다.'))).toEqual([
      'numbers:unit-swap:95㎞',
      'numbers:unit-swap:153마일',
    ]);
  });
  it('flags a unit changed with its number kept (40 to 50 meters → 40~50㎞), not a conversion', () => {
    const src = 'mostly in tunnels 40 to 50 meters underground, at 180 km/h';
    expect(changedUnits(src, '지하 40~50㎞ 깊이의 터널을 시속 180㎞로').map((u) => [u.text, u.want.en])).toEqual([['50㎞', 'metres']]);
    expect(changedUnits('a 30 kg bag', '30파운드짜리 가방').map((u) => u.text)).toEqual(['30파운드']);
    expect(changedUnits(src, '지하 40~50m 깊이의 터널을 시속 180㎞로')).toEqual([]);
    expect(changedUnits('a 5-mile run (8 km)', '8㎞(5마일) 달리기')).toEqual([]);
    expect(changedUnits('It weighs 50 kg and flies 50 km.', '무게 50㎏에 50㎞를 난다')).toEqual([]);
    // A swap is swappedUnits' alone.
    expect(changedUnits(SRC, '직구 평균 구속은 시속 95㎞(153마일)였다.')).toEqual([]);
    expect(keys(runOne(numbersCheck, src, '지하 40~50㎞ 깊이의 터널을 시속 180㎞로'))).toEqual(['numbers:unit-change:50㎞']);
  });
});
