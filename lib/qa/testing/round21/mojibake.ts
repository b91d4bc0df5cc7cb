// Round-21 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite (or by hand for the escapes) when the set was written.
// Mojibake, one mechanism each, none used in rounds 4–20: EUC-KR read as Big5, traditional Chinese
// (제작진과); UTF-8 left percent-encoded from a URL query (변호인단과); UTF-8 read as Windows-1252,
// saved as UTF-8 and read as Windows-1252 again, double Latin mojibake (정산); UTF-8 read as
// Shift_JIS with half-width katakana and U+FFFD (의결권을); UTF-8 read as Windows-874, Thai
// (애널리스트); UTF-16BE bytes read as ISO-8859-1, one Latin pair per syllable (심사하기); JSON
// \uXXXX escapes left unparsed by an export script (사모펀드).
export const MOJI = {
  제작진과: '\u85af\u6fdb\u971e\u5a41',
  변호인단과: '%EB%B3%80%ED%98%B8%EC%9D%B8%EB%8B%A8%EA%B3%BC',
  정산: '\u00c3\u00ac\u00c2\u00a0\u00e2\u20ac\u00a2\u00c3\u00ac\u00e2\u20ac\u0161\u00c2\u00b0',
  의결권을: '\ufffd\u652a\ufffd\uff72\uff70\ufffd\uff76\u8b77\u63c6',
  애널리스트: '\u0e4c\u2022\u00a0\u0e4b\ufffd\ufffd\u0e4b\u0e06\u0e0c\u0e4c\ufffd\u0e04\u0e4d\ufffd\u0e18',
  심사하기: '\u00c2\u00ec\u00c0\u00ac\u00d5X\u00ae0',
  사모펀드: '\\uc0ac\\ubaa8\\ud380\\ub4dc',
};
