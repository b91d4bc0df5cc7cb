// Round-22 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite when the set was written.
// Mojibake, one mechanism each, none used in rounds 4–21: UTF-8 read as KOI8-R, Cyrillic and
// box-drawing (압수수색해); UTF-8 read as CP437, the DOS code page (사전투표율이); UTF-8 read as
// Windows-1250, Central European, with U+FFFD for its unmapped bytes (망원동에서); UTF-7 from an old
// mail gateway (한빛리서치가); EUC-KR read as Windows-1251, Cyrillic (부장판사는); UTF-8 read as Mac
// Roman (직권남용으로); UTF-8 read as Windows-1255, Hebrew, with U+FFFD (정치학자).
export const MOJI = {
  압수수색해: '\u041b\u2219\u2219\u041b\u252c\u2264\u041b\u252c\u2264\u041b\u2510\u2534\u041c\u2219\u2562',
  사전투표율이: '\u221e\u00e9\u00bc\u221e\u00e1\u00e4\u03c6\u00ea\u00bc\u03c6\u00e6\u00a3\u221e\u00a3\u00bf\u221e\u00a5\u2524',
  망원동에서: '\u00eb\u00a7\u0165\u011b\u203a\ufffd\u00eb\u0179\u2122\u011b\u2014\ufffd\u011b\u201e\u015b',
  한빛리서치가: '+1Vy+W7mswRzOWKwA-',
  부장판사는: '\u0454\u041e\u0410\u0435\u0416\u0417\u00bb\u0437\u0491\u0412',
  직권남용으로: '\u00cf\u00df\u00c5\u00cd\u2202\u00e5\u00ce\u00c7\u00ae\u00cf\u00f6\u00a9\u00cf\u00fa\u00ba\u00ce\u00b0\u00fa',
  정치학자: '\u05dc\u00a0\u2022\u05dc\u00b9\u02dc\u05dd\u2022\u2122\u05dc\ufffd\ufffd',
};
