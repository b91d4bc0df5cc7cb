// Round-20 mojibake strings (see variants.ts): each Korean word's bytes as a broken pipeline shows
// them, generated with iconv-lite when the set was written.
// Mojibake, one mechanism each, none used in rounds 4–19: UTF-8 read as ISO-8859-1 with the C1
// control characters it maps 0x80–0x9F to (탐라항공은); EUC-KR read as GBK, simplified Chinese
// (분담금으로); UTF-8 read as CP949, the Korean code page itself, with broken Hangul, a Hanja and a
// U+FFFD (크루즈선); UTF-8 read as UTF-16LE, byte pairs turned into unrelated Hangul and Yi
// syllables (면세점); UTF-8 read as Windows-1256, Arabic (조례안을); UTF-8 left quoted-printable
// from an e-mail (내국인); UTF-8 read as Mac Greek (쓰레기).
export const MOJI = {
  탐라항공은: '\u00ed\u0083\u0090\u00eb\u009d\u00bc\u00ed\u0095\u00ad\u00ea\u00b3\u00b5\u00ec\u009d\u0080',
  분담금으로: '\u76d2\u6dec\u965b\u680f\u80ba',
  크루즈선: '\ufffd\uac95\u7337\u2465\ucaf0\ufffd\uaf51',
  면세점: '\ua9eb\uecb4\ub884\ua0ec',
  조례안을: '\u0649\u060c\u00b0\u00eb\u060c\u20ac\u0649\u2022\u02c6\u0649\u200c\u201e',
  내국인: '=EB=82=B4=EA=B5=AD=EC=9D=B8',
  쓰레기: '\u03bb\u2122\u0391\u03ba\u2020\u00e0\u03be\u0397\u0391',
};
