// Clean-up of news text before anchors are read from it. What is removed here is text one side has
// and the other does not, so it could only ever be an unmatched anchor:
// - HTML entities left in scraped copy (`&#8212;` is a dash, not the number 8212);
// - English datelines, "SEOUL, Dec. 3 (Yonhap) --", "LONDON, England (CNN) --", which Korean drops or
//   rewrites as "(서울=연합뉴스) 김지훈 기자 =" (its own dateline, removed as well);
// - notes a Korean translator adds, "(※ …)", "(역자 주: …)", which have no English counterpart, and
//   notes an English desk adds that translations drop ("Editor's note: …", "X contributed to this report.").

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  deg: '°',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (m, dec, hex, name) => {
    if (name) return NAMED_ENTITIES[name] ?? m;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

// "SEOUL, Dec. 3 (Yonhap) --", "TOKYO, Oct. 12 (Reuters) -", "PARIS (AFP) -", "NEW YORK (CNN Business) --",
// "LONDON, England (CNN) --", "WASHINGTON, Aug. 20 (AP) —". An all-caps place, an optional region or
// date, an agency in brackets, a dash. Without the bracketed agency, an all-caps place and a dash.
const EN_DATELINE =
  /^\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:,\s[A-Z][A-Za-z.]*(?:\s[A-Za-z.]+)?(?:\s\d{1,2})?)?\s(?:\([A-Za-z][A-Za-z .&-]*\)\s*)?(?:--|—|–|-)\s*/;
// "(서울=연합뉴스) 김지훈 기자 =", "(워싱턴=연합뉴스) 이상헌 특파원 =", "【베이징=AFP】"
const KO_DATELINE = /^\s*[(【[][^)】\]]{1,20}=[^)】\]]{1,20}[)】\]](?:\s*[\p{L}\s]{0,20}?(?:기자|특파원|통신원))?\s*=?\s*/u;
// Notes an English desk adds that Korean papers drop: editor's notes, contributor lines.
const EN_NOTE =
  /Editor['’]s note:[^]{0,300}?(?:are|is) (?:his|her|their|the author['’]s) own\.|Editor['’]s note:[^.!?]*[.!?]|(?:^|(?<=[.!?”"]\s))[A-Z][\w'’\- ]{2,60} contributed (?:to )?(?:this report|reporting|to this story)\.|An interview, edited for length and clarity\./g;
const KO_NOTE = /\((?:※|역자\s?주|옮긴이\s?주|편집자\s?주)[^()]*(?:\([^()]*\)[^()]*)*\)|※[^\n]*$/g;

export function stripDateline(text: string): string {
  const m = EN_DATELINE.exec(text);
  // Only a real dateline: the place must be all capitals ("The US -- " is not one).
  return m && /^\s*[A-Z]{2}/.test(m[0]) ? text.slice(m[0].length) : text;
}

export function stripKoreanDateline(text: string): string {
  return text.replace(KO_DATELINE, '');
}

export function stripTranslatorNotes(text: string): string {
  return text.includes('주') || text.includes('※') ? text.replace(KO_NOTE, ' ') : text;
}

export function stripEnglishNotes(text: string): string {
  return text.includes('note') || text.includes('contributed') || text.includes('edited') ? text.replace(EN_NOTE, ' ') : text;
}

/** English paragraph text as the anchors see it. */
export function englishForAnchors(text: string): string {
  return stripEnglishNotes(stripDateline(decodeEntities(text)));
}

/**
 * Text whose length the length model should see: without entities, and without notes one side
 * added, unless the paragraph is nothing but such a note (then it stands as it is: an insertion).
 */
export function forLength(text: string, korean: boolean): string {
  const decoded = decodeEntities(text);
  const stripped = korean ? stripTranslatorNotes(decoded) : stripEnglishNotes(decoded);
  return /\S/.test(stripped) ? stripped : decoded;
}

/** Korean paragraph text as the anchors see it. */
export function koreanForAnchors(text: string): string {
  return stripTranslatorNotes(stripKoreanDateline(decodeEntities(text)));
}
