import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { markupCheck } from './markup';
import { findRtf } from './markup-rtf';
import { keys, runOne, seg } from './testing';

const texts = (t: string) => findRtf(t).map((m) => m.text);

describe('RTF left in the Korean', () => {
  it('finds formatting groups, destinations, the header and control words', () => {
    expect(texts('법안은 {\\b 찬성 181표}, 반대 12표로 가결됐다.')).toEqual(['{\\b']);
    expect(texts('{\\i 뉴욕타임스}에 따르면')).toEqual(['{\\i']);
    expect(texts('{\\fs24 출산율}은 0.72명이다')).toEqual(['{\\fs24']);
    expect(texts('{\\*\\fldinst HYPERLINK} 참조')).toEqual(['{\\fldinst']);
    expect(texts('{\\rtf1\\ansi\\deff0 국회가')).toEqual(['{\\rtf1', '\\ansi', '\\deff0']);
    expect(texts('통과시켰다.\\par 9년 연속')).toEqual(['\\par']);
    expect(texts('181표\\par 반대')).toEqual(['\\par']);
    expect(texts('\\b0 기권 9표\\ulnone 로')).toEqual(['\\b0', '\\ulnone']);
    expect(findRtf('법안은 {\\b 찬성')[0]).toEqual({ text: '{\\b', start: 4, end: 7 });
  });
  it('leaves paths, escapes, won signs and other backslash text alone', () => {
    for (const t of [
      'C:\\Users\\kim\\Documents\\보고서.docx 파일',
      'D:\\parts\\lines 폴더와 \\\\server\\share 경로',
      '줄바꿈은 \\n, 탭은 \\t로 쓴다',
      '정규식 \\b단어\\b와 \\d+',
      '가격은 \\1000이다',
      '{\\displaystyle x^2} 수식과 \\frac{1}{2}',
    ])
      expect(findRtf(t), t).toEqual([]);
  });
  it('is reported by the markup check, unless the source has the same code', () => {
    expect(keys(runOne(markupCheck, 'The bill passed 181 to 12.', '법안은 {\\b 찬성 181표}로 가결됐다.'))).toEqual(['markup:left:{\\b']);
    expect(runOne(markupCheck, 'Type {\\b bold} in the RTF file.', 'RTF 파일에 {\\b 굵게}라고 입력한다.')).toEqual([]);
    const [r] = runDocumentChecks([seg('The bill passed.', '법안이 통과됐다.\\par')]);
    expect(r!.issues.map((i) => i.key)).toContain('markup:left:\\par');
  });
});
