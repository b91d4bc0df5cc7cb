// Round-25 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (the MIME encoded
// word from the UTF-8 bytes in base64, the JSON escapes by hand from the code points).
// Mojibake, one mechanism each, none used in rounds 4–24: UTF-8 read as Windows-1253, Greek, with
// U+FFFD for its unmapped bytes (창원공장을); UTF-8 read as CP862, DOS Hebrew, with a peseta sign
// and box drawing (임금); UTF-8 read as ISO-8859-15, Latin-9, with C1 controls and its Š/ž
// (환율인); EUC-KR read as Windows-1252 (영업이익은); a MIME encoded word (RFC 2047, base64) left
// undecoded from a mail subject line, pure ASCII (냉매); JSON \u escapes left unparsed by a
// double-encoded API response, pure ASCII (순매수했습니다).
export const MOJI = {
  창원공장을: '\u03bc\u00b0\u00bd\u03bc\u203a\ufffd\u03ba\u00b3\u00b5\u03bc\ufffd\u00a5\u03bc\ufffd\u201e',
  임금: '\u221e\u20a7\u05d4\u03a9\u2555\u05d8',
  환율인: '\u00ed\u0099\u0098\u00ec\u009c\u0161\u00ec\u009d\u017e',
  영업이익은: '\u00bf\u00b5\u00be\u00f7\u00c0\u00cc\u00c0\u00cd\u00c0\u00ba',
  냉매: '=?UTF-8?B?64OJ66ek?=',
  순매수했습니다: String.raw`\uc21c\ub9e4\uc218\ud588\uc2b5\ub2c8\ub2e4`,
};
