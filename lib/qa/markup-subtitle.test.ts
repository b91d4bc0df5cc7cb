import { describe, expect, it } from 'vitest';
import { markupCheck } from './markup';
import { findSubtitleCodes } from './markup-subtitle';
import { keys, runOne } from './testing';

const texts = (t: string) => findSubtitleCodes(t).map((m) => m.text);

describe('subtitle override codes left in the Korean', () => {
  it('finds ASS/SSA override blocks: position, alignment, italics, fades, colours, karaoke', () => {
    expect(texts('{\\an8}“처음 사나흘 동안은')).toEqual(['{\\an8}']);
    expect(texts('{\\pos(320,50)}대통령은 이날')).toEqual(['{\\pos(320,50)}']);
    expect(texts('그는 {\\i1}정말{\\i0} 몰랐다')).toEqual(['{\\i1}', '{\\i0}']);
    expect(texts('{\\fad(200,200)\\an2}오늘 밤 뉴스')).toEqual(['{\\fad(200,200)\\an2}']);
    expect(texts('{\\c&H00FFFF&}속보{\\r}')).toEqual(['{\\c&H00FFFF&}']);
    expect(texts('{\\k40}아리{\\k35}랑')).toEqual(['{\\k40}', '{\\k35}']);
  });
  it('leaves other brace groups and backslash text alone', () => {
    for (const t of [
      '{1}번 자리표시자',
      '{\\displaystyle x^2} 수식과 \\frac{1}{2}',
      '{{틀:뉴스}} 문서',
      'C:\\Users\\an8 폴더',
      '{\\ansi 글}',
      '집합 {\\alpha, \\beta}를 정의한다',
    ])
      expect(findSubtitleCodes(t), t).toEqual([]);
  });
  it('is reported by the markup check, unless the source has the same block', () => {
    expect(keys(runOne(markupCheck, '"For the first three days," she said.', '{\\an8}“처음 사흘 동안은”이라고 말했다.'))).toEqual([
      'markup:left:{\\an8}',
    ]);
    expect(runOne(markupCheck, 'Write {\\an8} to move a line up.', '자막을 위로 올리려면 {\\an8}이라고 쓴다.')).toEqual([]);
  });
});
