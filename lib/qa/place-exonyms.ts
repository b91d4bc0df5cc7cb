// Well-known places by their Korean exonyms, for the places a news story puts something in: "a rally
// in central Seoul" → 서울 도심에서, "Seoul's Mapo district" → 서울 마포구. The names detection of
// lib/names leaves Seoul, Tokyo or Beijing alone (news English uses them for governments: "Tokyo
// introduced a reform" → 일본 정부는; "officials in Seoul" → 정부 당국자들; "shares rose in Seoul" → 주가는),
// so only a place named unmistakably as a location counts here: after central, downtown, northern,
// greater… or before "'s … district". A short curated table of the capitals and
// cities news about Korea names most (Korean forms as the National Institute of Korean Language's
// 외래어 표기법 and Korean news write them), not a gazetteer.
import { hangulSkeleton, skeleton } from '../align/names';
import { isHepburn, isPinyin, isRomanisedKorean } from './romanised-shapes';
import { WORLD_CAPITALS, WORLD_COUNTRIES, WORLD_PLACES } from './world-places.data';

const EXONYMS: Record<string, string[]> = {
  Seoul: ['서울'],
  Busan: ['부산'],
  Incheon: ['인천'],
  Daegu: ['대구'],
  Daejeon: ['대전'],
  Gwangju: ['광주'],
  Ulsan: ['울산'],
  Sejong: ['세종'],
  Jeju: ['제주'],
  Pyongyang: ['평양'],
  Kaesong: ['개성'],
  Tokyo: ['도쿄', '동경'],
  Osaka: ['오사카'],
  Beijing: ['베이징', '북경'],
  Shanghai: ['상하이'],
  'Hong Kong': ['홍콩'],
  Taipei: ['타이베이'],
  Washington: ['워싱턴'],
  'New York': ['뉴욕'],
  London: ['런던'],
  Paris: ['파리'],
  Berlin: ['베를린'],
  Brussels: ['브뤼셀'],
  Geneva: ['제네바'],
  Moscow: ['모스크바'],
  Hanoi: ['하노이'],
  Singapore: ['싱가포르'],
  Bangkok: ['방콕'],
  Jakarta: ['자카르타'],
  Manila: ['마닐라'],
  'New Delhi': ['뉴델리'],
  Sydney: ['시드니'],
};
const NAMES = Object.keys(EXONYMS).sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(
  `\\b(?:(?:[Cc]entral|[Dd]owntown|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Gg]reater|[Ss]uburban)\\s+(${NAMES.join('|')})\\b(?!['’])|\\b(${NAMES.join('|')})['’]s\\s+(?:[A-Z][a-z-]+\\s+)?(?:district|ward|county|neighbou?rhood|suburbs?|outskirts|streets))`,
  'g',
);
const ANY_NAME = new RegExp(`\\b(?:${NAMES.join('|')})\\b`);

export interface LostPlace {
  name: string;
  korean: string;
  start: number;
  end: number;
}

/** Places the source names as a location whose Korean exonym the translation does not have. */
export function lostPlaces(src: string, tgt: string): LostPlace[] {
  if (!ANY_NAME.test(src)) return [];
  const out: LostPlace[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(src); m; m = PLACE_RE.exec(src)) {
    const name = (m[1] ?? m[2])!;
    const forms = EXONYMS[name]!;
    if (forms.some((f) => tgt.includes(f)) || tgt.includes(name) || out.some((o) => o.name === name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, korean: forms[0]!, start, end: start + name.length });
  }
  return out;
}

// Other cities of the world (Vladivostok, Geneva, Munich) where the English puts something: after
// in, at, near, via, through, outside, “on to”, or “the port / city of”. Not after “to” or “from”
// alone, where a city often stands for its government (a letter to Tehran); not a capital (officials
// in Kyiv → 우크라이나 당국자들), a country, a place of the table above, or a word that spells
// romanised Korean, Hepburn or pinyin (the names detection and foreign-names.ts judge those). The
// Korean keeps it when a word starts with most of its consonants in order (블라디보스토크 for
// Vladivostok; 제네바 for Geneva, 뮌헨 for Munich: Korean exonyms differ a little from the English),
// or the Latin is left (the leftover-latin check's). A city turned into its country (러시아로) is lost.
const CITIES = new Set(WORLD_PLACES.split('|'));
for (const n of [...WORLD_COUNTRIES.split('|'), ...WORLD_CAPITALS.split('|'), ...NAMES]) CITIES.delete(n);
const CITY_RE =
  /\b(?:[Ii]n|at|near|via|through|outside|on to|(?:port|city) of)\s+(?:the\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![A-Za-z'’-])/g;

/** Longest common subsequence of two short consonant skeletons. */
function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

function cityKept(name: string, tgt: string): boolean {
  if (tgt.includes(name)) return true;
  const sk = skeleton(name);
  if (sk.length < 3) return true; // too few consonants to judge
  const need = Math.ceil(sk.length * 0.6);
  for (const w of tgt.match(/[가-힣]+/g) ?? []) if (lcs(sk, hangulSkeleton(w.slice(0, sk.length + 3))) >= need) return true;
  return false;
}

export interface LostCity {
  name: string;
  start: number;
  end: number;
}

// Per source text, like the other name finders (a paragraph is checked again after every save).
const cityMemo = new Map<string, LostCity[]>();
function citiesIn(src: string): LostCity[] {
  let v = cityMemo.get(src);
  if (v === undefined) {
    v = findCities(src);
    if (cityMemo.size > 5000) cityMemo.clear();
    cityMemo.set(src, v);
  }
  return v;
}

function findCities(src: string): LostCity[] {
  // Cheap test first: a capitalised word that is one of the cities.
  let any = false;
  for (const w of src.matchAll(/\s([A-Z][a-z]+)/g))
    if (CITIES.has(w[1]!)) {
      any = true;
      break;
    }
  if (!any) return [];
  const out: LostCity[] = [];
  for (const m of src.matchAll(CITY_RE)) {
    let name = m[1]!;
    if (!CITIES.has(name)) {
      const first = name.split(/[ -]/)[0]!;
      if (first === name || !CITIES.has(first)) continue;
      name = first;
    }
    if (isRomanisedKorean(name) || isHepburn(name) || isPinyin(name) || out.some((o) => o.name === name)) continue;
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** World cities the source names as a location that the translation lost (Vladivostok → 러시아). */
export function lostCities(src: string, tgt: string): LostCity[] {
  const found = citiesIn(src);
  return found.length === 0 ? found : found.filter((c) => !cityKept(c.name, tgt));
}
