import { describe, expect, it } from 'vitest';
import { saiSiotHeadQueries, saiSiotHeadRival } from './sai-siot-heads';

const NOUNS = ['파라미터', '배추', '고추', '기대', '보라', '동태', '센서', '데이터', '참가', '폐기', '주유', '기와'];
const ACCEPTED = new Set(NOUNS.map((n) => `${n}를`));
const spell = (s: string) => ACCEPTED.has(s);

describe('a sai-siot left out before a native head (sai-siot-heads.ts)', () => {
  it('writes the ㅅ before 잎, 값, 빛, 속 after a noun, with particles', () => {
    expect(saiSiotHeadRival('배추잎', spell)).toBe('배춧잎');
    expect(saiSiotHeadRival('고추잎을', spell)).toBe('고춧잎을');
    expect(saiSiotHeadRival('기대값이', spell)).toBe('기댓값이');
    expect(saiSiotHeadRival('보라빛', spell)).toBe('보랏빛');
    expect(saiSiotHeadRival('배추속', spell)).toBe('배춧속');
  });
  it('writes it before 국 after a food noun (soup)', () => {
    expect(saiSiotHeadRival('동태국', spell)).toBe('동탯국');
  });
  it('leaves 국, 물, 소, 집 after other nouns (國, 物, 所; 기와집), loanwords, and unknown first parts', () => {
    expect(saiSiotHeadRival('참가국', spell)).toBeNull();
    expect(saiSiotHeadRival('폐기물', spell)).toBeNull();
    expect(saiSiotHeadRival('주유소', spell)).toBeNull();
    expect(saiSiotHeadRival('기와집', spell)).toBeNull();
    expect(saiSiotHeadRival('센서값', spell)).toBeNull();
    expect(saiSiotHeadRival('데이터값', spell)).toBeNull();
    expect(saiSiotHeadRival('가나잎', spell)).toBeNull();
    expect(saiSiotHeadRival('파라미터값', spell)).toBeNull();
  });
  it('asks the dictionary for the first part', () => {
    expect(saiSiotHeadQueries('배추잎을')).toContain('배추를');
  });
});
