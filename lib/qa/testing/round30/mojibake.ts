// Round-30 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (and checked to
// round-trip back to the word, except the CP869 one, whose unmapped byte became U+FFFD).
// Mojibake, one mechanism each, none used in rounds 4–28: UTF-8 read as ISO-8859-4, Latin-4 (North
// European), with the C1 controls it maps 0x80–0x9F to and its ė/ĸ/ļ/ŧ (세종정부청사); EUC-KR read
// as ISO-8859-9, Latin-5 (Turkish), Latin-1 look-alikes with a dotless ı (양곡관리법); UTF-8 read as
// CP869, DOS modern Greek, Greek letters, middle dots and a U+FFFD for its unmapped byte (직불금);
// UTF-8 read as TCVN3, the old Vietnamese national code page, precomposed Vietnamese letters, a
// combining tilde and a no-break space, a file from a Vietnamese exporter's side opened with it
// (베트남); UTF-8 read as Mac Icelandic, Latin letters and a π (소비량은); UTF-8 read as
// ISO-8859-13, Latin-7 (Baltic), with C1 controls and a soft hyphen (국수용); EUC-KR read as
// CP863, DOS French Canadian, box drawing and Greek letters (곡창지대에서).
export const MOJI = {
  세종정부청사: '\u0117\u0084\u00b8\u0117\u0138\u0085\u0117\u00a0\u0095\u00eb\u013c\u0080\u0117\u02db\u00ad\u0117\u0082\u0166',
  양곡관리법: '\u00be\u00e7\u00b0\u00ee\u00b0\u00fc\u00b8\u00ae\u00b9\u0131',
  직불금: '\u03c3\u0394\ufffd\u03c1\u039b\u00b7\u03c0\u039d\u00b7',
  베트남: '\u1edf\u0303\u00a0\u1edb\u00c9\u00e1\u1edf\u00c3\u0103',
  소비량은: '\u00cf\u00dc\u00e5\u00ce\u03c0\u00d1\u00ce\u00fc\u00e2\u00cf\u00f9\u00c4',
  국수용: '\u017a\u00b5\u00ad\u0123\u0088\u0098\u0123\u009a\u00a9',
  곡창지대에서: '\u2591\u03b5\u251c\u00f3\u2534\u00f7\u2524\u03b4\u2510\u00b4\u255d\u00be',
};
