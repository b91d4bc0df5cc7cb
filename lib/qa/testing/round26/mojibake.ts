// Round-26 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (and checked to
// round-trip back to the word).
// Mojibake, one mechanism each, none used in rounds 4–25: UTF-8 read as ISO-8859-2, Latin-2, with
// the C1 controls it maps 0x80–0x9F to and its ě/Ľ (양식장); UTF-8 read as Mac Croatian, with an
// infinity sign (산사태로); UTF-8 read as CP855, the other DOS Cyrillic code page, with box drawing
// (고속열차는); UTF-8 read as CP857, DOS Turkish, with box drawing and accented Latin (체육관에서);
// EUC-KR read as KOI8-R, Cyrillic with box drawing (중간고사를); UTF-16LE bytes read as
// Windows-1252, two Latin-1 characters per syllable, low byte first (분식집을).
export const MOJI = {
  양식장: '\u011b\u0096\u0091\u011b\u008b\u009d\u011b\u009e\u013d',
  산사태로: '\u00cf\u00c7\u221e\u00cf\u00c7\u00a8\u00cc\u00c9\u00fa\u00ce\u00b0\u00fa',
  고속열차는: '\u0416\u2502\u0430\u0412\u0454\u0407\u0412\u040c\u2524\u0412\u2591\u0435\u0432\u0456\u045b',
  체육관에서: '\u00ec\u2593\u2524\u00ec\u00a3\u00ed\u00db\u2524\u00c7\u00ec\u00f9\u00c9\u00ec\u00e4\u00a3',
  중간고사를: '\u0430\u044a\u255f\u0451\u255f\u041c\u2569\u0413\u2566\u2555',
  분식집을: '\u201e\u00bd\u00dd\u00c2\u00d1\u00c9D\u00c7',
};
