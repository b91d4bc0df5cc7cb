// A site the English names by a proper name before a generic noun — Brazil's Alcantara base, the
// Baikonur cosmodrome, a Tesla plant, the Yongbyon reactor — is a place a Korean translation keeps
// by name (브라질 알칸타라 발사장, 바이코누르 우주기지, 테슬라 공장, 영변 원자로); 브라질 발사장 has
// lost it. Only a capitalised word after an article, a preposition or a possessive counts (not the
// first word of a sentence), and not an adjective of nationality (the Russian base → 러시아 기지), an
// institution word (the Army base, the Navy yard) or a direction. Whether the Korean keeps the name
// is judged by missing-name.ts (its consonants at the start of a Korean word).

export interface NamedSite {
  /** The proper name (Alcantara). */
  name: string;
  /** The name and its generic noun (Alcantara base). */
  text: string;
  start: number;
  end: number;
}

const SITE_NOUN =
  '(?:launch (?:site|centre|center|complex|pad|base|facility)|space (?:centre|center|port)|spaceport|cosmodrome|(?:air|naval|army|missile|military) base|base|airbase|airport|airfield|port|harbou?r|shipyard|plant|factory|refinery|mine|dam|reactor|nuclear (?:plant|complex|site|facility)|(?:oil|gas) ?field|test site|testing ground|proving ground|terminal)';
const SITE_RE = new RegExp(
  `(?:\\b(?:the|a|an|its|their|from|at|in|near|of|to|on|by|off)\\s+|['’]s\\s+)([A-Z][a-z]{3,14})\\s+${SITE_NOUN}\\b`,
  'g',
);
// A cheap test before the pattern: one of the generic nouns, lower case.
const ANY_NOUN =
  /\b(?:base|cosmodrome|spaceport|launch|space|airport|airfield|port|harbou?r|shipyard|plant|factory|refinery|mine|dam|reactor|field|test|testing|proving|terminal)\b/;

// Nationality adjectives (Russian, Chinese, Israeli, French, Dutch) are translated as the country.
const DEMONYM =
  /(?:ese|ian|ish|ean|can|ench|tch|ic)$|^(?:Israeli|Iraqi|Saudi|Thai|Swiss|Greek|Czech|Kuwaiti|Qatari|Omani|Yemeni|Pakistani|Afghan|Filipino|Brazilian|Emirati)$/;
// Institution, direction and other common words that stand before a site without naming it.
const NOT_NAME = new Set(
  'Army Navy Marine Marines Military Naval Space Nuclear Federal State National Royal Coast Guard Main Grand Power Steel Energy Capital Central Union Allied Coalition Government Company Group Joint Main Northern Southern Eastern Western North South East West Upper Lower Greater Inner Outer Korea Korean Seoul Pyongyang Soviet Western Arctic Pacific Atlantic Indian Island Islands Pentagon'.split(
    ' ',
  ),
);

// Per source text, like the names of lib/names (the same paragraph is checked again after every save).
const memo = new Map<string, NamedSite[]>();

/** Sites the source names by a proper name before a generic noun, each name once. */
export function namedSites(src: string): NamedSite[] {
  if (!ANY_NOUN.test(src)) return [];
  let v = memo.get(src);
  if (v === undefined) {
    v = findSites(src);
    if (memo.size > 5000) memo.clear();
    memo.set(src, v);
  }
  return v;
}

function findSites(src: string): NamedSite[] {
  const out: NamedSite[] = [];
  for (const m of src.matchAll(SITE_RE)) {
    const name = m[1]!;
    if (NOT_NAME.has(name) || DEMONYM.test(name) || out.some((o) => o.name === name)) continue;
    const start = m.index! + m[0].indexOf(name);
    const end = m.index! + m[0].length;
    out.push({ name, text: src.slice(start, end), start, end });
  }
  return out;
}
