import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: “… and a half” (한 공기 반, 두 시간 반, 2년 반)', () => {
  it('flags a whole changed before 반', () => {
    expect(run('That is roughly a bowl and a half of rice.', '밥으로 치면 두 공기 반 정도다.')).toContain('numbers:half:2.5');
    expect(run('The meeting lasted an hour and a half.', '회의는 세 시간 반 동안 이어졌다.')).toContain('numbers:half:3.5');
    expect(run('He served two and a half years in prison.', '그는 3년 반 동안 복역했다.')).toContain('numbers:half:3.5');
    expect(run('She drank a cup and a half of coffee.', '그는 커피를 두 잔 반 마셨다.')).toContain('numbers:half:2.5');
  });
  it('accepts the same amount, a clock time, a class and a plain half', () => {
    expect(run('That is roughly a bowl and a half of rice.', '밥으로 치면 한 공기 반 정도다.')).toEqual([]);
    expect(run('The meeting lasted an hour and a half.', '회의는 한 시간 반 동안 이어졌다.')).toEqual([]);
    expect(run('He served two and a half years in prison.', '그는 2년 반 동안 복역했다.')).toEqual([]);
    expect(
      run('The talks, which began at 5:30 p.m., lasted an hour and a half.', '오후 다섯 시 반에 시작된 회담은 한 시간 반 동안 이어졌다.'),
    ).not.toContain('numbers:half:5.5');
    expect(run('A class and a half of pupils, 45 in all, were sent home.', '3학년 2반 학생 등 45명이 귀가 조치됐다.')).not.toContain(
      'numbers:half:2.5',
    );
    expect(run('Half of them left.', '그중 절반이 떠났다.')).toEqual([]);
    expect(run('It took an hour and a half.', '1시간 30분이 걸렸다.')).not.toContain('numbers:half:1.5');
  });
});
