import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { utf8AsLegacyCodePage, utf8AsUtf16 } from './legacy-decoders';
import { keys, runOne } from './testing';

// The UTF-8 bytes of a word decoded with a legacy decoder (what a wrong import shows).
const as = (w: string, enc: string) => new TextDecoder(enc).decode(Buffer.from(w));
const WORDS = ['판결문에', '소비자단체들은', '인터폴', '콜센터에서', '용접공', '조선소는', '피해액은'];

describe('Korean UTF-8 read through any legacy code page', () => {
  it('flags a word read as KOI8-R, KOI8-U, IBM 866, ISO 8859-5, Mac Cyrillic, Windows-1255/1256/1258', () => {
    for (const enc of ['koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5', 'x-mac-cyrillic', 'windows-1255', 'windows-1256', 'windows-1258'])
      for (const w of WORDS)
        expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${as(w, enc)} 지적한다.`)), `${w} as ${enc}`).toContain('broken-text:mojibake');
  });
  it('flags a word read as a double-byte code page: GBK (Chinese characters only), Big5, Shift_JIS', () => {
    for (const enc of ['gbk', 'big5', 'shift_jis'])
      for (const w of ['판결문에', '소비자단체들은', '콜센터에서', '피해액은'])
        // A pair Big5 cannot read becomes U+FFFD: reported as a broken character, not re-encoded.
        if (!as(w, enc).includes('\uFFFD'))
          expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${as(w, enc)} 따르면`)), `${w} as ${enc}`).toContain('broken-text:mojibake');
    expect(utf8AsLegacyCodePage(as('비빔밥', 'gbk'))).toHaveLength(1);
  });
  it('spans the garbled run only', () => {
    const g = as('판결문에', 'gbk');
    expect(utf8AsLegacyCodePage(`가 ${g} 나`)).toEqual([{ start: 2, end: 2 + g.length }]);
  });
  it('leaves Chinese, Japanese, Russian, Greek, Hebrew, Arabic and Thai text alone', () => {
    for (const t of [
      '중국 국적의 자오원룽(趙文龍·45)과 韓日 정상회담, 對中 수출, 게이단렌(經團連)',
      '“中华人民共和国外交部发言人表示，双方将继续加强在打击电信诈骗方面的合作。”라고 밝혔다.',
      '일본어로 「東京都の小池百合子知事は記者会見で、詐欺グループの摘発を発表した」고 썼다.',
      '러시아어 «Мошенники звонили пожилым людям и представлялись сотрудниками банка» 인용',
      '동사 объединённый, сильнее, подъезд, Объявление, СЪЕЗД, вьюга, мысль',
      'Ελληνική Δημοκρατία, Αθήνα, καλημέρα',
      'שלום עליכם, ירושלים / القاهرة، المملكة العربية السعودية',
      'ภาษาไทย กรุงเทพมหานคร การ์ตูน สวัสดีครับ',
      // Vietnamese (VISCII's letters) and Thai written as their own scripts.
      'Thành phố Hồ Chí Minh, Nguyễn Thị Ánh Tuyết, Đà Nẵng, người Việt, những điều',
      'ประเทศไทย ได้รับการเลือกตั้ง ผู้ว่าราชการจังหวัด เชียงใหม่',
      '┌──────┐ │ 값 │ └──────┘ ░▒▓ ∞±≥≤÷≈°∙·√ⁿ²■ “‘…’”·—–',
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
  });
});

// The same words as Python's codecs decode them through code pages TextDecoder lacks.
const TABLE_ONLY: [string, string][] = [
  ['Mac Greek', '\u03bc\u00a8\u00ea\u03be\u2264\u0391\u03ba\u00a7\u0397\u03bb\u00bd\u00ea'],
  [
    'Mac Greek',
    '\u03bb\u00dc\u00a8\u03ba\u0399\u00b3\u03bb\u00fb\u00ea\u03ba\u0384\u00ae\u03bb\u2264\u00a5\u03ba\u2122\u039b\u03bb\u00f9\u00c4',
  ],
  ['DOS 862 Hebrew', '\u03c6\u05dc\u05e0\u03a9\u2593\u2591\u03b4\u00bc\u2555\u221e\u05e7\u05e0'],
  [
    'DOS 862 Hebrew',
    '\u221e\u05d6\u05dc\u03b4\u2563\u05d4\u221e\u20a7\u05e0\u03b4\u05db\u00bf\u221e\u2593\u2524\u03b4\u05e3\u00f1\u221e\u00a5\u05d0',
  ],
  ['DOS 737 Greek', '\u038a\u039d\u03a1\u0386\u2593\u2591\u0388\u03c5\u2555\u0389\u03a9\u03a1'],
  [
    'DOS 737 Greek',
    '\u0389\u0397\u039d\u0388\u2563\u0395\u0389\u03b7\u03a1\u0388\u039c\u03c1\u0389\u2593\u2524\u0388\u03a5\u03bd\u0389\u03b6\u0391',
  ],
  ['Mac Central European', '\u016a\u0106\u017a\u00cd\u2264\u012f\u017d\u00a8\u0142\u017e\u00f3\u017a'],
  [
    'Mac Central European',
    '\u017e\u00dc\u0106\u017d\u013b\u0104\u017e\u011b\u017a\u017d\u010d\u00ae\u017e\u2264\u012b\u017d\u010f\u00a7\u017e\u011a\u00c4',
  ],
  ['DOS 852', '\u00dd\u00ee\u00c9\u0155\u2593\u2591\u0170\u010c\u015e\u00fd\u015a\u00c9'],
  [
    'DOS 852',
    '\u00fd\u0107\u00ee\u0170\u2563\u00e4\u00fd\u00d7\u00c9\u0170\u0151\u0118\u00fd\u2593\u2524\u0170\u00f4\u0104\u00fd\u0141\u00c7',
  ],
  ['Mac Thai', '\u0e4c\u0e1d\uf896\u0e4c\uf88f\u0e1c\u0e4d\uf88f\u0e10\u0e4c\uf888\ufffd\u0e4c\uf88f\uf896'],
  [
    'Mac Thai',
    '\u0e4c\uf895\uf897\u0e4b\u0e19\uf88f\u0e4c\u2019\ufffd\u0e4b\uf894\u0e08\u0e4c\u0e12\u0e14\u0e4b\uf889\u0e04\u0e4c\u2018\u00ab',
  ],
  ['VISCII', '\u00ed\u1ec2\u1ed2\u00ea\u1ed7\u1ed3\u1ebb\u1ec3\u1ecb\u00ec\u1ede\u1ed2'],
  ['VISCII', '\u00ec\u01a1\u1ee6\u00ec\u1ea4\u1eec\u00ed\u1ea4\u1ed3\u00ec\u1ede\u1ed2\u00ec\u1ea4\u1ee6'],
  ['Mac Turkish', '\u00cc\u00e5\u00ea\u00cd\u2264\u221e\u00ce\u00a8\u220f\u00cf\u00f3\u00ea'],
  [
    'Mac Turkish',
    '\u00cf\u00dc\u00e5\u00ce\u03c0\u00d1\u00cf\u00fb\u00ea\u00ce\u00e3\u00ae\u00cf\u2264\u00a5\u00ce\u00ec\u00a7\u00cf\u00f9\u00c4',
  ],
];
// UTF-8 bytes read as UTF-16 units, little- or big-endian (an odd last byte is lost).
const asUtf16 = (w: string, be = false) => {
  const b = Buffer.from(w);
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(be ? (b[i]! << 8) | b[i + 1]! : b[i]! | (b[i + 1]! << 8));
  return s;
};

describe('Korean UTF-8 read through a code page the platform lacks, or as UTF-16', () => {
  it('flags a word read as a DOS or Mac code page (Mac Greek, DOS 862 Hebrew, DOS 737, Mac Central European …)', () => {
    for (const [page, g] of TABLE_ONLY)
      expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${g} 지적한다.`)), page).toContain('broken-text:mojibake');
  });
  it('flags a word whose bytes were read as UTF-16, either byte order, stray Hangul and all', () => {
    for (const w of [...WORDS, '애리조나에서'])
      for (const be of [false, true]) {
        const g = asUtf16(w, be);
        expect(utf8AsUtf16(`그러나 ${g} 지적한다.`), `${w} ${be ? 'BE' : 'LE'}`).toEqual([{ start: 4, end: 4 + g.length }]);
      }
    expect(keys(runOne(brokenTextCheck, 'x', `매리너스는 ${asUtf16('애리조나에서')} 스프링캠프를`))).toContain('broken-text:mojibake');
  });
  it('leaves hanja, Chinese, Yi and Korean text with private-use symbols alone', () => {
    for (const t of [
      '韓國 議會 選擧 證券 銀行 經濟 關係 問題 閣僚 會議 驛 發表',
      '“中华人民共和国外交部发言人表示，双方将继续加强合作。”',
      'ꆈꌠꁱꂷ ꀉꂿ ꑭꆏ',
      '각 국가별 값은 \ue000\ue001 기호로 표시했다. 가나다라마바사 갉갊갋갌갍갎',
    ])
      expect(utf8AsUtf16(t), t).toEqual([]);
  });
});
