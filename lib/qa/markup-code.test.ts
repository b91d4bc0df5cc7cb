import { describe, expect, it } from 'vitest';
import { markupCheck } from './markup';
import { findCode } from './markup-code';
import { keys, runOne } from './testing';

const texts = (t: string) => findCode(t).map((m) => m.text);

describe('LaTeX left in the Korean', () => {
  it('finds formatting and structure commands with their argument and escaped specials after a figure or Hangul', () => {
    expect(texts('수출이 \\textbf{12.5\\%} 늘었다.')).toEqual(['\\textbf', '\\%']);
    expect(texts('\\emph{반도체} 수출')).toEqual(['\\emph']);
    expect(texts('실업률은 3.1\\%로 낮아졌다.')).toEqual(['\\%']);
    expect(texts('연구\\&개발 예산')).toEqual(['\\&']);
    expect(texts('\\footnote{통계청 자료} 기준')).toEqual(['\\footnote']);
    expect(texts('\\item 첫째 과제는')).toEqual(['\\item']);
  });
  it('leaves formulas, paths, regular expressions and other backslash text alone', () => {
    for (const t of [
      '{\\displaystyle x^2} 수식과 \\frac{1}{2}',
      'C:\\Users\\kim\\textbf 폴더',
      '줄바꿈은 \\n, 탭은 \\t로 쓴다',
      '정규식 \\d+%와 \\w+',
      '가격은 \\1000이다',
      '100% 달성',
    ])
      expect(findCode(t), t).toEqual([]);
  });
});

describe('XML CDATA markers left in the Korean', () => {
  it('finds the opener, the closer and a processing instruction', () => {
    expect(texts('<![CDATA[정부는 대책을 내놨다.]]>')).toEqual(['<![CDATA[', ']]>']);
    expect(texts('발표는 다음 주로 미뤄졌다.]]>')).toEqual([']]>']);
    expect(texts('<?xml version="1.0"?>정부는')).toEqual(['<?xml ?>']);
  });
  it('leaves brackets of Korean text alone', () => {
    for (const t of ['[[문서]] 참고', '[속보] 정부 발표', '점수는 [3]>[2]였다', 'A > B라는 [관측]']) expect(findCode(t), t).toEqual([]);
  });
  it('is reported by the markup check unless the source has it', () => {
    expect(keys(runOne(markupCheck, 'The plan was delayed.', '계획은 미뤄졌다.]]>'))).toEqual(['markup:left:]]>']);
    expect(keys(runOne(markupCheck, 'Exports rose 12%.', '수출이 \\textbf{12\\%} 늘었다.'))).toEqual([
      'markup:left:\\textbf',
      'markup:left:\\%',
    ]);
    expect(runOne(markupCheck, 'Write \\textbf{bold} in LaTeX.', 'LaTeX에서는 \\textbf{굵게}라고 쓴다.')).toEqual([]);
  });
});
