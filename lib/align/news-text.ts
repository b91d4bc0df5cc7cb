// Clean-up of news text before anchors are read from it. What is removed here is text one side has
// and the other does not, so it could only ever be an unmatched anchor:
// - HTML entities left in scraped copy (`&#8212;` is a dash, not the number 8212);
// - English datelines, "SEOUL, Dec. 3 (Yonhap) --", "LONDON, England (CNN) --", which Korean drops or
//   rewrites as "(서울=연합뉴스) 김지훈 기자 =" (its own dateline, removed as well);
// - notes a Korean translator adds, "(※ …)", "(역자 주: …)", which have no English counterpart.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•', deg: '°',
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

/** English paragraph text as the anchors see it. */
export function englishForAnchors(text: string): string {
  return stripDateline(decodeEntities(text));
}

/** Korean paragraph text as the anchors see it. */
export function koreanForAnchors(text: string): string {
  return stripTranslatorNotes(stripKoreanDateline(decodeEntities(text)));
}
