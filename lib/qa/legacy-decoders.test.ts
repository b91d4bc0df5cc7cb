import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { utf8AsLegacyCodePage } from './legacy-decoders';
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
      '┌──────┐ │ 값 │ └──────┘ ░▒▓ ∞±≥≤÷≈°∙·√ⁿ²■ “‘…’”·—–',
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
  });
});
