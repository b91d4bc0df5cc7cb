import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { markupCheck } from './markup';
import { escapedHangul } from './escaped-text';
import { keys, runOne } from './testing';

const EUC = new Map<string, number[]>();
const euc = new TextDecoder('euc-kr');
for (let a = 0xb0; a <= 0xc8; a++) for (let b = 0xa1; b <= 0xfe; b++) EUC.set(euc.decode(Uint8Array.from([a, b])), [a, b]);
const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');
const eucPercent = (w: string) =>
  [...w]
    .flatMap((c) => EUC.get(c)!)
    .map((b) => `%${hex(b)}`)
    .join('');
const jsonEscape = (w: string) => [...w].map((c) => `\\u${c.charCodeAt(0).toString(16)}`).join('');
const byteEscape = (w: string) => [...Buffer.from(w)].map((b) => `\\x${b.toString(16)}`).join('');
const quotedPrintable = (w: string) => [...Buffer.from(w)].map((b) => `=${hex(b)}`).join('');

describe('Korean left as escape codes', () => {
  it('flags EUC-KR percent escapes, \\u escapes, \\x byte escapes and quoted-printable of Korean words', () => {
    for (const w of ['판결문에', '소비자단체들은', '환승으로', '지난해']) {
      for (const e of [eucPercent(w), jsonEscape(w), byteEscape(w), quotedPrintable(w)]) {
        expect(escapedHangul(`그러나 ${e} 지적한다.`), `${w}: ${e}`).toEqual([{ start: 4, end: 4 + e.length }]);
        expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${e} 지적한다.`))).toEqual(['broken-text:mojibake']);
      }
    }
  });
  it('leaves addresses, escapes of other text and one stray code alone', () => {
    for (const t of [
      `검색 주소 www.example.com/search?q=${eucPercent('교통요금')}&page=2`,
      '따옴표는 \\u201c와 \\u201d, 줄바꿈은 \\x0a\\x0d\\x0a, 기호 \\u00a9\\u00ae 로 쓴다.',
      '정규식 \\uAC00-\\uD7A3 범위의 한글', // a range written by a programmer: one syllable each side
      '요금은 20%~53% 오르고 %41%42%43 %E2%80%93',
      // Quoted-printable of other text, an address's query and a formula are no Korean.
      'a=3D=3D=3D 식에서 =E2=80=93 대시, 점수=AB=CD=EF',
      `주소 example.com/?k=${quotedPrintable('교통')}`,
    ])
      expect(escapedHangul(t), t).toEqual([]);
  });
});

describe('Korean left as UTF-7', () => {
  it('flags +1Vy+W7mswRzOWKwA- (한빛리서치가) as broken text', () => {
    expect(escapedHangul('여론조사도 접전을 예고했다. +1Vy+W7mswRzOWKwA- 지난달 27~28일')).toHaveLength(1);
    expect(keys(runOne(brokenTextCheck, 'Hanbit Research said.', '+1Vy+W7mswRzOWKwA- 밝혔다.')).length).toBeGreaterThan(0);
  });
  it('leaves a plus sign before a word, a phone number or a total alone', () => {
    expect(escapedHangul('Samsung+Inflation 지수, 문의 +821012345678, 합계 +Bloomberg')).toEqual([]);
    expect(escapedHangul('C++ 언어와 +AGEAYgBj-')).toEqual([]);
  });
});

describe('Korean left as HTML numeric character references', () => {
  const ncr = (w: string, hexForm = false) =>
    [...w].map((c) => (hexForm ? `&#x${c.charCodeAt(0).toString(16).toUpperCase()};` : `&#${c.charCodeAt(0)};`)).join('');
  it('flags two Hangul syllables or more written as &#NNNNN; or &#xHHHH;, as broken text and not also as markup', () => {
    const t = `정부는 ${ncr('예산안을')} 다시 짰다.`;
    expect(escapedHangul(t).length).toBe(1);
    expect(keys(runOne(brokenTextCheck, 'The government redrew the budget.', t))).toHaveLength(1);
    expect(escapedHangul(`시장은 ${ncr('재선에', true)} 나섰다.`).length).toBe(1);
    expect(keys(runOne(markupCheck, 'The government redrew the budget.', t))).toEqual([]);
  });
  it('leaves one syllable, punctuation entities and numbers alone (markup reports &#8220;)', () => {
    for (const ok of [`그는 ${ncr('김')} 씨다.`, '그는 &#8220;좋다&#8221;고 말했다.', '번호는 #54801이다.', '값은 &#169;2026.'])
      expect(escapedHangul(ok), ok).toEqual([]);
    expect(keys(runOne(markupCheck, 'He said so.', '그는 &#8220;좋다&#8221;고 말했다.'))).toEqual([
      'markup:left:&#8220;',
      'markup:left:&#8221;',
    ]);
  });

  it('flags MIME encoded words a mail header left undecoded when they decode as Hangul (base64 or Q, UTF-8 or EUC-KR)', () => {
    // 수출입 (UTF-8, base64), 원화 환율 변동 (EUC-KR, base64), 환율 (UTF-8, Q).
    expect(escapedHangul('올해 =?UTF-8?B?7IiY7Lac7J6F?= 실적')).toEqual([{ start: 3, end: 27 }]);
    expect(escapedHangul('=?euc-kr?b?v/jIrSDIr8CyILqvtb8=?= 우려')).toHaveLength(1);
    expect(keys(runOne(brokenTextCheck, 'The exchange rate rose.', '=?utf-8?q?=ED=99=98=EC=9C=A8?=이 올랐다.'))).toContain(
      'broken-text:mojibake',
    );
    // ASCII inside an encoded word, text with ?= that is no encoded word, and the plain words.
    expect(escapedHangul('=?UTF-8?B?SGVsbG8=?= 안녕')).toEqual([]);
    expect(escapedHangul('식 a=?b?c?= 와 x=?y 표기')).toEqual([]);
    expect(escapedHangul('올해 수출입 실적과 환율 변동')).toEqual([]);
  });
});

describe('Korean left as JavaScript escape() %u escapes', () => {
  const percentU = (w: string) => [...w].map((c) => `%u${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
  it('flags two Hangul syllables or more written as %uXXXX', () => {
    for (const w of ['정부는', '대표팀을', '수출']) {
      const e = percentU(w);
      expect(escapedHangul(`그러나 ${e} 지적한다.`), e).toEqual([{ start: 4, end: 4 + e.length }]);
      expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${e}를 지적한다.`))).toEqual(['broken-text:mojibake']);
    }
  });
  it('leaves one syllable, %u escapes of other text and percentages alone', () => {
    for (const t of ['기호 %u201C와 %u201D', '한 글자 %uAC00 뿐', '금리는 5%u 상승', '요금이 20%와 30% 올랐다'])
      expect(escapedHangul(t), t).toEqual([]);
  });
});
