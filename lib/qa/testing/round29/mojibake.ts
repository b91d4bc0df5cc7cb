// Round-29 mojibake strings (see variants.ts): each Korean word as a broken pipeline shows it,
// generated with iconv-lite from the word's real bytes when the set was written (and checked to
// round-trip back to the word).
// Mojibake, one mechanism each, none used in rounds 4–28: UTF-8 read as CP863, DOS French
// Canadian, with an infinity sign, Greek phi and accented Latin (수험표); UTF-8 read as ISO-8859-4,
// Latin-4 (North European), with the C1 controls it maps 0x80–0x9F to and its ogonek (결시율은);
// UTF-8 read as ISO-8859-14, Latin-8 (Celtic), with dotted consonants and C1 controls (가답안의);
// UTF-8 read as UTF-16BE, byte pairs turned big-endian into private-use characters, CJK ideographs
// and unrelated Hangul (모의평가보다); EUC-KR read as CP866, DOS Cyrillic, with box drawing (지구대);
// EUC-KR read as ISO-8859-2, Latin-2, Central European letters with carons (감독관이); UTF-8 read as
// CP720, DOS Arabic, Arabic letters with box drawing and a trailing C1 control (논술고사와).
export const MOJI = {
  수험표: '\u221e\u00ea\u00a4\u03c6\u00f9\u00a4\u03c6\u00c8\u00a3',
  결시율은: '\u0119\u02db\u00b0\u0117\u008b\u009c\u0117\u009c\u00a8\u0117\u009d\u0080',
  가답안의: '\u00ea\u1e1e\u0080\u00eb\u008b\u1e41\u00ec\u0095\u0088\u00ec\u009d\u0098',
  모의평가보다: '\uebaa\ua8ec\u9d98\ued8f\u89ea\ub080\uebb3\ub4eb\u8ba4',
  지구대: '\u2534\u040e\u2592\u2555\u2524\u044b',
  감독관이: '\u00b0\u00a8\u013e\u015b\u00b0\u00fc\u0154\u011a',
  논술고사와: '\u0646\u00e0\u255d\u0647\u00ea\u0628\u0645\u2502\u0628\u0647\u00e9\u0634\u0647\u0622\u0080',
};
