// A pass of the phrase-consistency check: a two-word English name (Taewon Air, Hanul Bank, Daesan
// Motors) whose Korean keeps its first word in Hangul and renders the second word two ways in one
// document — translated in most places (태원항공) and written in Hangul in one (태원에어), or the
// reverse. Korean company names do either (대한항공, 진에어), so neither is wrong; both in one text
// name one company two ways. The name's Hangul front is learnt from segments whose English has the
// name, and then read in every segment; silent when the
// document's English has two names with that first word (Taewon Air, Taewon Group: two companies)
// and for a longer word that starts with the usual one (태원항공기, a Taewon Air plane).
import type { QaIssue, QaLocale } from './types';
import { twoRenderingsIssue } from './phrase-issue';
import { hangulSkeleton, skeleton } from '../align/names';
import { transliterates } from './phrase-synonyms';
import { writesEnglish } from './phrase-loans';
import { isSyllable, stems } from './phrase-words';

// English name words as Korean company names write them where the spelling test cannot tell: short
// ones (three letters or fewer, too short for `transliterates`) and common ones written by ear, not by
// letter (au as 오: Auction → 옥션, Auto → 오토; Foods → 푸드, Media → 미디어). General knowledge of
// Korean company names, not of any text.
const NAME_WORD_LOANS: Record<string, readonly string[]> = {
  air: ['에어'],
  jet: ['제트'],
  pay: ['페이'],
  lab: ['랩'],
  net: ['넷'],
  bio: ['바이오'],
  car: ['카'],
  tech: ['테크'],
  auction: ['옥션'],
  auto: ['오토'],
  chemical: ['케미칼', '케미컬'],
  food: ['푸드'],
  foods: ['푸드'],
  pharma: ['파마'],
  oil: ['오일'],
  house: ['하우스'],
  media: ['미디어'],
  energy: ['에너지'],
};

// The usual Korean of common English company-name words (Air → 항공, Auction → 경매): read only where
// a segment's English does not write the name, to know the Korean there names the company. General
// knowledge of Korean company names.
const NAME_WORD_KO: Record<string, readonly string[]> = {
  air: ['항공'],
  airlines: ['항공'],
  auction: ['경매'],
  bank: ['은행'],
  motors: ['자동차', '모터'],
  motor: ['자동차', '모터'],
  shipping: ['해운'],
  chemical: ['화학'],
  chemicals: ['화학'],
  steel: ['제철', '철강'],
  electronics: ['전자'],
  electric: ['전기'],
  insurance: ['보험'],
  securities: ['증권'],
  construction: ['건설'],
  foods: ['식품'],
  food: ['식품'],
  pharma: ['제약'],
  pharmaceutical: ['제약'],
  pharmaceuticals: ['제약'],
  logistics: ['물류'],
  energy: ['에너지'],
  telecom: ['통신'],
  cosmetics: ['화장품'],
  shipbuilding: ['조선'],
  publishing: ['출판'],
  press: ['출판'],
  media: ['미디어'],
};

/** The Hangul word writes the English name word (에어 for Air, 모터스 for Motors). */
export function writesNameWord(hangul: string, english: string): boolean {
  const w = english.toLowerCase();
  const known = NAME_WORD_LOANS[w];
  if (known) return known.includes(hangul);
  return w.length >= 4 && (transliterates(hangul, w) || writesEnglish(hangul, w));
}

// The English letters a Korean initial consonant writes at a word's start (ㄱ: g, k, c, q …), by the
// consonant's index: a cheap test before \`transliterates\`.
const INITIAL_LETTERS = [
  'gkcq',
  'kg',
  'n',
  'dt',
  'td',
  'rl',
  'm',
  'bvp',
  'bp',
  'sct',
  's',
  'aeiouyhw',
  'jgzc',
  'j',
  'ct',
  'kcq',
  't',
  'pf',
  'hw',
];

/** The Hangul word may write the English word: its first consonant fits the word's first letter,
 *  and it has about as many syllables as the word has vowel groups. */
export function mayWrite(hangul: string, english: string): boolean {
  const c = hangul.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return false;
  const w = english.toLowerCase();
  if (!INITIAL_LETTERS[Math.floor(c / 588)]!.includes(w[0]!)) return false;
  const vowels = w.match(/[aeiouy]+/g)?.length ?? 0;
  return hangul.length >= vowels && hangul.length <= vowels + 3;
}

// Bounds: words of a name, stems read per segment, names per document.
const NAME_RE = /(?<![A-Za-z'’-])([A-Z][a-z]{3,20})\s([A-Z][a-z]{1,20})(?![A-Za-z])/g;
const MAX_STEMS = 300;
const MAX_NAMES = 40;
const MAX_AT = 50;
const FRONT_SEGMENTS = 4;

interface Uses {
  /** Segments with the word (counted once each) and where it stands (the first few). */
  segs: number;
  last: string;
  at: { id: string; start: number }[];
}

export function companyNamePass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  // Names of the document's English, and the second words each first word takes.
  const seconds = new Map<string, Set<string>>();
  const segsOf = new Map<string, number[]>();
  segments.forEach((s, i) => {
    if (!/[A-Z][a-z]{3,20}\s[A-Z]/.test(s.sourceText)) return;
    for (const m of s.sourceText.matchAll(NAME_RE)) {
      const [a, b] = [m[1]!, m[2]!];
      let set = seconds.get(a);
      if (!set) {
        if (seconds.size >= MAX_NAMES) continue;
        seconds.set(a, (set = new Set()));
      }
      set.add(b);
      const key = `${a} ${b}`;
      const list = segsOf.get(key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      segsOf.set(key, list);
    }
  });
  for (const [name, idx] of segsOf) {
    const [a, b] = name.split(' ') as [string, string];
    if (idx.length < 2 || seconds.get(a)!.size !== 1) continue;
    // The name's first word in Hangul, as the first segments with it write it at a word's front
    // (태원 in 태원항공): found once, then looked for by plain string search in every segment.
    const fronts = new Set<string>();
    const tried = new Map<string, boolean>();
    const lowA = a.toLowerCase();
    const keysA = [skeleton(lowA), skeleton(lowA.replace(/r(?![aeiouy])/g, '').replace(/([^aeiou])e$/, '$1'))];
    const writesA = (h: string) => {
      let v = tried.get(h);
      // The consonant skeletons first (a few microseconds), the full test only when they agree.
      if (v === undefined) tried.set(h, (v = mayWrite(h, a) && keysA.includes(hangulSkeleton(h)) && transliterates(h, a)));
      return v;
    };
    for (const i of idx.slice(0, FRONT_SEGMENTS))
      for (const { stem } of stems(segments[i]!.targetText).slice(0, MAX_STEMS)) {
        if (stem.length < 3 || stem.length > 10) continue;
        for (let k = 2; k <= Math.min(5, stem.length - 1); k++)
          if (writesA(stem.slice(0, k))) {
            fronts.add(stem.slice(0, k));
            break;
          }
      }
    if (!fronts.size || fronts.size > 3) continue;
    // The words of three to ten syllables that start with it, by their first two syllables: in every
    // segment, not only those whose English has the name (a translator names the company again where
    // the English says “that specialist” or “the auction house”, and writes it the other way there).
    const byFront2 = new Map<string, Map<string, Uses>>();
    const named = new Set(idx);
    const lowB = b.toLowerCase();
    segments.forEach(({ id, targetText: text }, i) => {
      if (![...fronts].some((f) => text.includes(f))) return;
      for (const f of fronts)
        for (let p = text.indexOf(f), n = 0; p >= 0 && n < MAX_STEMS; p = text.indexOf(f, p + f.length), n++) {
          if (p > 0 && isSyllable(text.charCodeAt(p - 1))) continue;
          let e = p;
          while (e < text.length && e - p < 14 && isSyllable(text.charCodeAt(e))) e++;
          const stem = stems(text.slice(p, e))[0]?.stem ?? '';
          if (stem.length < 3 || stem.length > 10) continue;
          // Where the English does not write the name, only the name itself counts: its second word
          // written in Hangul or by its usual Korean (소린경매), not another word on the same front
          // (소린동, 소린그룹).
          if (!named.has(i)) {
            const rest = stem.slice(f.length);
            if (!writesNameWord(rest, b) && !NAME_WORD_KO[lowB]?.includes(rest)) continue;
          }
          const f2 = stem.slice(0, 2);
          let words = byFront2.get(f2);
          if (!words) byFront2.set(f2, (words = new Map()));
          let u = words.get(stem);
          if (!u) words.set(stem, (u = { segs: 0, last: '', at: [] }));
          if (u.last !== id) {
            u.segs++;
            u.last = id;
          }
          if (u.at.length < MAX_AT) u.at.push({ id, start: p });
        }
    });
    const loanRest = new Map<string, boolean>();
    const writesB = (r: string) => {
      let v = loanRest.get(r);
      if (v === undefined) loanRest.set(r, (v = writesNameWord(r, b)));
      return v;
    };
    for (const words of byFront2.values()) {
      if (words.size < 2) continue;
      // A longer word that starts with a shorter one counts as the shorter (태원항공기: 태원항공).
      const all = [...words.keys()].sort((x, y) => x.length - y.length);
      const roots = all.filter((r, i) => !all.slice(0, i).some((o) => r.startsWith(o)));
      if (roots.length !== 2) continue;
      const [x, y] = roots as [string, string];
      let k = 0;
      while (k < x.length && x[k] === y[k]) k++;
      const [rx, ry] = [x.slice(k), y.slice(k)];
      if (!rx || !ry || rx.length > 4 || ry.length > 4 || writesB(rx) === writesB(ry)) continue;
      if (!transliterates(x.slice(0, k), a)) continue;
      const segsWith = (r: string) => all.filter((w) => w.startsWith(r)).reduce((n, w) => n + words.get(w)!.segs, 0);
      // The rarer way is reported; a tie says nothing about which is the document's.
      if (segsWith(x) === segsWith(y)) continue;
      const [variant, usual] = segsWith(x) < segsWith(y) ? [x, y] : [y, x];
      const usualAt = words.get(usual)?.at[0] ?? words.get(all.find((w) => w.startsWith(usual))!)!.at[0]!;
      for (const w of all) {
        if (!w.startsWith(variant)) continue;
        for (const u of words.get(w)!.at) {
          const list = out.get(u.id) ?? [];
          if (list.some((i) => i.targetSpan?.start === u.start)) continue;
          list.push(twoRenderingsIssue(locale, name.toLowerCase(), name, w, usual, u.start, usualAt.id));
          out.set(u.id, list);
        }
      }
    }
  }
}
