// The role of a named person, for natural later references in Korean. English repeats a surname
// ("Kwon lashed out…", "Mr. Kwon") where Korean news writes surname + title (권 국장) or the full
// name. The rule (see ARCHITECTURE.md, "Names"):
//   1. the term's note may say it: `role: 국장` or `직함: 국장` (the owner's word wins);
//   2. otherwise the first mention of the name in the document: an appositive right after it
//      (`Kwon Jong-gun(권정근), director of U.S. Affairs…`, `Oh Gyeong-seop, a researcher from…`) or
//      a title right before it (`North Korean leader Kim Jong-un`, `U.S. President Donald Trump`);
//   3. no role known: later references get the full name (권정근), never a bare surname (권).

export interface Role {
  /** The English title word(s) as found, lower-cased ("director"). */
  en: string;
  /** The Korean title ("국장"). */
  ko: string;
}

/** English titles and the Korean title news writing puts after a surname. Longest first. */
export const TITLES: readonly (readonly [string, string])[] = [
  ['vice foreign minister', '외무성 부상'],
  ['foreign minister', '외무상'],
  ['prime minister', '총리'],
  ['vice president', '부통령'],
  ['vice minister', '차관'],
  ['deputy director', '부국장'],
  ['special representative', '특별대표'],
  ['national security adviser', '국가안보보좌관'],
  ['president', '대통령'],
  ['premier', '총리'],
  ['minister', '장관'],
  ['chairman', '위원장'],
  ['chairwoman', '위원장'],
  ['leader', '위원장'],
  ['director', '국장'],
  ['researcher', '연구위원'],
  ['research fellow', '연구위원'],
  ['professor', '교수'],
  ['spokesman', '대변인'],
  ['spokeswoman', '대변인'],
  ['spokesperson', '대변인'],
  ['ambassador', '대사'],
  ['envoy', '특사'],
  ['governor', '지사'],
  ['mayor', '시장'],
  ['lawmaker', '의원'],
  ['senator', '상원의원'],
  ['general', '장군'],
  ['commander', '사령관'],
  ['reporter', '기자'],
  ['correspondent', '특파원'],
  ['secretary', '비서'],
  ['analyst', '분석가'],
  ['coach', '감독'],
  ['manager', '감독'],
];

const BY_EN = new Map(TITLES.map(([en, ko]) => [en, ko]));

export function koreanTitle(en: string): string | null {
  return BY_EN.get(en.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

const NOTE_ROLE = /(?:^|[\s·;,(])(?:role|직함)\s*[:：]\s*([^\n,;·)]+)/iu;

/** `role: 국장` in a term note, else null. */
export function roleFromNote(note: string | null | undefined): Role | null {
  const m = NOTE_ROLE.exec(note ?? '');
  const ko = m?.[1]?.trim();
  return ko ? { en: '', ko } : null;
}

const TITLE_ALT = TITLES.map(([en]) => en.replace(/ /g, '\\s+')).join('|');
// After the name (and its parenthesised original): ", [a|an|the] [up to 3 words] TITLE\b"
const AFTER = new RegExp(
  `^\\s*(?:[(（][^()（）]{1,40}[)）])?\\s*,\\s+(?:(?:a|an|the)\\s+)?(?:(?!(?:who|whom|whose|which|that|and|but|met|said)\\b)[\\w.’'-]+\\s+){0,3}?(${TITLE_ALT})\\b`,
  'iu',
);
// Before the name: "… TITLE " directly.
const BEFORE = new RegExp(`\\b(${TITLE_ALT})\\s+$`, 'iu');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The role given at the first mention of `name` in the paragraphs, or null. */
export function roleAtFirstMention(paragraphs: readonly string[], name: string): Role | null {
  const pattern = escapeRegExp(name.trim()).replace(/\\?-/g, '[-‐‑]').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u');
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (!m) continue;
    const after = AFTER.exec(p.slice(m.index + m[0].length));
    const before = BEFORE.exec(p.slice(Math.max(0, m.index - 60), m.index));
    const en = (after?.[1] ?? before?.[1])?.toLowerCase().replace(/\s+/g, ' ');
    const ko = en ? koreanTitle(en) : null;
    return en && ko ? { en, ko } : null;
  }
  return null;
}
