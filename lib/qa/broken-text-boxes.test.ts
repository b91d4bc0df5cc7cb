import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { boxRuns } from './broken-text-boxes';
import { keys, runOne } from './testing';

const kinds = (t: string, s = 'x') => boxRuns(t, s).map((b) => `${b.kind}:${t.slice(b.start, b.end)}`);

describe('broken-text: characters shown as boxes or question marks', () => {
  it('flags a private-use glyph: a symbol-font bullet, an HWP glyph, a supplementary private-use character', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '정부\uF0B7여당은 합의했다'))).toEqual(['broken-text:private-use']);
    expect(kinds('국어\uE08A수학 영역')).toEqual(['private-use:\uE08A']);
    expect(kinds('\u{F0041} 표시')).toEqual(['private-use:\u{F0041}']);
  });
  it('flags a lone surrogate, half of an emoji cut in two', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '정말 기뻐요\uD83D”라고 말했다'))).toEqual(['broken-text:lone-surrogate']);
    expect(kinds('\uDE00 웃음')).toEqual(['lone-surrogate:\uDE00']);
  });
  it('flags noncharacters: U+FFFE (a byte-order mark read backwards), U+FDD0', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '\uFFFE야당은 반대했다'))).toEqual(['broken-text:noncharacter']);
    expect(kinds('회의\uFDD0결과')).toEqual(['noncharacter:\uFDD0']);
  });
  it('flags a word of question marks, Korean saved through a Latin-1 field', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '정부는 ???? 내놓았다'))).toEqual(['broken-text:question-marks']);
    expect(kinds('위원회는 ???을 발표했다')).toEqual(['question-marks:???']);
    expect(kinds('(??) 관계자는')).toEqual(['question-marks:??']);
  });
  it('leaves emoji, question marks ending a sentence and what the source holds alone', () => {
    for (const t of [
      '정말 좋아요😀”라고 말했다',
      '왜 그랬을까?? 아무도 모른다',
      '정말?! 그럴 리가',
      '“누구세요?”라고 물었다',
      '𠮷 자는 드물다',
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
    expect(boxRuns('아이콘 \uF0B7 표시', 'the \uF0B7 icon')).toEqual([]);
    expect(boxRuns('“??” 표시', 'a “??” sign')).toEqual([]);
  });
});
