import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { utf8MisreadTwice } from './mojibake-twice';
import { keys, runOne } from './testing';

// The UTF-8 bytes of a text decoded through a legacy code page (what a wrong import shows).
const as = (w: string, enc: string) => new TextDecoder(enc).decode(Buffer.from(w));

describe('broken-text: Korean garbled twice', () => {
  it('flags Korean UTF-8 read through a code page, saved as UTF-8 and read through one again', () => {
    const pairs: [string, string][] = [
      ['windows-1251', 'windows-1251'],
      ['windows-1250', 'windows-1250'],
      ['windows-1252', 'windows-1251'],
      ['iso-8859-2', 'windows-1257'],
    ];
    for (const [outer, inner] of pairs)
      for (const w of ['자선단체가', '출산율은', '육아휴직'])
        expect(keys(runOne(brokenTextCheck, 'x', `우리는 ${as(as(w, inner), outer)} 아니다`)), `${w}: ${inner}, ${outer}`).toContain(
          'broken-text:mojibake',
        );
  });
  it('spans the garbled run alone', () => {
    const g = as(as('자선단체가', 'windows-1251'), 'windows-1251');
    expect(utf8MisreadTwice(`우리는 ${g} 아니다`)).toEqual([{ start: 4, end: 4 + g.length }]);
  });
  it('leaves long foreign words, and foreign text garbled once or twice, alone', () => {
    for (const t of [
      '러시아어 Достопримечательности(명소)와 Zusammengehörigkeitsgefühl',
      `러시아어 ${as('Достопримечательности', 'windows-1251')} 표기`,
      `러시아어 ${as(as('Достопримечательности', 'windows-1251'), 'windows-1251')} 표기`,
      `그리스어 ${as(as('Ελληνικάγράμματα', 'windows-1253'), 'windows-1253')} 표기`,
      '┌──────────────┐ ░▒▓█▄▌▐▀░▒▓█▄▌▐▀ ±≈∞±≈∞±≈∞±≈∞',
    ])
      expect(utf8MisreadTwice(t), t).toEqual([]);
  });
});
