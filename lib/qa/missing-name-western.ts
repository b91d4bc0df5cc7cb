// Western people the English names in a person's place (after "said", in apposition): found in the
// source and looked for in the Korean by their consonants (missing-name.ts runs them). Split from
// missing-name.ts, unchanged.
import { hangulSkeleton, skeleton } from '../align/names';
import { NOT_HEAD, NOT_PLACE } from './missing-name-institutions';
import { isHepburn, isPinyin, isRomanisedKorean } from './romanised-shapes';

/** What may follow a name kept in Hangul for the word to be the name: nothing, or a particle. */
export const WORD_END = /^(?:|은|는|이|가|을|를|의|에|에게|에서|와|과|도|로|으로|만|씨|측|이다|이며|이라고|라고|처럼|보다)$/;

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
export function westernPeople(src: string): WesternPerson[] {
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
    // Part of a longer name (the Los Angeles Dodgers, the Bank of Korea's Lee Chang-yong is lib/names'),
    // also the tail of an organisation's name after a linking word (the Citizens' Coalition for Public
    // Transport, a civic group; the Federation of Korean Industries, the lobby), which the Korean translates.
    if (
      /[A-Z][a-z]*\s$|[A-Z][A-Za-z]*['’]?s?\s(?:for|of|on|and|against|de|du|des|del|di|da)\s(?:the\s)?$/.test(
        src.slice(Math.max(0, start - 40), start),
      )
    )
      continue;
    out.push({ first, surname, start, end: start + first.length + surname.length + 1 });
  }
  return out;
}

export function westernPresent(first: string, surname: string, tgt: string): boolean {
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
