// Codes of print layout software left in the Korean: Adobe InDesign tagged text, as the print edition's
// export carries it into a pasted story — a character or paragraph style (<CharStyle:Bold>…<CharStyle:>,
// <ParaStyle:본문>, <pstyle:…>, <cstyle:…>), a local format (<cTypeface:Bold>, <cSize:12>, <ct:Bold>,
// <cColor:…>) and the file header (<UNICODE-WIN>, <ASCII-MAC>, <vsn:8>). A tag is the name InDesign
// defines, a colon and its value (empty to close), in angle brackets; the header words stand alone. A
// title in angle brackets (<CharStyle> as a book's name, with no colon) is not one. Reported as the tag's
// name, so the source's own tagged text allows the translated one (markup.ts reports them).
const STYLE_TAGS =
  'CharStyle|ParaStyle|ObjectStyle|CellStyle|TableStyle|pstyle|cstyle|ct|cs|cf|cc|cTypeface|cFont|cSize|cColor|cLeading|' +
  'cTracking|cKerning|cUnderline|cStrikethrough|cPosition|cCase|cBaselineShift|cHorizontalScale|cLanguage|pTextAlignment|' +
  'pSpaceBefore|pSpaceAfter|pLeftIndent|pRightIndent|pFirstLineIndent|pDropCapCharacters|pDropCapLines|DefineCharStyle|' +
  'DefineParaStyle|ColorTable|vsn|dcs|dps|tStart|tEnd|cStart|cEnd|rStart|rEnd';
const INDESIGN_RE = new RegExp(`<(${STYLE_TAGS}):[^<>\\n]{0,100}>|<(?:UNICODE|ASCII|ANSI)-(?:WIN|MAC)>`, 'g');

export function findLayoutCodes(text: string): { text: string; start: number; end: number }[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(INDESIGN_RE)].map((m) => ({ text: m[1] ? `<${m[1]}:>` : m[0], start: m.index!, end: m.index! + m[0].length }));
}
