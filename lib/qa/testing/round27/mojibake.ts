// Round-27 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (the Python bytes
// literal from the UTF-8 bytes, the HTML hexadecimal references from the code points, the %u
// escapes with JavaScript's escape()).
// Mojibake, one mechanism each, none used in rounds 4–25: UTF-8 read as ISO-8859-2, Latin-2, with
// the C1 controls it maps 0x80–0x9F to (감사에서는); UTF-8 read as CP860, DOS Portuguese, Greek
// letters and box drawing (포르투갈); EUC-KR read as CP437, the DOS console, box drawing and a root
// sign (적자를); EUC-KR read as Windows-1253, Greek (합리적인); a Python bytes literal written with
// str() instead of decoded, pure ASCII (울산); HTML hexadecimal character references left unparsed
// by a feed, pure ASCII (쿠웨이트); JavaScript escape() %u escapes from an old web form, pure ASCII
// (수석코치).
export const MOJI = {
  감사에서는: '\u0119\u00b0\u0090\u011b\u0082\u0179\u011b\u0097\u0090\u011b\u0084\u009c\u00eb\u008a\u0094',
  포르투갈: '\u03c6\u00c2\u00bc\u03b4\u00d1\u2524\u03c6\u00ea\u00bc\u03a9\u2591\u00ea',
  적자를: '\u2514\u221a\u2514\u250c\u2555\u00aa',
  합리적인: '\u0397\u03a5\u0388\u00ae\u0390\u03cb\u0390\u039e',
  울산: String.raw`b'\xec\x9a\xb8\xec\x82\xb0'`,
  쿠웨이트: '&#xCFE0;&#xC6E8;&#xC774;&#xD2B8;',
  수석코치: '%uC218%uC11D%uCF54%uCE58',
};
