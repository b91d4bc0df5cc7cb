// Reading a document for the phrase-consistency check (phrase-consistency.ts): the Korean words of a
// target with their particles stripped (stems), the English two-word phrases of a source as numbers
// (a hash per word) and the single content words beside them, and the words the synonym pass reads.
export const STOP = new Set(
  (
    'the a an and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'that this these those it its it’s they them their he his she her we our you your i not no so if than then there which who whom ' +
    'what when where why how all any each some such more most other also only very can could would should will may might must said says ' +
    'say one two new its into over about after before since while during between against under up down out off just own same both ' +
    'whether though although because until unless however ' +
    // Prepositions: a phrase that runs into one (the agency behind …) is no term.
    'behind above below beneath beside beyond across along among amid amongst around toward towards through ' +
    'throughout within without upon onto despite except via versus per ' +
    'north south korea korean koreas seoul pyongyang year month week day time people government ' +
    // Day deixis: a document's “yesterday afternoon” is one day in one paragraph and another in the next.
    'today tonight yesterday tomorrow'
  ).split(' '),
);
// Longest first: a word loses at most one particle.
const PARTICLES =
  '으로부터 에서는 에게는 으로는 으로서 으로써 이라는 에서 에게 까지 부터 보다 처럼 으로 라는 이다 에는 에도 과의 와의 의 은 는 이 가 을 를 과 와 에 도 만 로'.split(
    ' ',
  );

const PARTICLE_SET = new Set(PARTICLES);
/** A run of Hangul that is only a particle (7으로, FIFA에서: after a digit or Latin letters): no word. */
export const isParticle = (w: string) => PARTICLE_SET.has(w);

// The particles by their last syllable, longest first.
const PARTICLE_ENDS = new Map<number, string[]>();
for (const p of PARTICLES) {
  const c = p.charCodeAt(p.length - 1);
  PARTICLE_ENDS.set(c, [...(PARTICLE_ENDS.get(c) ?? []), p]);
}

export const isSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;

export function stems(text: string): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  // Runs of Hangul syllables ([가-힣]+), read by code unit: no match objects on every word.
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text.charCodeAt(i) >= 0xac00 && text.charCodeAt(i) <= 0xd7a3) i++;
    const word = text.slice(start, i);
    let w = word;
    // Only the particles ending in the word's last syllable are tried.
    if (w.length >= 2)
      for (const p of PARTICLE_ENDS.get(w.charCodeAt(w.length - 1)) ?? []) {
        if (w.length <= p.length || !w.endsWith(p)) continue;
        // The longest particle the word ends with, or none: 봄으로 is 봄 + 으로 (one syllable left),
        // never 봄으 + 로. A one-syllable particle leaves two syllables at least (나이 is no 나 + 이).
        if (w.length >= p.length + 2 || (p.length >= 2 && w.length === p.length + 1)) w = w.slice(0, -p.length);
        break;
      }
    out.push({ stem: w, start, end: start + word.length });
  }
  return out;
}

// English two-word phrases as numbers (a 26-bit hash per word), so the document pass builds no
// strings; the phrase's text is read back from its first occurrence when an issue is reported.
export const WORD_BITS = 67108864;
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), 0x01000193);
  return (h >>> 0) % WORD_BITS;
}
const STOP_HASHES = new Set([...STOP].map((w) => wordHash(w, 0, w.length)));
// Words that modify the noun after them and end no noun phrase (next, last, former …): an "of"
// before one of them does not join it to the word before (half of next year is no “half of next”).
const MODIFIER_HASHES = new Set(
  'next last previous following coming current recent early late former latter several many whole entire'
    .split(' ')
    .map((w) => wordHash(w, 0, w.length)),
);
// Number words (2.2 trillion won, 19.3 percent, 4 percentage points) and metric units (40 million
// tonnes of water: 4000만t or 4000만 톤): a number's scale or unit, read as the digits before it are.
// They break a phrase, so “trillion won” or “tonnes of water” is no term to render one way (its
// neighbours in Korean are whatever the sentences count, its unit a symbol or a word). Units that are
// also other words (meter, yard, pound, foot, degree) are left out.
export const NUMBER_WORDS = new Set(
  (
    'hundred thousand million billion trillion percent percentage ' +
    'tonne ton metre kilometre kilometer centimetre centimeter millimetre millimeter litre liter kilogram hectare'
  ).split(' '),
);
// Articles and determiners of three letters or more (a and an are read by their letters).
const DETERMINER_HASHES = new Set(
  'the its their his her our your this that these those each every any'.split(' ').map((w) => wordHash(w, 0, w.length)),
);
const NUMBER_WORD_HASHES = new Set([...NUMBER_WORDS].map((w) => wordHash(w, 0, w.length)));
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39 || c === 8217;

export interface PhraseAt {
  text: string;
  start: number;
  end: number;
}

// Countries before a phrase name whose thing it is: “Japan's Foreign Ministry” (외무성) and “foreign
// ministry officials” of Seoul (외교부) are two ministries, not one phrase translated two ways.
const COUNTRY_HASHES = new Set(
  (
    'japan japanese china chinese korea korean america american russia russian taiwan taiwanese britain british france ' +
    'french germany german india indian pyongyang seoul tokyo beijing washington moscow'
  )
    .split(' ')
    .map((w) => wordHash(w, 0, w.length)),
);

// How often each single word occurs in the document (by its hash, folded into a small table: a
// collision only makes a word look more frequent). A word in more segments than a synonym group
// holds is never a key, so a long document of repeated topic words builds no single-word groups.
export const SINGLE_MASK = (1 << 18) - 1;
export const singleCount = new Uint16Array(SINGLE_MASK + 1);

export function englishPhrases(
  text: string,
  first: Map<number, PhraseAt>,
  qualifiers?: Map<number, number>,
  singles?: number[],
  continuations?: Map<number, number[]>,
  fronts?: Map<number, number[]>,
): Set<number> {
  const out = new Set<number>();
  // The phrase read last, whose next word (if the phrase runs on) is its continuation.
  let lastKey = -1;
  const cont = (key: number, h: number) => {
    const list = continuations!.get(key);
    if (!list) continuations!.set(key, [h]);
    else if (!list.includes(h)) list.push(h);
  };
  let prev = -1;
  let prevStart = 0;
  // The content word right before `prev` in the same run of words (extraordinary general meeting:
  // “extraordinary” for “general meeting”), or -1.
  let prevFront = -1;
  // Whether the word read last was an article or determiner, the one before `prev`, and the one
  // before `prevFront`: a front is a qualifier inside a noun phrase (an extraordinary general
  // meeting), not a verb before one (remove export controls).
  let lastDet = false;
  let prevDet = false;
  let frontDet = false;
  // Whether `prev` and `prevFront` end like a comparative or superlative (a bigger allowance): a
  // grade, not a kind; two grades of one thing are still one thing.
  let prevGraded = false;
  let prevFrontGraded = false;
  // The last word read (stop words included) and the country word before the previous word, if any.
  let last = -1;
  let prevQualifier = 0;
  // The previous word was followed by an "of" (the phrase is read across it).
  let acrossOf = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      // Digits and other marks break a phrase; spaces and commas do not matter here.
      if (c !== 32) {
        if (continuations && lastKey >= 0) cont(lastKey, 0);
        prev = last = lastKey = -1;
        acrossOf = false;
        lastDet = false;
      }
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    // A plural -s is folded into the word (drills = drill).
    // A possessive 's folds too (England's = England).
    // A plural possessive's apostrophe goes first (plaintiffs' = plaintiffs).
    const w = text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 8217 ? i - 1 : i;
    const apos = w - start > 3 && (text.charCodeAt(w - 2) === 39 || text.charCodeAt(w - 2) === 8217);
    const end = (text.charCodeAt(w - 1) | 32) === 115 && w - start > 3 ? (apos ? w - 2 : w - 1) : w;
    // A plural in -ies folds to -y (ferries = ferry, companies = company).
    const ies = end < w && !apos && end - start > 4 && /ie/i.test(text.slice(end - 2, end));
    const h = i - start >= 3 ? (ies ? wordHash(`${text.slice(start, end - 2)}y`, 0, end - start - 1) : wordHash(text, start, end)) : -1;
    // "Bank of England", "Ministry of Unification": the phrase is read across an "of".
    if (prev >= 0 && i - start === 2 && (text.charCodeAt(start) | 32) === 111 && (text.charCodeAt(start + 1) | 32) === 102) {
      acrossOf = true;
      lastDet = false;
      // A phrase before an "of" ends there (its noun is the head: the district court of …).
      if (continuations && lastKey >= 0) cont(lastKey, 0);
      lastKey = -1;
      continue;
    }
    if (NUMBER_WORD_HASHES.has(h)) {
      if (continuations && lastKey >= 0) cont(lastKey, 0);
      prev = last = lastKey = -1;
      acrossOf = false;
      lastDet = false;
      continue;
    }
    const before = last;
    last = h;
    const afterDet = lastDet;
    lastDet =
      (i - start === 1 && (c | 32) === 97) ||
      (i - start === 2 && (c | 32) === 97 && (text.charCodeAt(start + 1) | 32) === 110) ||
      (h >= 0 && DETERMINER_HASHES.has(wordHash(text, start, w)));
    // A stop word is one as written, before the plural fold (this is no “thi”, does no “doe”).
    if (h < 0 || STOP_HASHES.has(h) || (end < w && STOP_HASHES.has(wordHash(text, start, w)))) {
      if (continuations && lastKey >= 0) cont(lastKey, 0);
      prev = lastKey = -1;
      acrossOf = false;
      continue;
    }
    // Across an "of", the next word is the noun the phrase ends on; a word that only modifies the
    // noun after it (half of next year, the start of last season) starts a phrase of its own.
    if (acrossOf && MODIFIER_HASHES.has(h)) prev = -1;
    acrossOf = false;
    // A single content word too, as a negative key (hash, start, end), made a key once the whole
    // document is counted.
    if (singles && end - start >= 4) {
      singles.push(h, start, ies ? w : end);
      if (singleCount[h & SINGLE_MASK]! < 65535) singleCount[h & SINGLE_MASK]!++;
      if (qualifiers && COUNTRY_HASHES.has(before) && !qualifiers.has(-1 - h)) qualifiers.set(-1 - h, before);
    }
    // The phrase before runs on into this word (Central District Court): its continuation.
    if (continuations && lastKey >= 0) cont(lastKey, h);
    lastKey = -1;
    if (prev >= 0) {
      const key = prev * WORD_BITS + h;
      out.add(key);
      lastKey = key;
      if (!first.has(key)) first.set(key, { text, start: prevStart, end });
      if (qualifiers && prevQualifier !== 0 && !qualifiers.has(key)) qualifiers.set(key, prevQualifier);
      if (fronts) {
        const f = prevFront >= 0 && frontDet && !MODIFIER_HASHES.has(prevFront) && !prevFrontGraded ? prevFront : 0;
        const list = fronts.get(key);
        if (!list) fronts.set(key, [f]);
        else if (!list.includes(f)) list.push(f);
      }
    }
    prevQualifier = COUNTRY_HASHES.has(before) ? before : 0;
    prevFront = prev;
    prevFrontGraded = prevGraded;
    prevGraded = end - start > 4 && /(?:er|est)$/i.test(text.slice(start, end));
    frontDet = prevDet;
    prev = h;
    prevDet = afterDet;
    prevStart = start;
  }
  if (continuations && lastKey >= 0) cont(lastKey, 0);
  return out;
}

// A segment's words for the synonym pass: stems, a plural without -들 (용접사들 → 용접사), and the
// noun of a 하다/되다/받다 verb (납품됐다, 인도받는 → 납품, 인도).
export const VERB_AFTER_NOUN = /^(?:됐|된|되|돼|될|받|했|한|하|해|할|시키|시켜|시킨)/;
export function wordsOf(target: string): string[] {
  const out = new Set<string>();
  for (const { stem } of stems(target)) {
    if (stem.length < 2) continue;
    out.add(stem);
    if (stem.length >= 3 && stem.endsWith('들')) out.add(stem.slice(0, -1));
    for (let i = 2; i <= 4 && i < stem.length; i++)
      if (VERB_AFTER_NOUN.test(stem.slice(i))) {
        out.add(stem.slice(0, i));
        break;
      }
  }
  return [...out];
}

export interface SegInfo {
  id: string;
  phrases: Set<number>;
  /** Per phrase, the country word before it (Japan's Foreign Ministry), or 0. */
  qualifiers: Map<number, number>;
  /** Per phrase, the words it runs on into (Central District Court: court), 0 where it ends. */
  continuations: Map<number, number[]>;
  /** Per phrase, the content words right before it (annual general meeting: annual), 0 where none. */
  fronts?: Map<number, number[]>;
  renderings: Map<string, number>; // stem or "stem stem" → offset
}
