import { describe, expect, it } from 'vitest';
import { brokenTextCheck } from './broken-text';
import { keys, runOne } from './testing';

const moji = (w: string) => {
  const cp1252: Record<number, number> = {
    0x80: 0x20ac,
    0x82: 0x201a,
    0x84: 0x201e,
    0x86: 0x2020,
    0x8c: 0x152,
    0x91: 0x2018,
    0x92: 0x2019,
    0x93: 0x201c,
    0x94: 0x201d,
    0x9c: 0x153,
  };
  return [...Buffer.from(w)].map((b) => String.fromCodePoint(cp1252[b] ?? b)).join('');
};

describe('broken-text check', () => {
  it('flags U+FFFD and UTF-8 read as Windows-1252', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '쌀\uFFFD은 올랐다'))).toEqual(['broken-text:replacement-char']);
    expect(keys(runOne(brokenTextCheck, 'x', `${moji('통일부')}는 밝혔다`))).toEqual(['broken-text:mojibake']);
    expect(keys(runOne(brokenTextCheck, 'x', `${moji('교수는')} 말했다`))).toEqual(['broken-text:mojibake']);
  });
  it('flags the object replacement character U+FFFC left where an emoji or image was pasted, unless the source has it', () => {
    expect(keys(runOne(brokenTextCheck, 'x', '정말 모르겠어요\uFFFC”라고 말했다'))).toEqual(['broken-text:replacement-char']);
    expect(keys(runOne(brokenTextCheck, 'x', '\uFFFC 사진 속 장면'))).toEqual(['broken-text:replacement-char']);
    expect(runOne(brokenTextCheck, 'See the icon \uFFFC here.', '여기 아이콘 \uFFFC을 보라.')).toEqual([]);
  });
  it('leaves accented Latin and curly quotes alone', () => {
    expect(runOne(brokenTextCheck, 'x', '카페(café)에서 “좋다”고 말했다. Pokémon, señor, Ãlvaro')).toEqual([]);
  });
  it('flags Korean text read with the wrong legacy encoding: EUC-KR as Latin-1, UTF-8 as CP949', () => {
    // 통계청이 and 외교부 in EUC-KR bytes shown as Windows-1252.
    expect(keys(runOne(brokenTextCheck, 'x', '\u00c5\u00eb\u00b0\u00e8\u00c3\u00bb\u00c0\u00cc 12월 10일 고용동향을 발표하고'))).toEqual([
      'broken-text:mojibake',
    ]);
    expect(runOne(brokenTextCheck, 'x', '\u00bf\u00dc\u00b1\u00b3\u00ba\u00ce 관계자들은')[0]!.targetSpan).toEqual({ start: 0, end: 6 });
    // 법원의 in UTF-8 bytes decoded as CP949, the undecodable byte saved as ?.
    expect(keys(runOne(brokenTextCheck, 'x', '다음 수순은 \u8e30\ubea4\uc35d?\uc4fd 몫이다.'))).toEqual(['broken-text:mojibake']);
  });
  it('leaves hanja, rare syllables and Latin-1 symbols in ordinary text alone', () => {
    expect(runOne(brokenTextCheck, 'x', '韓日 정상회담, 對中 수출, 게이단렌(經團連), 美는 반대했다.')).toEqual([]);
    expect(runOne(brokenTextCheck, 'x', '똠방각하 뷁 같은 말, 기온 25°C, ±0.5%, ½ 크기, ¿Qué?')).toEqual([]);
  });
});

describe('broken-text: UTF-8 read as other single-byte code pages', () => {
  // The UTF-8 bytes of a word decoded with one of Node's legacy decoders (what a wrong import shows).
  const as = (w: string, enc: string) => new TextDecoder(enc).decode(Buffer.from(w));
  it('flags Korean read as Windows-1250, Mac Roman, Windows-1251, 1253 and 1257, once per garbled run', () => {
    for (const enc of ['windows-1250', 'macintosh', 'windows-1251', 'windows-1253', 'windows-1257'])
      for (const w of ['용접공', '통영에', '조선소는'])
        // Windows-1257 leaves two bytes undefined (decoded as U+FFFD): that is reported as well.
        expect(keys(runOne(brokenTextCheck, 'x', `외국인 ${as(w, enc)} 비자`)), `${w} as ${enc}`).toContain('broken-text:mojibake');
  });
  it('flags Korean read as the DOS code pages 437 and 850 (a console, an old tool)', () => {
    // Python: '용접공'.encode().decode('cp437') and so on.
    for (const g of ['∞Ü⌐∞áæΩ│╡', 'φå╡∞ÿü∞ùÉ', '∞í░∞äá∞åîδèö', 'ýÜ®ýáæÛ│Á', 'ÝåÁýÿüýùÉ', 'ýí░ýäáýåîÙèö'])
      expect(keys(runOne(brokenTextCheck, 'x', `외국인 ${g} 비자`)), g).toContain('broken-text:mojibake');
  });
  it('leaves box drawings, math signs and Greek letters as DOS 437 shows them alone', () => {
    for (const t of [
      '┌──────┐ 표 │ 값 │ └──────┘ ░▒▓ █▄▌▐▀',
      '극한값 ∞, 각 θ와 φ, δ ≈ 0.5, σ² ≥ 1, Ω(옴), √2 ≤ π',
      '그리스어 αβγδ, ΣΩΦΘ, ∞±≥≤÷≈°∙·√ⁿ²■',
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
  });
  it('leaves Central European, Greek, Cyrillic and Turkish words and runs of symbols alone', () => {
    for (const t of [
      'Wałęsa(바웬사) 전 대통령과 Dvořák, Łódź, Gdańsk',
      '그리스어로 Αθήνα(아테네), ΕΛΛΑΔΑ, Ελλάδα라고 쓴다',
      '러시아어 Москва(모스크바)와 Україна, ліії, Київ',
      'İstanbul, Ağrı, Şanlıurfa에서 “‘…’”·—– ±≈∞ 기호',
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
  });
});

describe('broken-text: UTF-8 left percent-encoded', () => {
  const pct = (w: string) => encodeURIComponent(w);
  it('flags Korean words left as %XX escapes', () => {
    for (const w of ['판결문에', '소비자단체들은', '서울', '값'])
      expect(keys(runOne(brokenTextCheck, 'x', `그러나 ${pct(w)} 지적한다.`)), w).toEqual(['broken-text:mojibake']);
    expect(runOne(brokenTextCheck, 'x', `이 ${pct('환승으로')} 줄었다`)[0]!.targetSpan).toEqual({
      start: 2,
      end: 2 + pct('환승으로').length,
    });
  });
  it('leaves web addresses, percentages and escapes of other text alone', () => {
    for (const t of [
      `자세한 내용은 https://ko.wikipedia.org/wiki/${pct('서울특별시')} 참조`,
      `검색 주소 www.example.com/search?q=${pct('교통요금')}&page=2`,
      '물가는 3%, 임금은 5% 올랐다. 100%%20 확률 %41%42%43 %E2%80%93',
      `요금은 20%~53% 오른다.`,
    ])
      expect(runOne(brokenTextCheck, 'x', t), t).toEqual([]);
  });
});
