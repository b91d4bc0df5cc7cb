// Round-23 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite (or by hand for the quoted-printable one) when the set was written.
// Mojibake, one mechanism each, none used in rounds 4–22: UTF-8 read as Windows-1258, Vietnamese,
// whose 0xEC is a combining acute accent (조사단장은); UTF-8 read as ISO-8859-7, Greek, with C1
// controls (보상금); UTF-8 read as Windows-1256, Arabic, with a zero-width non-joiner (점유율이);
// EUC-KR read as Shift_JIS, half-width katakana and a kanji (과징금을); UTF-8 read as Windows-1257,
// Baltic, with U+FFFD (습지); UTF-8 left quoted-printable from a mail body (여수공항의); UTF-8 read
// as CP866, DOS Cyrillic with box drawing (부기장).
export const MOJI = {
  조사단장은: '\u0301\u00a1\u00b0\u0301\u201a\u00ac\u00eb\u2039\u00a8\u0301\ufffd\u00a5\u0301\ufffd\u20ac',
  보상금: '\u03bb\u00b3\u0384\u03bc\u0083\u0081\u03ba\u0388\u0088',
  점유율이: '\u0649\u00a0\u06af\u0649\u0153\u00a0\u0649\u0153\u00a8\u0649\u200c\u00b4',
  과징금을: '\uff70\u60f2\uff61\uff71\uff9d\uff80\uff7b',
  습지: '\u0123\ufffd\u00b5\u0123\u00a7\u20ac',
  여수공항의: '=EC=97=AC=EC=88=98=EA=B3=B5=ED=95=AD=EC=9D=98',
  부기장: '\u044b\u2562\u0410\u044a\u2555\u2591\u044c\u042e\u0435',
};
