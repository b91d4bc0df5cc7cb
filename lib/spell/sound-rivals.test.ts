import { describe, expect, it } from 'vitest';
import { compoundQueries, judgeWord } from './compound';

describe('round 6: a four-syllable split whose final is written as it is heard', () => {
  // 무단결근 written 무당결근 (ㄴ heard ㅇ before ㄱ), 연합뉴스 written 연함뉴스 (ㅂ heard ㅁ before ㄴ),
  // 그린벨트 written 그림벨트 (ㄴ heard ㅁ before ㅂ): each splits into two nouns, and the listed word
  // is the one whose sound the writer wrote, though its changed half may be a noun too (단결, 합뉴?).
  const words = new Set([
    '무단결근',
    '무당',
    '결근',
    '단결',
    '연합뉴스',
    '연함',
    '뉴스',
    '그린벨트',
    '그림',
    '벨트',
    '대만',
    '해협',
    '대한해협',
    '대한',
  ]);
  const spell = (s: string) => words.has(s.replace(/[을를]$/, '')) && (s.endsWith('을') || s.endsWith('를') || words.has(s));
  it('refuses the split and suggests the listed word', async () => {
    const { wholeRival } = await import('./compound');
    expect(wholeRival('무당결근', spell)).toBe('무단결근');
    expect(wholeRival('연함뉴스를', spell)).toBe('연합뉴스를');
    expect(wholeRival('그림벨트', spell)).toBe('그린벨트');
    expect(judgeWord('무당결근', spell)).toBe(false);
    expect(compoundQueries('무당결근')).toContain('무단결근을');
  });
  it('keeps a split whose final could not be heard so (대만해협: ㄴ before ㅎ) and a word with no listed rival', async () => {
    const { wholeRival } = await import('./compound');
    expect(wholeRival('대만해협', spell)).toBeNull();
    expect(wholeRival('무당벨트', spell)).toBeNull();
    expect(judgeWord('그림벨트', (s) => spell(s) && !s.startsWith('그린'))).toBe(true);
  });
});
