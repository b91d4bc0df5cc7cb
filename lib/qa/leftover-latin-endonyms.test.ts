import { describe, expect, it } from 'vitest';
import { leftoverLatinCheck } from './leftover-latin';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(leftoverLatinCheck, en, ko));

describe('leftover-latin: places in their own language’s spelling', () => {
  it('flags a country or city in its endonym glued to Korean or to a Korean list member', () => {
    expect(run('in Milan and Rome', 'Milano·로마에서 열린다')).toEqual(['leftover-latin:latin:Milano']);
    expect(run('talks in Vienna', 'Wien에서 열린 회담')).toEqual(['leftover-latin:latin:Wien']);
    expect(run('Madrid and Lisbon', '마드리드·Lisboa에서')).toEqual(['leftover-latin:latin:Lisboa']);
    expect(run('exports to Germany', 'Deutschland로 수출')).toEqual(['leftover-latin:latin:Deutschland']);
  });
  it('leaves endonyms apart from Korean, glosses and English text alone', () => {
    expect(run('in Milan', '밀라노(Milano)에서')).toEqual([]);
    expect(run('x', '영문 표기 Roma 등을 함께 쓴다')).toEqual([]);
    expect(run('x', '영문 표기는 Wien, Praha 등이다')).toEqual([]);
    expect(run('in Lisbon', '리스본에서')).toEqual([]);
  });
});

describe('leftover-latin: a copied name followed by a number and its counter', () => {
  it('flags a two-word foreign name used as a word before a figure', () => {
    expect(run('third in Portugal’s Primeira Liga', '포르투갈 Primeira Liga 3위에 올랐다')).toEqual(['leftover-latin:latin:Primeira Liga']);
    expect(run('second in the Premier League', 'Premier League 2위를 지켰다')).toEqual(['leftover-latin:latin:Premier League']);
  });
  it('leaves a name the source lacks, a gloss and a name followed by Latin alone', () => {
    expect(run('third in the league', '리그 3위에 올랐다')).toEqual([]);
    expect(run('the Premier League', '프리미어리그(Premier League) 2위')).toEqual([]);
    expect(run('Galaxy Watch 7', 'Galaxy Watch 7 출시')).toEqual([]);
  });
});
