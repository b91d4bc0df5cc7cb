// A Korean name the English gives that the Korean lost, when no glossary entry covers it (the terms
// check handles glossary names). The English side comes from the names detection of lib/names
// (romanised.ts: Korean-order person names, gazetteer places and places with an administrative
// suffix — `Kaesong`, `Busan`, `Oh Gyeong-seop`, `Onchon County`; Seoul and Pyongyang, which news
// English uses for the governments, are never detected). The name counts as present when the
// Korean has any of its ranked Hangul candidates (or a candidate's stem before an administrative
// suffix: 황해 for 황해도), a word whose consonant skeleton (lib/align/names.ts, through es-hangul
// romanize) matches the name's (정의선 for "Chung Euisun", whatever the candidate ranking), the
// name left in Latin letters (the leftover-latin check's), or — for a person — the surname alone
// before a title (김 위원장, 이 교수; not 윤 씨). Only then: a warning "name X may be missing".
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import { findSourceMentions } from './term-matching';
import type { QaIssue } from './types';
import { detectRomanisedNames, type RomanisedName } from '../names/romanised';
import { hangulSkeleton, koreanNameKeys, skeleton } from '../align/names';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';
import { placeCandidates } from '../names/candidates';
import { isHepburn, isPinyin, isRomanisedKorean } from './romanised-shapes';
import { eastAsianContext, findForeignNames } from './foreign-names';
import { foreignNameIssue } from './foreign-name-issue';
import { lostCities, lostPlaces } from './place-exonyms';
import { namedSites } from './named-sites';

const ID = 'missing-name';
const ADMIN_SUFFIX = /(?:특별자치도|특별시|광역시|남도|북도|도|시|군|구|동|리|읍|면)$/;
// A capitalised word not at the start of the text: the cheapest sign the source may hold a name.
const MAYBE_NAME = /[a-z,;:’'"“]\s+[A-Z][a-z]|^[A-Z][a-z]+ [A-Z][a-z]/;

// Detection per source text is memoised: the same paragraph is checked again after every save.
const detected = new Map<string, RomanisedName[]>();
function namesIn(src: string): RomanisedName[] {
  let v = detected.get(src);
  if (v === undefined) {
    v = detectRomanisedNames([src]);
    if (detected.size > 5000) detected.clear();
    detected.set(src, v);
  }
  return v;
}

// The Korean name keys of the whole document, for the last document seen (its text is built once
// per run, so the test is by identity).
let docKeysFor: { text: string; keys: Set<string> } | null = null;
function documentNameKeys(doc: string): Set<string> {
  if (docKeysFor?.text !== doc) docKeysFor = { text: doc, keys: new Set(koreanNameKeys(doc)) };
  return docKeysFor.keys;
}

/** The person's full Korean name appears somewhere in the document's translation. */
function introducedIn(name: RomanisedName, doc: string): boolean {
  if (name.candidates.some((c) => doc.includes(c.target))) return true;
  const sk = skeleton(name.source);
  return sk.length >= 4 && documentNameKeys(doc).has(sk);
}

function present(
  name: RomanisedName,
  tgt: string,
  keys: () => Set<string>,
  otherSameSurname = false,
  introduced: () => boolean = () => true,
): boolean {
  if (tgt.includes(name.source) || tgt.includes(name.source.split(/[\s-]/)[0]!)) return true;
  for (const c of name.candidates) {
    if (tgt.includes(c.target)) return true;
    const stem = c.target.replace(ADMIN_SUFFIX, '');
    if (stem.length >= 2 && stem !== c.target && tgt.includes(stem)) return true;
  }
  // The initial-sound rule: South Korean spelling of a North Korean name (Rajin → 나진, Ryongchon →
  // 용천) or the North's own spelling of a South Korean reading (Nodong → 로동).
  for (const c of name.candidates.slice(0, 3))
    for (const f of initialSoundForms(c.target)) if (f.length >= 2 && tgt.includes(f)) return true;
  const sk = skeleton(name.type === 'place' ? name.source.split(/[\s-]/)[0]! : name.source);
  if (sk.length >= 4 && keys().has(sk)) return true;
  if (name.type === 'person') {
    // The surname alone before a title or a name-like word: 김 위원장, 이 교수 — unless the English
    // names someone else by that surname first ("Kim's sister, Kim Yo-jong": 김 위원장 is the other).
    const surnames = new Set(name.candidates.map((c) => c.target[0]!));
    // Not before 씨 (윤 씨): the courtesy word carries no rank, so the English's full name is lost
    // where Korean news would write 윤미라 씨.
    // Nor where the document never gives the full name (오병철 → 오 지회장 at the only mention): Korean
    // news writes it at the first mention at least.
    if (!otherSameSurname)
      for (const s of surnames) if (new RegExp(`(?<![가-힣])${s} (?!씨)[가-힣]`).test(tgt) && introduced()) return true;
    // The given name's skeleton at the end of a word (a translator's different surname reading).
    const given = name.source.split(' ').slice(1).join('');
    const gk = skeleton(given);
    if (gk.length >= 3 && !otherSameSurname)
      for (const w of tgt.match(/[가-힣]{2,4}/g) ?? []) if (hangulSkeleton(w).endsWith(gk)) return true;
  }
  return false;
}

// A Korean institution, area or company the English names by a romanised word before a generic noun
// (Kyungnam University, Ewha Womans University, Ryanggang provinces, the Sunan area, Hyundai Steel,
// Daewoo Shipbuilding): the Korean keeps the word in some form (경남대, 이화여대, 양강도, 순안 일대,
// 현대제철, 대우조선). lib/names only proposes people and
// places with an administrative suffix, so these are found here.
const INSTITUTION_RE =
  /(?<![A-Za-z])([A-Z][a-z]{2,14})(?: Womans| Women['’]s| National)? (?:University|College|[Pp]rovinces?|area|district|region|county|Steel|Motors?|Electronics|Heavy Industries|Shipbuilding|Chemicals?|Securities|Construction)\b/g;
const NOT_HEAD = new Set([
  'korea',
  'korean',
  'north',
  'south',
  'east',
  'west',
  'new',
  'central',
  'national',
  'state',
  'the',
  'border',
  'capital',
  'coastal',
  'rural',
  'urban',
  'metropolitan',
  'western',
  'eastern',
  'northern',
  'southern',
  'seoul',
  'pyongyang',
]);

type Institution = { head: string; start: number; end: number; pair?: boolean; company?: boolean };
// Per source text, like the names of lib/names (the same paragraph is checked after every save).
const institutionMemo = new Map<string, Institution[]>();
function institutionsIn(src: string): Institution[] {
  let v = institutionMemo.get(src);
  if (v === undefined) {
    v = findInstitutions(src);
    if (institutionMemo.size > 5000) institutionMemo.clear();
    institutionMemo.set(src, v);
  }
  return v;
}

// Two places or a list of them after a preposition (manufacturers in Changwon and Gumi; complexes in
// Jamsil, Samseong, Daechi and Cheongdam): each a place the Korean keeps (창원과 구미; 잠실·삼성·대치·
// 청담동), when every word is romanised Korean and none a country or a capital.
const PLACE_PAIR_RE = /\b(?:[Ii]n|at|near|from|of|between) ((?:[A-Z][a-z]{2,14}, ){0,6}[A-Z][a-z]{2,14},? and [A-Z][a-z]{2,14})\b/g;
const NOT_PLACE = new Set(
  'china japan taiwan russia india europe asia africa america canada mexico britain france germany italy spain vietnam mongolia tokyo beijing washington moscow'.split(
    ' ',
  ),
);

function findInstitutions(src: string): Institution[] {
  const out: Institution[] = [];
  const seen = new Set<string>();
  if (src.includes(' and '))
    for (const m of src.matchAll(PLACE_PAIR_RE)) {
      const heads = m[1]!.split(/,? and |, /);
      // Nationality adjectives (Chinese and Japanese firms) are no places.
      if (
        heads.some(
          (h) =>
            NOT_HEAD.has(h.toLowerCase()) || NOT_PLACE.has(h.toLowerCase()) || /(?:ese|ian|ish|ean|can)$/.test(h) || !isRomanisedKorean(h),
        )
      )
        continue;
      let at = m.index!;
      for (const head of heads) {
        const start = src.indexOf(head, at);
        at = start + head.length;
        if (seen.has(head)) continue;
        seen.add(head);
        out.push({ head, start, end: start + head.length, pair: true });
      }
    }
  if (
    !/University|College|[Pp]rovince|area|district|region|county|Steel|Motor|Electronics|Heavy Industries|Shipbuilding|Chemical|Securities|Construction/.test(
      src,
    )
  )
    return out;
  for (const m of src.matchAll(INSTITUTION_RE)) {
    const head = m[1]!;
    // Each name once (its first mention), like the names of lib/names.
    if (seen.has(m[0]) || NOT_HEAD.has(head.toLowerCase()) || !isRomanisedKorean(head)) continue;
    seen.add(m[0]);
    const company = /(?:Steel|Motors?|Electronics|Industries|Shipbuilding|Chemicals?|Securities|Construction)$/.test(m[0]);
    out.push({ head, start: m.index!, end: m.index! + m[0].length, ...(company ? { company } : {}) });
  }
  return out;
}

// The initial-sound rule (두음 법칙) on a reading's first syllable: 량강 → 양강, 로동 → 노동.
const I_Y_VOWELS = new Set([2, 6, 7, 12, 17, 20]); // ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
function initialSound(word: string): string {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c >= 11172) return word;
  const onset = Math.floor(c / 588);
  const vowel = Math.floor((c % 588) / 28);
  if (onset !== 5 && onset !== 2) return word; // ㄹ, ㄴ
  const next = I_Y_VOWELS.has(vowel) ? 11 : onset === 5 ? 2 : onset;
  return next === onset ? word : String.fromCharCode(0xac00 + next * 588 + (c % 588)) + word.slice(1);
}

// The same word under the initial-sound rule either way: 라진 → 나진, 리 → 이, 량강 → 양강 (the South's
// spelling); 나진 → 라진, 노동 → 로동, 이 → 리/니 (the North's, which writes the rule's ㄹ and ㄴ).
function initialSoundForms(word: string): string[] {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c >= 11172) return [];
  const onset = Math.floor(c / 588);
  const iy = I_Y_VOWELS.has(Math.floor((c % 588) / 28));
  const withOnset = (o: number) => String.fromCharCode(0xac00 + o * 588 + (c % 588)) + word.slice(1);
  const out: string[] = [];
  const south = initialSound(word);
  if (south !== word) out.push(south);
  if (onset === 2 && !iy) out.push(withOnset(5)); // 나 → 라
  if (onset === 11 && iy) out.push(withOnset(5), withOnset(2)); // 이 → 리, 니
  return out;
}

// Candidate readings per head word, computed once per process (the same names recur per save).
const readings = new Map<string, string[]>();
function readingsOf(head: string): string[] {
  let v = readings.get(head);
  if (!v) {
    v = placeCandidates(head, 5).flatMap((c) => (initialSound(c.target) === c.target ? [c.target] : [c.target, initialSound(c.target)]));
    if (readings.size > 2000) readings.clear();
    readings.set(head, v);
  }
  return v;
}

/** A place of a pair: one of its readings, or a word starting with as many syllables of its consonants. */
function pairPlacePresent(head: string, tgt: string): boolean {
  if (tgt.includes(head)) return true;
  const rs = readingsOf(head);
  if (rs.some((c) => tgt.includes(c))) return true;
  const sk = skeleton(head);
  const lengths = new Set(rs.map((c) => c.length));
  // The word is the place with at most a particle or a suffix after it (구미의, 청담동에서), not a longer
  // word that only starts with its consonants (토지거래허가구역 for Daechi).
  for (const w of tgt.match(/[가-힣]+/g) ?? [])
    for (const n of lengths) if (w.length >= n && w.length - n <= 2 && hangulSkeleton(w.slice(0, n)) === sk) return true;
  return false;
}

// After a company's name kept by its consonants: its business noun or a particle (롯데케미칼, 국민은행과),
// so that a verb form with the same consonants (한다 for Hyundai) is not taken for it.
const COMPANY_REST = /^(?:제철|철강|자동차|차|전자|중공업|조선|화학|케미칼|증권|건설|그룹|은행|[은는이가을를의와과도로에])/;

function institutionPresent(head: string, tgt: string, company = false): boolean | null {
  if (tgt.includes(head)) return true;
  for (const c of readingsOf(head)) if (c.length >= 2 && tgt.includes(c.slice(0, 2))) return true;
  // A romanisation skeleton too short to compare (Ewha, Keio) cannot be judged.
  const sk = skeleton(head);
  if (sk.length < 2) return null;
  // The initial-sound rule (량강 → 양강): a leading l or n may be dropped.
  const alt = /^[ln]/.test(sk) ? sk.slice(1) : sk;
  // North/South Gyeongsang → 경북, 경남: the province's first syllable and 북 or 남.
  const firsts = new Set(readingsOf(head).map((c) => c[0]!));
  for (const f of firsts) if (tgt.includes(`${f}북`) || tgt.includes(`${f}남`)) return true;
  // Any word beginning with the name's consonants (경남대, 양강도, 와세다대, 난징대), one Latin
  // consonant more inside a long name allowed (Donuimdong / 돈의동).
  const near = (k: string) =>
    k === sk ||
    (alt.length >= 2 && k === alt) ||
    (sk.length >= 6 &&
      k.length === sk.length - 1 &&
      [...sk].some((_, i) => i > 0 && i < sk.length - 1 && sk.slice(0, i) + sk.slice(i + 1) === k));
  for (const w of tgt.match(/[가-힣]{1,}/g) ?? []) {
    for (let n = 1; n <= Math.min(4, w.length); n++)
      if (near(hangulSkeleton(w.slice(0, n))) && (!company || COMPANY_REST.test(w.slice(n)))) return true;
  }
  return false;
}

// A Korean person's name kept by its consonants but with a vowel of the given name changed (장현호
// for Jang Hyun-woo, whose readings all end in 우): a misspelling, not another reading. Only for a
// hyphenated given name (Hyun-woo: one syllable per part, so the readings are reliable), and only
// where no reading is in the Korean; the word has the reading's length and starts with its surname.
const vowelOf = (syllable: string) => Math.floor(((syllable.charCodeAt(0) - 0xac00) % 588) / 28);
function misspeltPerson(name: RomanisedName, tgt: string): string | null {
  if (name.type !== 'person' || !/^\S+ [A-Za-z]+-[A-Za-z]+$/.test(name.source) || name.candidates.length === 0) return null;
  if (name.candidates.some((c) => tgt.includes(c.target))) return null;
  const top = name.candidates[0]!.target;
  const sk = hangulSkeleton(top);
  for (const w of tgt.match(/[가-힣]+/g) ?? []) {
    for (const word of [w.slice(0, top.length)]) {
      if (word.length !== top.length || word[0] !== top[0] || hangulSkeleton(word) !== sk) continue;
      for (let i = 1; i < word.length; i++) {
        const seen = name.candidates.map((c) => c.target[i]).filter((x): x is string => x !== undefined);
        if (!seen.includes(word[i]!) && !seen.some((x) => vowelOf(x) === vowelOf(word[i]!))) return word;
      }
    }
  }
  return null;
}

// Other foreign people (Rahul Anand, Ingrid Solberg): a first name and a surname the English puts
// in a person's place — after "said", or before ", a …" / ", who" — that no Korean, Chinese or
// Japanese reading explains. The Korean writes them in Hangul: the surname counts as kept when a
// word starts with its consonants (아난드 for Anand; one consonant more or less in a long one:
// 휴스 for Hughes), or the Latin is left (the leftover-latin check's).
// Not the first part of a hyphenated Korean given name (said Park Won-gon: lib/names' person).
// Also in apposition between commas after a person's title or role (“Its director general, Rafael
// Grossi, told the board”; not “a private company, Hanwha Aerospace,”), followed by a lower-case
// word that is not “and”/“or” (not a list).
const WESTERN_PERSON_RE =
  /\b(?:said|says|told|according to) ([A-Z][a-z]+) ([A-Z][a-z]{2,})\b(?! [A-Z]|-)|\b([A-Z][a-z]+) ([A-Z][a-z]{2,}), (?:a|an|the|who)\b|\b(?:general|director|chief|head|minister|secretary|president|chairman|chairwoman|chair|spokesperson|spokesman|spokeswoman|ambassador|envoy|governor|mayor|commander|leader|founder|executive|officer|official|adviser|advisor|analyst|economist|professor|researcher|fellow|editor|counterpart|deputy|successor|predecessor), ([A-Z][a-z]+) ([A-Z][a-z]{2,}), (?!and\b|or\b)[a-z]/g;
const NOT_FIRST_NAME = new Set(
  'The This That These Those In On At For From With By And But Or If When While After Before Since Under Over North South East West New Prime President Minister Chief Foreign Finance Land Governor Mr Mrs Ms Dr Rep Sen Gen Prof Sir Lady Lord Saint St Mount Lake Cape Port Fort'.split(
    ' ',
  ),
);

type WesternPerson = { first: string; surname: string; start: number; end: number };
// Per source text, like the names of lib/names (the same paragraph is checked after every save).
const westernMemo = new Map<string, WesternPerson[]>();
function westernPeople(src: string): WesternPerson[] {
  let v = westernMemo.get(src);
  if (v === undefined) {
    v = findWesternPeople(src);
    if (westernMemo.size > 5000) westernMemo.clear();
    westernMemo.set(src, v);
  }
  return v;
}

function findWesternPeople(src: string): WesternPerson[] {
  if (!/\b(?:said|says|told|according to) [A-Z]|[A-Z][a-z]{2,}, (?:a|an|the|who)\b|[a-z], [A-Z][a-z]+ [A-Z][a-z]{2,}, [a-z]/.test(src))
    return [];
  const out: WesternPerson[] = [];
  for (const m of src.matchAll(WESTERN_PERSON_RE)) {
    const first = m[1] ?? m[3] ?? m[5]!;
    const surname = m[2] ?? m[4] ?? m[6]!;
    if (NOT_FIRST_NAME.has(first) || NOT_HEAD.has(surname.toLowerCase()) || NOT_PLACE.has(surname.toLowerCase())) continue;
    // Korean, Chinese and Japanese names are the other rules' (lib/names, foreign-names.ts): both
    // words romanised. A Western first name keeps the person here even when the surname happens to
    // spell Japanese or Korean syllables (Lars Haugen: ha-u-ge-n).
    const eastAsian = (w: string) => isRomanisedKorean(w) || isHepburn(w) || isPinyin(w);
    if (eastAsian(surname) && eastAsian(first)) continue;
    const start = src.indexOf(`${first} ${surname}`, m.index!);
    // Part of a longer name (the Los Angeles Dodgers, the Bank of Korea's Lee Chang-yong is lib/names').
    if (/[A-Z][a-z]*\s$/.test(src.slice(Math.max(0, start - 20), start))) continue;
    out.push({ first, surname, start, end: start + first.length + surname.length + 1 });
  }
  return out;
}

function westernPresent(first: string, surname: string, tgt: string): boolean {
  if (tgt.includes(surname)) return true;
  const keys = [skeleton(surname), skeleton(first)].filter((k) => k.length >= 2);
  if (keys.length === 0) return true;
  // One consonant more or less (Kuenssberg → 쿤스버그: the r of -berg is not written).
  const dropOne = (long: string, short: string) => {
    if (long.length !== short.length + 1) return false;
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  };
  const near = (k: string, w: string) => w === k || (k.length >= 3 && w.length >= 2 && (dropOne(k, w) || dropOne(w, k)));
  // A key of two consonants (Lars → l-s, Haugen → g-n), or two consonants of a key of three (Rafael
  // → 프로그램의 p-l), also start many other words (리서치, 가느냐다): they must make the whole word, a
  // particle allowed after it (하우겐은, 라르스).
  for (const w of tgt.match(/[가-힣]+/g) ?? [])
    for (let n = 1; n <= Math.min(5, w.length); n++) {
      const hk = hangulSkeleton(w.slice(0, n));
      if (keys.some((k) => near(k, hk) && ((k.length > 2 && hk.length > 2) || WORD_END.test(w.slice(n))))) return true;
    }
  return false;
}

/**
 * A site's name kept in the Korean: a word starting with its consonants (알칸타라 발사장), or with one
 * r or l fewer, which Korean leaves unwritten (Hanford → 핸퍼드, Vandenberg → 밴던버그). Looser than
 * a person's test: one consonant dropped anywhere would take 로켓을 (l-k-t-l) for Alcantara (l-k-n-t-l).
 */
function sitePresent(name: string, tgt: string): boolean {
  if (tgt.includes(name)) return true;
  const sk = skeleton(name);
  if (sk.length < 2) return true;
  const keys = new Set([sk]);
  for (let i = 0; i < sk.length; i++) if (sk[i] === 'l' && sk.length > 3) keys.add(sk.slice(0, i) + sk.slice(i + 1));
  for (const w of tgt.match(/[가-힣]+/g) ?? [])
    for (let n = 1; n <= Math.min(6, w.length); n++) {
      const hk = hangulSkeleton(w.slice(0, n));
      // A key of two consonants starts many words: it must make the whole word, a particle allowed after it.
      if (keys.has(hk) && (hk.length > 2 || WORD_END.test(w.slice(n)))) return true;
    }
  return false;
}

/** A site's name as a word of the document's Korean: its whole consonant skeleton (알칸타라 for Alcantara). */
function siteInDocument(name: string, doc: string | undefined): boolean {
  const sk = skeleton(name);
  return !!doc && sk.length >= 3 && documentNameKeys(doc).has(sk);
}

const WORD_END = /^(?:|은|는|이|가|을|를|의|에|에게|에서|와|과|도|로|으로|만|씨|측|이다|이며|이라고|라고|처럼|보다)$/;

export const missingNameCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = segment.sourceText;
    const tgt = segment.targetText;
    if (!MAYBE_NAME.test(src) || !/[가-힣]/.test(tgt)) return [];
    const names = namesIn(src);
    const institutions = institutionsIn(src);
    const foreign = findForeignNames(src, ctx.eastAsian?.() ?? eastAsianContext([src]));
    const western = westernPeople(src);
    const places = lostPlaces(src, tgt);
    const sites = namedSites(src);
    const cities = lostCities(src, tgt);
    if (
      names.length === 0 &&
      institutions.length === 0 &&
      foreign.length === 0 &&
      western.length === 0 &&
      places.length === 0 &&
      sites.length === 0 &&
      cities.length === 0
    )
      return [];
    const glossary = findSourceMentions(ctx.terms, src);
    let keySet: Set<string> | null = null;
    const keys = () => (keySet ??= new Set(koreanNameKeys(tgt)));
    const issues: QaIssue[] = [];
    for (const name of names) {
      const start = src.indexOf(name.source);
      if (start < 0) continue;
      const end = start + name.source.length;
      if (glossary.some((m) => m.start < end && start < m.end)) continue;
      // A bare mention of the surname before this name's first mention is someone else.
      const surname = name.source.split(' ')[0]!;
      const other = name.type === 'person' && new RegExp(`\\b${surname}\\b(?![ -][A-Z])`).test(src.slice(0, start));
      if (present(name, tgt, keys, other, () => introducedIn(name, ctx.docText?.() ?? tgt))) {
        const wrong = misspeltPerson(name, tgt);
        if (wrong) {
          const at = tgt.indexOf(wrong);
          const ko = name.candidates[0]!.target;
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `misspelt:${name.source}`,
              sourceSpan: { start, end },
              targetSpan: { start: at, end: at + wrong.length },
              message: {
                en: `The name ${q(name.source)} may be misspelt as ${q(wrong)} (perhaps ${q(ko)}).`,
                ko: `이름 ${q(name.source)}${particleFor(ko, PARTICLE_PAIRS.topic)} ${q(wrong)}${particleFor(wrong, PARTICLE_PAIRS.direction)} 잘못 적힌 것 같습니다(예: ${q(ko)}).`,
              },
            }),
          );
        }
        continue;
      }
      const ko = name.candidates[0]!.target;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name.source,
          sourceSpan: { start, end },
          message: {
            en: `The name ${q(name.source)} may be missing from the translation (perhaps ${q(ko)}).`,
            // The particle follows the name as a Korean reader says it (오경섭이, not the Latin's guess).
            ko: `이름 ${q(name.source)}${particleFor(ko, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(ko)}).`,
          },
        }),
      );
    }
    for (const inst of institutions) {
      if (glossary.some((m) => m.start < inst.end && inst.start < m.end)) continue;
      if (inst.pair ? pairPlacePresent(inst.head, tgt) : institutionPresent(inst.head, tgt, inst.company) !== false) continue;
      const name = src.slice(inst.start, inst.end);
      const ko = readingsOf(inst.head)[0];
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name,
          sourceSpan: { start: inst.start, end: inst.end },
          message: {
            en: `The name ${q(name)} may be missing from the translation${ko ? ` (perhaps ${q(ko)})` : ''}.`,
            ko: `이름 ${q(name)}${ko ? `${particleFor(ko, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(ko)}).` : '이 번역문에서 빠진 것 같습니다.'}`,
          },
        }),
      );
    }
    for (const w of western) {
      if (glossary.some((m) => m.start < w.end && w.start < m.end) || westernPresent(w.first, w.surname, tgt)) continue;
      const name = `${w.first} ${w.surname}`;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name,
          sourceSpan: { start: w.start, end: w.end },
          message: {
            en: `The name ${q(name)} may be missing from the translation.`,
            ko: `이름 ${q(name)}${particleFor(name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
          },
        }),
      );
    }
    // Seoul, Tokyo, Paris… named as a location (place-exonyms.ts), outside the names detected above.
    const placeIssue = (name: string, span: { start: number; end: number }, korean?: string) =>
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: name,
        sourceSpan: { start: span.start, end: span.end },
        message: korean
          ? {
              en: `The place ${q(name)} may be missing from the translation (perhaps ${q(korean)}).`,
              ko: `지명 ${q(name)}${particleFor(korean, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(korean)}).`,
            }
          : {
              en: `The place ${q(name)} may be missing from the translation.`,
              ko: `지명 ${q(name)}${particleFor(name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
            },
      });
    for (const p of places) {
      if (glossary.some((m) => m.start < p.end && p.start < m.end)) continue;
      issues.push(placeIssue(p.name, p, p.korean));
    }
    // Other world cities named as a location (place-exonyms.ts: Vladivostok → 러시아로).
    const takenByNames = [...glossary, ...places, ...institutions, ...western];
    for (const c of cities) {
      if (takenByNames.some((m) => m.start < c.end && c.start < m.end) || names.some((n) => n.source.includes(c.name))) continue;
      issues.push(placeIssue(c.name, c));
    }
    // A site named by a proper name (Brazil's Alcantara base; named-sites.ts): its consonants at the
    // start of a Korean word (알칸타라 발사장), here or, for a site the Korean names in another
    // paragraph, anywhere in the document (a later mention may say 발사장 alone).
    const takenBySites = [...glossary, ...places, ...institutions];
    for (const site of sites) {
      if (takenBySites.some((m) => m.start < site.end && site.start < m.end)) continue;
      if (names.some((n) => n.source.includes(site.name)) || western.some((w) => w.first === site.name || w.surname === site.name))
        continue;
      if (sitePresent(site.name, tgt) || siteInDocument(site.name, ctx.docText?.())) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: site.name,
          sourceSpan: { start: site.start, end: site.end },
          message: {
            en: `The name ${q(site.name)} (${q(site.text)}) may be missing from the translation.`,
            ko: `이름 ${q(site.name)}(${q(site.text)})${particleFor(site.name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
          },
        }),
      );
    }
    if (foreign.length > 0) {
      const taken = [...names.map((n) => ({ start: src.indexOf(n.source), end: src.indexOf(n.source) + n.source.length })), ...glossary];
      for (const f of foreign)
        if (!taken.some((m) => m.start < f.end && f.start < m.end)) issues.push(...foreignNameIssue(f, tgt, ctx.locale));
    }
    return issues;
  },
};
