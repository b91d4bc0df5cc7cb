// Round-19 mojibake strings (see variants.ts): each Korean word's bytes as a wrong import shows
// them, generated with iconv-lite when the set was written.
// Mojibake, one mechanism each, none used in rounds 4–18: UTF-8 read as Windows-1250, Central
// European (세액공제를); UTF-8 read as Windows-1251, Cyrillic (생산연령인구가); UTF-8 read as
// Windows-1254, Turkish (베리스트룀); UTF-8 read as DOS code page 850, Western European with box
// drawing (공공임대주택을); UTF-8 read as Mac Central European (양육수당을); EUC-KR read as
// Windows-1250 (국회예산정책처에); UTF-8 read as Windows-1251, saved as UTF-8 and read as Windows-1251
// again, double Cyrillic mojibake (자선단체가).
export const MOJI = {
  세액공제를: '\u011b\u201e\u00b8\u011b\u2022\u02c7\u0119\u0142\u00b5\u011b\u00a0\u015b\u00eb\u0104\u013d',
  생산연령인구가:
    '\u043c\u0453\u045c\u043c\u201a\u00b0\u043c\u2014\u00b0\u043b\u00a0\u2116\u043c\u045c\u0451\u043a\u00b5\u00ac\u043a\u00b0\u0402',
  베리스트룀: '\u00eb\u00b2\u00a0\u00eb\u00a6\u00ac\u00ec\u0160\u00a4\u00ed\u0160\u00b8\u00eb\u00a3\u20ac',
  공공임대주택을:
    '\u00db\u2502\u00c1\u00db\u2502\u00c1\u00fd\u00d7\u00e4\u00d9\u00ee\u00c7\u00fd\u00fa\u255d\u00dd\u00e2\u00d8\u00fd\u00d8\u00e4',
  양육수당을: '\u017e\u0116\u010e\u017e\u00fa\u00b0\u017e\u0105\u0117\u017d\u010d\u013b\u017e\u011a\u0104',
  국회예산정책처에: '\u00b1\u0105\u010c\u00b8\u017c\u0105\u00bb\u0119\u00c1\u00a4\u0102\u0104\u0102\u0142\u017c\u02c7',
  자선단체가:
    '\u0420\u0458\u0421\u203a\u0421\u2019\u0420\u0458\u0432\u0402\u045b\u0412\u00a0\u0420\u00bb\u0432\u0402\u2116\u0420\u0403\u0420\u0458\u0420\u2020\u0422\u2018\u0420\u0454\u0412\u00b0\u0420\u201a',
};
