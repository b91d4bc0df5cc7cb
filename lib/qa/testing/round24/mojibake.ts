// Round-24 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with Node's TextDecoder and iconv-lite from the word's real bytes when the set was
// written (the character references by hand from the code points).
// Mojibake, one mechanism each, none used in rounds 4–23: HTML decimal character references left
// unparsed by a CMS export, pure ASCII (협상이); UTF-8 read as Big5 (WHATWG, with HKSCS private-use
// characters and U+FFFD) (해운회사다); UTF-8 read as EUC-JP, a Japanese-side file opened with the
// Japanese legacy code page, a kanji, C1 controls and U+FFFD (특별전에서); UTF-8 read as CP737, DOS
// Greek with box drawing (일제강점기에); UTF-8 read as CP852, DOS Latin-2 (수집가들도); EUC-KR read
// as Mac Roman, maths symbols and an ellipsis (윤리강령도).
export const MOJI = {
  협상이: '&#54801;&#49345;&#51060;',
  해운회사다: '\ufffd\u6e25\ueabf\ufffd\uf601\uef9f\ufffd\ufffd',
  특별전에서: '\ufffd\u008a\u8c6a\ufffd\u0084\ufffd\u0084\ufffd\u0097\u0090\ufffd\u0084\u009c',
  일제강점기에: '\u0389\u03b6\u255d\u0389\u03b9\u03b5\u0386\u2591\u03a7\u0389\u03b9\u03a1\u0386\u2555\u2591\u0389\u03a9\u03a1',
  수집가들도: '\u00fd\u0142\u015b\u00fd\u017e\u0139\u0155\u2591\u00c7\u0170\u00f4\u0104\u0170\u0106\u00e4',
  윤리강령도: '\u00bf\u00b1\u220f\u00c6\u221e\u2260\u2211\u2026\u00b5\u00b5',
};
