// Ranked Hangul candidates for a romanised Korean name written without its original form
// (`Oh Gyeong-seop` → 오경섭, 오경섬, …; `Kaesong` → 개성, …). No list of people is needed: every
// Hangul syllable is spelled in the ways the three romanisation systems in use spell it (Revised
// Romanization, McCune–Reischauer without breves, the North Korean system) plus the common
// informal spellings (Jong/Jeong/Jung, Gun/Geun, Seop/Sop, Oh, Lee/Rhee/Ri, Park/Pak…), and a
// spelling's candidates are ranked by how common each syllable is in surnames, given names or place
// names (syllables.ts). A name is cut into syllables at hyphens and spaces; a joined word
// (`Panmunjom`, `Jongun`) is cut every possible way.
import { GIVEN_SYLLABLES, PLACE_SUFFIXES, PLACE_SYLLABLES, SURNAME_SHARE, SURNAME_SPELLINGS } from './syllables';

export interface NameCandidate {
  target: string;
  /** Share of the probability among the candidates returned (0..1], best first. */
  score: number;
}

type Spelling = readonly (readonly [string, number])[];

// Jamo spellings with a weight for how usual each is (1 = a standard system's spelling).
const INITIALS: Spelling[] = [
  [
    ['g', 1],
    ['k', 1],
  ],
  [
    ['kk', 1],
    ['gg', 0.5],
    ['k', 0.3],
  ],
  [['n', 1]],
  [
    ['d', 1],
    ['t', 1],
  ],
  [
    ['tt', 1],
    ['dd', 0.5],
  ],
  [
    ['r', 1],
    ['l', 0.5],
    ['n', 0.2],
  ],
  [['m', 1]],
  [
    ['b', 1],
    ['p', 1],
  ],
  [
    ['pp', 1],
    ['bb', 0.5],
  ],
  [
    ['s', 1],
    ['sh', 0.15],
  ],
  [
    ['ss', 1],
    ['s', 0.3],
  ],
  [['', 1]],
  [
    ['j', 1],
    ['ch', 1],
  ],
  [
    ['jj', 1],
    ['tch', 0.5],
  ],
  [['ch', 1]],
  [
    ['k', 1],
    ['kh', 0.2],
  ],
  [
    ['t', 1],
    ['th', 0.2],
  ],
  [
    ['p', 1],
    ['ph', 0.2],
  ],
  [['h', 1]],
];
const MEDIALS: Spelling[] = [
  [['a', 1]],
  [
    ['ae', 1],
    ['ai', 0.2],
  ],
  [['ya', 1]],
  [['yae', 1]],
  [
    ['eo', 1],
    ['o', 1],
    ['u', 0.5],
  ],
  [
    ['e', 1],
    ['ye', 0.1],
  ],
  [
    ['yeo', 1],
    ['yo', 1],
    ['yu', 0.4],
    ['you', 0.4],
  ],
  [['ye', 1]],
  [
    ['o', 1],
    ['oh', 0.2],
  ],
  [['wa', 1]],
  [['wae', 1]],
  [
    ['oe', 1],
    ['oi', 0.4],
    ['wi', 0.1],
  ],
  [['yo', 1]],
  [
    ['u', 1],
    ['oo', 0.5],
  ],
  [
    ['wo', 1],
    ['weo', 0.5],
  ],
  [['we', 1]],
  [['wi', 1]],
  [
    ['yu', 1],
    ['yoo', 0.5],
  ],
  [
    ['eu', 1],
    ['u', 1],
  ],
  [
    ['ui', 1],
    ['eui', 0.5],
    ['ee', 0.5],
    ['i', 0.3],
  ],
  [
    ['i', 1],
    ['ee', 0.3],
  ],
];
const K = [
  ['k', 1],
  ['g', 0.3],
] as const;
const T = [
  ['t', 1],
  ['d', 0.2],
  ['s', 0.2],
] as const;
const L = [
  ['l', 1],
  ['r', 0.3],
] as const;
const FINALS: Spelling[] = [
  [['', 1]],
  K,
  K,
  K,
  [['n', 1]],
  [['n', 1]],
  [['n', 1]],
  T,
  L,
  [['k', 1]],
  [['m', 1]],
  L,
  L,
  L,
  [['p', 1]],
  L,
  [['m', 1]],
  [
    ['p', 1],
    ['b', 0.3],
  ],
  [['p', 1]],
  T,
  T,
  [['ng', 1]],
  T,
  T,
  [['k', 1]],
  T,
  [['p', 1]],
  T,
];
// ㅅ before i/y sounds: "Shin", "Shim".
const SH_VOWELS = new Set([2, 3, 6, 7, 12, 16, 17, 20]);

/** Every spelling of one Hangul syllable with its weight. */
export function syllableSpellings(syllable: string): Map<string, number> {
  const code = syllable.charCodeAt(0) - 0xac00;
  const out = new Map<string, number>();
  if (code < 0 || code > 11171 || syllable.length !== 1) return out;
  const ini = Math.floor(code / 588);
  const med = Math.floor((code % 588) / 28);
  const fin = code % 28;
  const inits =
    ini === 9 && SH_VOWELS.has(med)
      ? ([
          ['s', 1],
          ['sh', 0.7],
        ] as const)
      : INITIALS[ini]!;
  for (const [a, wa] of inits)
    for (const [b, wb] of MEDIALS[med]!)
      for (const [c, wc] of FINALS[fin]!) {
        // "oo" after an initial reads fine (Koo, Yoo); "wo" after ㅇ is just "wo" (원 = won).
        const s = a + b + c;
        const w = wa * wb * wc;
        if (w > (out.get(s) ?? 0)) out.set(s, w);
      }
  // Informal spellings: 우 = Woo/Wu (Roh Tae-woo), 화 = Wha (Kang Kyung-wha).
  for (const [s, w] of [...out]) {
    if (ini === 11 && med === 13) out.set(`w${s}`, Math.max(out.get(`w${s}`) ?? 0, w * 0.6));
    if (ini === 18 && med === 9) out.set(s.replace(/^hwa/, 'wha'), Math.max(out.get(s.replace(/^hwa/, 'wha')) ?? 0, w * 0.5));
  }
  return out;
}

const GROUP_PRIOR: Record<number, number> = { 5: 1, 4: 0.4, 3: 0.15, 2: 0.05 };
/** Any other Hangul syllable: possible, never preferred over a listed one. */
const UNLISTED_PRIOR = 0.003;

/**
 * `voiceless`: a plain ㄱ/ㄷ/ㅂ/ㅈ spelled k/t/p/ch. McCune–Reischauer voices them inside a word
 * (Tae-jung, Onchon = 온천 not 온전) and Revised Romanization always writes g/d/b/j, so such a
 * spelling inside a name is much less likely than at its start.
 */
interface Entry {
  syllable: string;
  weight: number;
  voiceless: boolean;
}
type Index = Map<string, Entry[]>;

/** `flat`: every syllable equally likely (the bench's baseline: spelling rules without frequencies). */
export interface CandidateOptions {
  flat?: boolean;
}

function buildIndex(groups: Readonly<Record<number, string>>, flat = false): Index {
  const prior = new Map<string, number>();
  for (const [g, chars] of Object.entries(groups)) {
    for (const ch of chars) prior.set(ch, flat ? 1 : Math.max(prior.get(ch) ?? 0, GROUP_PRIOR[Number(g)] ?? 0.02));
  }
  for (let c = 0xac00; c <= 0xd7a3; c += 1) {
    const ch = String.fromCharCode(c);
    if (!prior.has(ch)) prior.set(ch, flat ? 1 : UNLISTED_PRIOR);
  }
  const index: Index = new Map();
  for (const [syllable, p] of prior) {
    for (const [spelling, w] of syllableSpellings(syllable)) {
      const list = index.get(spelling) ?? [];
      const ini = Math.floor((syllable.charCodeAt(0) - 0xac00) / 588);
      list.push({ syllable, weight: p * w, voiceless: [0, 3, 7, 12].includes(ini) && /^(k|t|p|ch)/.test(spelling) });
      index.set(spelling, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  return index;
}

const cache = new Map<string, Index>();
const given = (flat = false) => cache.get(`g${flat}`) ?? cache.set(`g${flat}`, buildIndex(GIVEN_SYLLABLES, flat)).get(`g${flat}`)!;
const place = (flat = false) => cache.get(`p${flat}`) ?? cache.set(`p${flat}`, buildIndex(PLACE_SYLLABLES, flat)).get(`p${flat}`)!;

function surnames(flat = false): Index {
  const cached = cache.get(`s${flat}`);
  if (cached) return cached;
  const index: Index = new Map();
  const add = (spelling: string, syllable: string, weight: number) => {
    const list = index.get(spelling) ?? [];
    const found = list.find((e) => e.syllable === syllable);
    if (found) found.weight = Math.max(found.weight, weight);
    else list.push({ syllable, weight, voiceless: false });
    index.set(spelling, list);
  };
  for (const [surname, share] of Object.entries(SURNAME_SHARE)) {
    if (surname.length !== 1) continue;
    for (const [spelling, w] of syllableSpellings(surname)) add(spelling, surname, (flat ? 1 : share) * w * 0.5);
  }
  for (const [spelling, list] of Object.entries(SURNAME_SPELLINGS)) {
    // The listed order wins: "Ri" is 리 first (North Korean spelling), then 이.
    const share = (x: string) => (flat ? 1 : (SURNAME_SHARE[x] ?? 0.01));
    const first = share(list[0]!);
    list.forEach((surname, rank) => add(spelling, surname, rank === 0 ? first * 2 : Math.min(share(surname) * 0.3, first * 0.5 ** rank)));
  }
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  cache.set(`s${flat}`, index);
  return index;
}

interface Partial {
  text: string;
  weight: number;
}

const BEAM = 12;

function top(list: Partial[], n = BEAM): Partial[] {
  return list.sort((a, b) => b.weight - a.weight).slice(0, n);
}

/** Candidates for one written part (`seop`, `panmunjom`): cut into 1..maxSyllables syllables. */
const INNER_VOICELESS = 0.3;

function segment(part: string, index: Index, maxSyllables: number, inner = false): Partial[] {
  const s = part.toLowerCase();
  // best[i][k]: readings of s[0..i) in k syllables.
  const best: Partial[][][] = Array.from({ length: s.length + 1 }, () => Array.from({ length: maxSyllables + 1 }, () => []));
  best[0]![0] = [{ text: '', weight: 1 }];
  for (let i = 0; i < s.length; i += 1) {
    for (let k = 0; k < maxSyllables; k += 1) {
      const from = best[i]![k]!;
      if (from.length === 0) continue;
      for (let j = i + 1; j <= Math.min(s.length, i + 6); j += 1) {
        const entries = index.get(s.slice(i, j));
        if (!entries) continue;
        const into = best[j]![k + 1]!;
        const voicing = (e: Entry) => (e.voiceless && (inner || k > 0) ? INNER_VOICELESS : 1);
        for (const p of from)
          for (const e of entries.slice(0, 8)) into.push({ text: p.text + e.syllable, weight: p.weight * e.weight * voicing(e) });
        best[j]![k + 1] = top(into);
      }
    }
  }
  return top(best[s.length]!.flat());
}

function combine(parts: Partial[][]): Partial[] {
  let acc: Partial[] = [{ text: '', weight: 1 }];
  for (const options of parts) {
    if (options.length === 0) return [];
    acc = top(acc.flatMap((a) => options.map((o) => ({ text: a.text + o.text, weight: a.weight * o.weight }))));
  }
  return acc;
}

function normalise(list: Partial[], n: number): NameCandidate[] {
  const merged = new Map<string, number>();
  for (const p of list) merged.set(p.text, (merged.get(p.text) ?? 0) + p.weight);
  const sorted = [...merged.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  const total = sorted.reduce((x, [, w]) => x + w, 0) || 1;
  return sorted.map(([target, w]) => ({ target, score: Math.round((w / total) * 1000) / 1000 }));
}

const SPLIT = /[\s\-‐‑–']+/u;

/** Readings of a given name: one syllable per hyphen/space part, a joined part cut into up to 3. */
export function givenNameReadings(givenName: string, opts: CandidateOptions = {}): Partial[] {
  const parts = givenName.split(SPLIT).filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return [];
  const max = parts.length === 1 ? 3 : 1;
  return combine(parts.map((p, i) => segment(p, given(opts.flat), max, i > 0)));
}

export function surnameReadings(surname: string, opts: CandidateOptions = {}): Partial[] {
  const key = surname.toLowerCase();
  const direct = surnames(opts.flat).get(key) ?? [];
  const out: Partial[] = direct.map((e) => ({ text: e.syllable, weight: e.weight }));
  return top(out, 4);
}

/** Ranked Hangul candidates for a Korean-order person name (`Oh Gyeong-seop`). */
export function personCandidates(name: string, n = 5, opts: CandidateOptions = {}): NameCandidate[] {
  const words = name.trim().split(/\s+/);
  const [first, ...rest] = words;
  if (!first || rest.length === 0) return [];
  const sur = surnameReadings(first, opts);
  const giv = givenNameReadings(rest.join(' '), opts);
  if (sur.length === 0 || giv.length === 0) return [];
  return normalise(combine([sur, giv]), n);
}

/** Ranked Hangul candidates for a place (`Kaesong`, `Gyeonggi-do`, `Kaepung County`). */
export function placeCandidates(name: string, n = 5, opts: CandidateOptions = {}): NameCandidate[] {
  const words = name
    .trim()
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean);
  const parts: Partial[][] = [];
  for (const [i, w] of words.entries()) {
    const suffix = i > 0 ? PLACE_SUFFIXES[w.toLowerCase()] : undefined;
    if (suffix) parts.push([{ text: suffix, weight: 1 }]);
    else if (i > 0 && /^(county|province|city|island|islands|mountain|mount|river|bay|port)$/i.test(w)) continue;
    else parts.push(segment(w, place(opts.flat), 4));
  }
  return normalise(combine(parts), n);
}

/** Parses the stored JSON list; anything malformed reads as no candidates. */
export function parseCandidates(json: string | null | undefined): NameCandidate[] {
  try {
    const v: unknown = JSON.parse(json || '[]');
    if (!Array.isArray(v)) return [];
    return v.filter((c): c is NameCandidate => !!c && typeof c.target === 'string' && typeof c.score === 'number');
  } catch {
    return [];
  }
}
