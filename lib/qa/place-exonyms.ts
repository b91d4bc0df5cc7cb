// Well-known places by their Korean exonyms, for the places a news story puts something in: "a rally
// in central Seoul" → 서울 도심에서, "Seoul's Mapo district" → 서울 마포구. The names detection of
// lib/names leaves Seoul, Tokyo or Beijing alone (news English uses them for governments: "Tokyo
// introduced a reform" → 일본 정부는; "officials in Seoul" → 정부 당국자들; "shares rose in Seoul" → 주가는),
// so only a place named unmistakably as a location counts here: after central, downtown, northern,
// greater… or before "'s … district". A short curated table of the capitals and
// cities news about Korea names most (Korean forms as the National Institute of Korean Language's
// 외래어 표기법 and Korean news write them), not a gazetteer.
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
