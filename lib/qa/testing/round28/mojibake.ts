// Round-28 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (and checked to
// round-trip back to the word).
// Mojibake, one mechanism each, none used in rounds 4–27: UTF-8 read as CP865, DOS Nordic, with
// box drawing, Greek letters and a peseta sign (잠복기인); UTF-8 read as Mac Thai, Thai marks with
// Apple private-use characters (응급실); UTF-8 read as ISO-8859-16, Latin-10 (Romanian), with the
// C1 controls it maps 0x80–0x9F to and a soft hyphen (보건당국이); EUC-KR read as CP850, DOS Western
// European, box drawing (질병관리청); UTF-8 read as CP775, DOS Baltic (접종); EUC-KR read as
// Windows-1257, Baltic (항체); UTF-8 read as VISCII, the old Vietnamese code page, a file from the
// Ho Chi Minh City side opened with it (베트남과).
export const MOJI = {
  잠복기인: '\u221e\u20a7\u00e1\u03b4\u2502\u2561\u03a9\u2555\u2591\u221e\u00d8\u2555',
  응급실: '\u0e4c\u2018\u2022\u0e4a\u0e18\uf88e\u0e4c\uf894\u0e04',
  보건당국이: '\u00eb\u0142\u017d\u00ea\u00b1\u017d\u00eb\u008b\u010d\u00ea\u201d\u00ad\u00ec\u009d\u017d',
  질병관리청: '\u2534\u00b7\u2551\u2524\u2591\u00b3\u00a9\u00ab\u251c\u2557',
  접종: '\u0146\u0100\u00e6\u0146\u00f3\u0123',
  항체: '\u0112\u00d7\u0106\u00bc',
  베트남과: '\u1ebb\u1ed7\u00d5\u00ed\u1ebe\u1ecb\u1ebb\u1eb0\u1ebd\u00ea\u1ee0\u1eec',
};
