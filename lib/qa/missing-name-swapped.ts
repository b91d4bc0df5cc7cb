// Two people swapped: the Korean refers to a person by surname and title (신 작가는) in a paragraph
// whose English names someone else of the document (Rhee) and no one of that surname — one
// person's words given to another, an error no reading test sees, since both names are spelt right.
// Only for people the Korean document introduces by full name (신재원 … 신 작가), so a title after
// a determiner (이 대표 as "this head") or a person the document never names is left alone; and
// only where the English names another such person here, so "she said" rendered 신 작가는 is fine.
import { surnameReadings } from '../names/candidates';
import { TITLES } from '../names/roles';
import { hangulSkeleton, skeleton } from '../align/names';

// 씨: news names a private person by surname and 씨 after the first mention (안미경(67) 씨 … 안 씨).
const EXTRA_TITLES = ['대표', '작가', '연구원', '회장', '사장', '부사장', '감독', '변호사', '원장', '실장', '팀장', '총재', '씨'];
const TITLE_WORDS = [...new Set([...TITLES.map(([, ko]) => ko).filter((t) => !t.includes(' ')), ...EXTRA_TITLES])].sort(
  (a, b) => b.length - a.length,
);
const SURNAME_TITLE = new RegExp(`(?<![가-힣])([가-힣]) (${TITLE_WORDS.join('|')})(?=[은는이가을를의에도과와께]|[\\s,.”"]|$)`, 'g');
const CAPITALISED = /\b[A-Z][a-z]+(?:-[a-z]+)?\b/g;
// The initial-sound rule: 류/유, 리/이, 로/노 are one surname read two ways.
const INITIAL: Readonly<Record<string, string>> = { 류: '유', 리: '이', 로: '노', 라: '나', 림: '임', 량: '양', 렴: '염', 룡: '용' };
const norm = (s: string) => INITIAL[s] ?? s;
// Syllables that before a title are mostly a determiner, not a surname: 이 대표 (this head), 한
// 연구원 (a researcher), 전/현 대표 (former/current head), 양 (both), 고 (the late), 동 (the same), 각…
const DETERMINERS = new Set([
  '이',
  '그',
  '저',
  '한',
  '전',
  '현',
  '각',
  '새',
  '두',
  '세',
  '네',
  '첫',
  '몇',
  '모',
  '타',
  '본',
  '당',
  '동',
  '양',
  '고',
  '총',
  '부',
  '및',
]);

// Surnames of people the Korean document introduces by a full name (a surname and one or two
// syllables before a title, the age in brackets between them at times: 임성재(38) 씨), each with the consonant skeletons of its given names (강도현: 도현).
let docSurnames: { text: string; set: Map<string, Set<string>> } | null = null;
function introducedSurnames(doc: string): Map<string, Set<string>> {
  if (docSurnames?.text === doc) {
    // The same document checked again: its new text takes the old one's place, so the next calls
    // of this run compare by identity instead of reading the whole text each time.
    docSurnames.text = doc;
    return docSurnames.set;
  }
  const set = new Map<string, Set<string>>();
  const title = TITLE_WORDS.join('|');
  for (const m of doc.matchAll(
    new RegExp(`(?<![가-힣])([가-힣])([가-힣]{1,2})(?:\\(\\d{1,3}\\))? (?:${title})(?=[은는이가을를의에도과와께]|[\\s,.”"]|$)`, 'g'),
  )) {
    const given = set.get(norm(m[1]!)) ?? new Set<string>();
    given.add(hangulSkeleton(m[2]!));
    set.set(norm(m[1]!), given);
  }
  docSurnames = { text: doc, set };
  return set;
}

export interface SwappedPerson {
  /** The surname and title in the Korean (신 작가). */
  text: string;
  start: number;
  end: number;
}

/** Surname-and-title references in the Korean to a document's person the English here does not name. */
export function swappedPeople(src: string, tgt: string, doc: string): SwappedPerson[] {
  if (!tgt.includes(' ')) return [];
  const refs = [...tgt.matchAll(SURNAME_TITLE)];
  if (refs.length === 0) return [];
  const introduced = introducedSurnames(doc);
  // Only a reference to a person the document introduces can be reported: without one, the
  // English is not read (most segments stop here).
  const people = refs.filter((m) => !DETERMINERS.has(m[1]!) && introduced.has(norm(m[1]!)));
  if (people.length === 0) return [];
  const named = new Set<string>();
  const words = src.match(CAPITALISED) ?? [];
  for (const w of words) for (const r of surnameReadings(w)) named.add(norm(r.text));
  // The English must name another of the document's people here.
  if (![...named].some((s) => introduced.has(s))) return [];
  const wordKeys = new Set(words.map((w) => skeleton(w)));
  const out: SwappedPerson[] = [];
  for (const m of people) {
    const s = norm(m[1]!);
    const given = introduced.get(s)!;
    if (named.has(s)) continue;
    // The English may call the person by the given name ("Thank you, Do-hyun" → 강 기자).
    if ([...given].some((k) => k.length >= 2 && wordKeys.has(k))) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
