import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));

describe('numbers: a score in the English order', () => {
  it('flags a defeat or a win whose score reads the other way in Korean', () => {
    expect(run('Ulsan lost 3-1 to Pohang on Sunday.', '울산은 포항에 3-1로 졌다.')).toContain('numbers:score-order:3-1');
    expect(run('Japan beat China 2-0 in Osaka.', '일본은 오사카에서 중국을 0-2로 꺾었다.')).toContain('numbers:score-order:0-2');
    expect(run('Seoul were beaten 4-2 at home.', '서울은 홈에서 4-2로 패했다.')).toContain('numbers:score-order:4-2');
    expect(run('Suwon won 2-1 after extra time.', '수원은 연장 끝에 1-2로 이겼다.')).toContain('numbers:score-order:1-2');
    expect(run('The team that lost 3-0 in May.', '5월 3:0으로 진 팀')).toContain('numbers:score-order:3-0');
  });
  it('accepts the Korean order, draws, and figures that are no score of the source', () => {
    expect(run('Ulsan lost 3-1 to Pohang on Sunday.', '울산은 포항에 1-3으로 졌다.')).toEqual([]);
    expect(run('Japan beat China 2-0 in Osaka.', '일본은 오사카에서 중국을 2-0으로 꺾었다.')).toEqual([]);
    expect(run('Seoul were beaten 4-2 at home.', '서울은 홈에서 2-4로 패했다.')).toEqual([]);
    expect(run('Seoul were beaten 4-2 at home.', '서울은 홈에서 2대 4로 패배했다.')).toEqual([]);
    expect(run('The sides drew 1-1.', '두 팀은 1-1로 비겼다.')).toEqual([]);
    expect(run('Busan led 2-0 before losing 3-2.', '부산은 2-0으로 앞서다가 2-3으로 역전패했다.')).toEqual([]);
    // A vote, not a score of the source.
    expect(run('The motion passed by seven votes to two.', '안건은 7-2로 이겼다.')).not.toContain('numbers:score-order:7-2');
  });
});
