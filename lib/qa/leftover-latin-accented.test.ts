import { describe, expect, it } from 'vitest';
import { leftoverLatinCheck } from './leftover-latin';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(leftoverLatinCheck, en, ko));

describe('leftover-latin: a name in its own language’s accented spelling', () => {
  it('flags an accented spelling of a source name or a world place used as a word of the Korean', () => {
    expect(run('after returning from Ho Chi Minh City', '베트남 Hồ Chí Minh에서 귀국한 뒤')).toEqual(['leftover-latin:latin:Hồ Chí Minh']);
    expect(run('a bank in Zurich', 'Zürich의 한 은행')).toEqual(['leftover-latin:latin:Zürich']);
    expect(run('flights to Sao Paulo', 'São Paulo로 가는 항공편')).toEqual(['leftover-latin:latin:São Paulo']);
    expect(run('the mayor of Krakow said', 'Kraków 시장은 말했다')).toEqual(['leftover-latin:latin:Kraków']);
    expect(run('a factory in Da Nang', '다낭 인근 공장, 즉 Đà Nẵng 공장')).toEqual(['leftover-latin:latin:Đà Nẵng']);
  });
  it('leaves brands and names the source accents itself, glosses and lower-case words alone', () => {
    expect(run('Pokémon cards', 'Pokémon 카드')).toEqual([]);
    expect(run('Nestlé said', 'Nestlé는 밝혔다')).toEqual([]);
    expect(run('the Citroën plant', 'Citroën 공장')).toEqual([]);
    expect(run('in Zurich', '취리히(Zürich)에서')).toEqual([]);
    expect(run('at a café', '카페(café)에서 만났다')).toEqual([]);
    expect(run('the Ho Chi Minh trail', '호찌민 루트')).toEqual([]);
    expect(run('Jürgen Klopp said', '위르겐 클롭 감독이 말했다. Über는 없다')).toEqual([]);
  });
});
