import { describe, expect, it } from 'vitest';
import { columnAmountQueries, columnAmountRival, isColumnAmount } from './column-amount';

const NOUNS = ['쓰레기', '구름', '전세', '칼로리', '스포츠', '강수', '광고', '인력', '가정', '데이터'];
const ACCEPTED = new Set([...NOUNS.flatMap((n) => [`${n}을`, `${n}를`]), '광고란을', '전세란', '인력난']);
const spell = (s: string) => ACCEPTED.has(s);

describe('量 and 欄 after a noun (column-amount.ts)', () => {
  it('writes 양/난 after a loanword or native noun (칼로리량 → 칼로리양, 스포츠란에 → 스포츠난에)', () => {
    expect(columnAmountRival('칼로리량', spell)).toBe('칼로리양');
    expect(columnAmountRival('데이터량이', spell)).toBe('데이터양이');
    expect(columnAmountRival('스포츠란에', spell)).toBe('스포츠난에');
  });
  it('writes 란 where the dictionary lists the noun with 란 (광고난 → 광고란)', () => {
    expect(columnAmountRival('광고난에', spell)).toBe('광고란에');
    expect(columnAmountRival('비고난에', spell)).toBe('비고란에');
  });
  it('leaves a Sino-Korean noun with 량 (강수량), 난 (難) after a noun that runs short (전세난), and the particle 란 (데이터란)', () => {
    expect(columnAmountRival('강수량', spell)).toBeNull();
    expect(columnAmountRival('전세난', spell)).toBeNull();
    expect(columnAmountRival('데이터란', spell)).toBeNull();
    expect(columnAmountRival('모르는량', spell)).toBeNull();
  });
  it('asks the dictionary for the noun and its 란 form', () => {
    expect(columnAmountQueries('광고난')).toEqual(expect.arrayContaining(['광고를', '광고란을']));
  });
  it('accepts 양/난 after a loanword or native noun (쓰레기양, 데이터양을, 스포츠난), not after a Sino-Korean one', () => {
    for (const w of ['쓰레기양', '데이터양을', '스포츠난에']) expect(isColumnAmount(w, spell), w).toBe(true);
    for (const w of ['강수양', '광고양', '쓰레기양반', '모르는양']) expect(isColumnAmount(w, spell), w).toBe(false);
    expect(columnAmountQueries('쓰레기양')).toContain('쓰레기를');
  });
});
