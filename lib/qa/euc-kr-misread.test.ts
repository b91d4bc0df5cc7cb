import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { CODE_PAGES } from './code-pages';
import { eucKrAsLegacyCodePage } from './euc-kr-misread';
import { keys, runOne } from './testing';

// The EUC-KR bytes of a word (from the platform's own EUC-KR decoder) decoded with another legacy decoder.
const EUC = new Map<string, number[]>();
const euc = new TextDecoder('euc-kr');
for (let a = 0xb0; a <= 0xc8; a++) for (let b = 0xa1; b <= 0xfe; b++) EUC.set(euc.decode(Uint8Array.from([a, b])), [a, b]);
const as = (w: string, enc: string) => new TextDecoder(enc).decode(Uint8Array.from([...w].flatMap((c) => EUC.get(c)!)));
const WORDS = ['판결문에', '소비자단체들은', '콜센터에서', '피해액은', '조선소는', '관계자들이', '지난해'];

describe('Korean EUC-KR read through another legacy code page', () => {
  it('flags a word read as Shift_JIS (half-width katakana), Big5, GBK, EUC-JP, ISO-8859-5, Windows-874, KOI8-U, Greek', () => {
    for (const enc of ['shift_jis', 'big5', 'gbk', 'euc-jp', 'iso-8859-5', 'windows-874', 'koi8-u', 'windows-1251', 'iso-8859-7'])
      for (const w of WORDS) {
        const g = as(w, enc);
        // A byte the page leaves undefined becomes U+FFFD: reported as a broken character instead.
        if (g.includes('\uFFFD')) continue;
        expect(keys(runOne(brokenTextCheck, 'The court said', `그러나 ${g} 지적한다.`)), `${w} as ${enc}: ${g}`).toContain(
          'broken-text:mojibake',
        );
      }
  });
  it('spans the garbled run only, quotes beside it included', () => {
    const g = as('시민단체', 'shift_jis');
    expect(eucKrAsLegacyCodePage(`노선 ${g} 하루`)).toEqual([{ start: 3, end: 3 + g.length }]);
    expect(eucKrAsLegacyCodePage(`이른바 ‘${as('올빼미버스', 'iso-8859-5')}’ 노선`, 'the ‘owl bus’ routes')).toHaveLength(1);
  });
  it('leaves hanja, Japanese, Chinese, Russian, Greek, Thai and symbols in Korean text alone', () => {
    for (const t of [
      '중국 국적의 자오원룽(趙文龍·45)과 韓日 정상회담, 對中 수출, 게이단렌(經團連), 金(김) 씨',
      '미쓰비시상사(三菱商事)와 도쿄전력(東京電力), 닛폰제철(日本製鉄), 任天堂 株式会社 新日鐵住金',
      '“中华人民共和国外交部发言人表示，双方将继续加强在打击电信诈骗方面的合作。”라고 밝혔다.',
      '일본어로 「東京都の小池百合子知事は記者会見で、詐欺グループの摘発を発表した」고 썼다.',
      '러시아어 «Мошенники звонили пожилым людям» 인용, 동사 объединённый, СЪЕЗД, СССР КГБ ФСБ КАМАЗ АВТОВАЗ',
      'Ελληνική Δημοκρατία, Αθήνα / ภาษาไทย กรุงเทพมหานคร สวัสดีครับ',
      '┌──────┐ │ 값 │ └──────┘ ░▒▓ ∞±≥≤÷≈°∙·√ⁿ²■ “‘…’”·—– ㎞ ㎡ № §',
    ])
      expect(eucKrAsLegacyCodePage(t, 'x'), t).toEqual([]);
  });
  it('leaves a foreign word the source quotes alone, even when it reads as Hangul', () => {
    const g = as('이용객은', 'iso-8859-5');
    expect(eucKrAsLegacyCodePage(`노선 ${g} 하루`, `the line ${g} a day`)).toEqual([]);
    expect(eucKrAsLegacyCodePage(`노선 ${g} 하루`, 'the line a day')).toHaveLength(1);
  });
});

describe('Korean EUC-KR read through a DOS code page (box drawing and maths signs)', () => {
  const dos = (w: string, page: string) =>
    [...w]
      .flatMap((c) => EUC.get(c)!)
      .map((b) => (b < 0x80 ? String.fromCharCode(b) : CODE_PAGES[page]![b - 0x80]!))
      .join('');
  it('flags words read as DOS 437 or 850', () => {
    for (const page of ['DOS 437', 'DOS 850'])
      for (const w of ['적자를', '정부는', '관계자들이', '지난해', '소비자단체들은']) {
        const g = dos(w, page);
        expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${g} 지적한다.`)), `${w} as ${page}: ${g}`).toContain('broken-text:mojibake');
      }
  });
  it('leaves table frames, rules, shading and maths signs in Korean text alone', () => {
    for (const t of [
      '┌──┬──┐ 구분 ├──┼──┤ 값 └──┴──┘',
      '──────── 이하 생략 ════════',
      '▲ 상승 ▼ 하락 ■ 보합 □ 해당 없음 ░░▒▒▓▓',
      '오차 ±3%, 기온 ≥ 30°, 비율 ≈ ½, √2 ≤ x',
      '│ 서울 │ 부산 │ 대구 │',
      '╔═══╗ 공지 ╚═══╝',
    ])
      expect(eucKrAsLegacyCodePage(t, 'x'), t).toEqual([]);
  });
});
