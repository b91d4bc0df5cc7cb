// A pass of the phrase-consistency check: one English compound term (standard contract, standard
// webtoon contract) whose Korean keeps its front and changes its head from one paragraph to another
// (표준계약서 here, 표준 약관 there). The document is its own evidence, no bilingual lexicon (none
// licence-clean is to be had as a package): the front is the term's, found only in segments whose
// English has the term; the odd head is written in no other segment, while the usual one is another
// segment's own reading of the term.
import { TextHolders } from './text-holders';
import type { QaIssue, QaLocale } from './types';
import { VERB_LIKE } from './phrase-lookalike';
import { ID, twoRenderingsIssue } from './phrase-issue';
import { NUMBER_WORDS, STOP, stems } from './phrase-words';
import type { CompoundFinding } from './phrase-compounds';

// A term in more segments than this is a topic, not a term to check.
const MAX_GROUP = 6;
// A Korean compound is split where it is at most this long (a longer run of syllables is no word).
const MAX_COMPOUND = 10;

// A plural -s folds (contracts = contract); -ss and -us end no plural (business, infectious, virus).
const fold = (w: string) => (w.length > 4 && w.endsWith('s') && !/(?:ss|us)$/.test(w) ? w.slice(0, -1) : w);
const content = (w: string) => /^[a-z]/.test(w) && w.length >= 3 && !STOP.has(fold(w)) && !NUMBER_WORDS.has(fold(w));

/**
 * Two content words of one clause in order, next to each other or with one word between (standard
 * contract, standard webtoon contract), common words only (a name is not a term rendered by its
 * words), each key with the English as the segment writes it.
 */
export function englishTerms(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const clause of source.split(/[.,;:!?()"“”‘’]|\d/)) {
    const toks = [...clause.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
    toks.forEach((t, i) => {
      if (!content(t[0])) return;
      for (let j = i + 1; j <= i + 2 && j < toks.length; j++) {
        const u = toks[j]![0];
        if (!content(u)) {
          // A stop word right after the first word ends the term (contract of the …, rules will …).
          if (!/^[A-Za-z]/.test(u) || STOP.has(fold(u)) || /^[A-Z]/.test(u)) break;
          continue;
        }
        const key = `${fold(t[0].toLowerCase())} ${fold(u)}`;
        if (!out.has(key)) out.set(key, clause.slice(t.index, toks[j]!.index! + u.length).toLowerCase());
      }
    });
  }
  return out;
}

// A document's repeated sources (a translation memory's copies) are read once (bounded).
const termCache = new Map<string, Map<string, string>>();
function cachedTerms(source: string): Map<string, string> {
  let t = termCache.get(source);
  if (!t) {
    if (termCache.size >= 5000) termCache.clear();
    termCache.set(source, (t = englishTerms(source)));
  }
  return t;
}

// A word ending like a verb or a connective (했다, 통해서, 느려지면), but a noun in -서 or -면 after
// a syllable no verb stem or tense ends in (계약서, 보고서; 감면, 국면, 화면) is kept. A tense with
// the nominal -음 (출제했음, 끝났음, 하겠음: a memo-style sentence end) is a verb too.
const verbLike = (w: string) =>
  (VERB_LIKE.test(w) && !/[^아어해여]서$/.test(w) && !/[^하되보오가서지나으리르기이있없않았었했겠려라]면$/.test(w)) ||
  TENSE_NOMINAL.test(w);
const TENSE_NOMINAL = /[았었였했됐겠웠왔갔봤줬렸났셨]음$/;
// A number before the front makes it a counter (두 번째, 3개월): a number's, not a term's.
const NUMBER_BEFORE = /(?:\d|(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|수|첫))\s*$/;

// A word ending like a particle or an adnominal verb form (받은, 이를, 대한, 된): no noun.
const ADNOMINAL = /[은는을를의인한된던]$/;
// Closed-class words of two syllables that render no English term word: determiners and
// adnominals of other endings (다른, 어느, 여러), native numbers (다섯, 스물) and counters after
// them (번째, 가지). A front or head of a unit is never one of them (다섯 번째 / 다른 어느).
const FUNCTION_WORD =
  /^(?:다른|어느|어떤|무슨|모든|여러|온갖|갖은|이런|그런|저런|하나|다섯|여섯|일곱|여덟|아홉|스물|서른|마흔|예순|일흔|여든|아흔|번째|가지|차례|가량|정도|이상|이하|이후|이전|동안)$/;

// A one-syllable noun with the particle 과/와 “and” (열과 기침, 코와 목): the first of two things
// listed, no front of a term; the nouns of two syllables in 과/와 stay (결과 발표, 효과 분석, 기와 지붕).
const COORDINATED = /^[가-힣][과와]$/;
const NOUNS_IN_GWA = new Set(
  '결과 효과 성과 학과 외과 내과 치과 안과 사과 통과 경과 초과 부과 교과 전과 문과 이과 공과 제과 청과 낙과 기와'.split(' '),
);
function coordinated(w: string): boolean {
  if (!COORDINATED.test(w) || NOUNS_IN_GWA.has(w)) return false;
  // 과 after a closed syllable, 와 after an open one, as the particle agrees.
  const closed = (w.charCodeAt(0) - 0xac00) % 28 !== 0;
  return w.endsWith('과') === closed;
}

interface Unit {
  front: string;
  head: string;
  unit: string;
  start: number;
}

/** Korean compounds split after a front of two syllables or more (표준|계약서), and two adjacent words, the first bare (표준 약관). */
export function units(target: string): Unit[] {
  const st = stems(target);
  // Each front and head once, where it first stands (a repeated word is one unit).
  const out = new Map<string, Unit>();
  const add = (front: string, head: string, unit: string, start: number) => {
    if (FUNCTION_WORD.test(front) || FUNCTION_WORD.test(head)) return;
    const k = `${front} ${head}`;
    if (!out.has(k)) out.set(k, { front, head, unit, start });
  };
  st.forEach((x, i) => {
    const s = x.stem;
    if (NUMBER_BEFORE.test(target.slice(Math.max(0, x.start - 4), x.start))) return;
    if (s.length >= 4 && s.length <= MAX_COMPOUND && !verbLike(s))
      for (let k = 2; k <= s.length - 2; k++) add(s.slice(0, k), s.slice(k), s, x.start);
    const n = st[i + 1];
    if (
      n &&
      n.start === x.end + 1 &&
      x.end - x.start === s.length &&
      s.length >= 2 &&
      n.stem.length >= 2 &&
      !coordinated(s) &&
      !verbLike(s) &&
      !verbLike(n.stem)
    )
      add(s, n.stem, `${s} ${n.stem}`, x.start);
  });
  return [...out.values()];
}

/** The same shape as a compound's finding: phrase-consistency reports both alike. */
export type HeadFinding = CompoundFinding;

/**
 * For every English term of two to six segments and every two of them: the same Korean front with two
 * heads, one in each (표준계약서 / 표준 약관), neither head in the other segment (no 계약서 where
 * 약관 stands), the front in no segment without the term, one head written in no other segment of
 * the document and the other one written elsewhere: the lone head is reported.
 */
export function headSwapFindings(segments: readonly { id: string; sourceText: string; targetText: string }[]): HeadFinding[] {
  const terms = segments.map((s) => cachedTerms(s.sourceText));
  const byTerm = new Map<string, number[]>();
  terms.forEach((m, i) => {
    for (const k of m.keys()) {
      const g = byTerm.get(k);
      if (g) g.push(i);
      else byTerm.set(k, [i]);
    }
  });
  // Each segment's Korean without spaces, read only once two segments share a term.
  const bareText: string[] = [];
  const bare = (i: number) => (bareText[i] ??= segments[i]!.targetText.replace(/\s+/g, ''));
  const unitsOf = new Map<number, Map<string, Unit[]>>();
  const fronts = (i: number) => {
    let m = unitsOf.get(i);
    if (!m) {
      m = new Map();
      for (const u of units(segments[i]!.targetText)) m.set(u.front, [...(m.get(u.front) ?? []), u]);
      unitsOf.set(i, m);
    }
    return m;
  };
  const stemsRead: ReturnType<typeof stems>[] = [];
  const stemsOf = (i: number) => (stemsRead[i] ??= stems(segments[i]!.targetText));
  const lowerRead: string[] = [];
  const lowerSource = (i: number) => (lowerRead[i] ??= segments[i]!.sourceText.toLowerCase());
  // The segments whose Korean holds a string (cached: a front or head is looked up once).
  const index = new TextHolders(() => segments.map((_, i) => bare(i)));
  const segmentsWith = (w: string) => index.holders(w);
  // The terms every two segments share (each pair of segments is read once).
  const shared = new Map<string, string[]>();
  for (const [key, group] of byTerm) {
    if (group.length < 2 || group.length > MAX_GROUP) continue;
    for (const a of group)
      for (const b of group) {
        if (a >= b) continue;
        const k = `${a} ${b}`;
        const list = shared.get(k);
        if (list) list.push(key);
        else shared.set(k, [key]);
      }
  }
  const out: HeadFinding[] = [];
  const reported = new Set<string>();
  const report = (odd: Unit, usual: Unit, at: number, other: number, key: string) => {
    const id = `${segments[at]!.id}\u0000${odd.start}`;
    if (reported.has(id)) return;
    reported.add(id);
    out.push({
      segmentId: segments[at]!.id,
      english: key,
      shown: terms[at]!.get(key)!,
      variant: odd.unit,
      usual: usual.unit,
      start: odd.start,
      relatedSegmentId: segments[other]!.id,
    });
  };
  // A term's front: found only where the term is (표준 nowhere but in the paragraphs on the contract).
  const termOf = (keys: string[], front: string) => {
    const withFront = segmentsWith(front);
    return keys.find((k) => withFront.every((i) => byTerm.get(k)!.includes(i)));
  };
  for (const [pair, keys] of shared) {
    const [a, b] = pair.split(' ').map(Number) as [number, number];
    const fb = fronts(b);
    for (const [front, us] of fronts(a)) {
      const vs = fb.get(front);
      if (!vs) continue;
      for (const x of us)
        for (const y of vs) {
          if (x.head === y.head || x.head.includes(y.head) || y.head.includes(x.head)) continue;
          if (bare(b).includes(x.head) || bare(a).includes(y.head)) continue;
          const loneX = segmentsWith(x.head).length === 1;
          const loneY = segmentsWith(y.head).length === 1;
          if (loneX === loneY) continue;
          const key = termOf(keys, front);
          if (!key) continue;
          if (loneY) report(y, x, b, a, key);
          else report(x, y, a, b, key);
        }
    }
    sharedMorphemes(a, b, keys);
  }
  return out;

  /**
   * Two words of two syllables each, both changed but keeping their first syllable, the Sino-Korean
   * morpheme of the term (세액공제 here, 세금 감면 there, 稅 both), for an English term of two words
   * side by side in both segments, once the two segments share no word of their own (the term's
   * rendering is not kept in both: 세액공제 in both is no finding, whatever else differs).
   */
  function sharedMorphemes(a: number, b: number, keys: string[]): void {
    const twoWords = (i: number, k: string) => terms[i]!.get(k)!.split(' ').length === 2;
    const exact = keys.filter((k) => twoWords(a, k) && twoWords(b, k));
    if (!exact.length) return;
    const inA = new Set(stemsOf(a).map((w) => w.stem));
    // The term's segments, also where its words are capitalised (Major League Baseball): the word
    // both segments share is the term's rendering when it stands only in them.
    const withTerm = (k: string, i: number) => byTerm.get(k)!.includes(i) || lowerSource(i).includes(terms[a]!.get(k)!);
    const terms2 = exact.filter(
      (k) => !stemsOf(b).some((w) => w.stem.length >= 2 && inA.has(w.stem) && segmentsWith(w.stem).every((i) => withTerm(k, i))),
    );
    if (!terms2.length) return;
    const shortUnits = (i: number) =>
      [...fronts(i).values()]
        .flat()
        .filter((u) => u.front.length === 2 && u.head.length === 2 && !ADNOMINAL.test(u.front) && !ADNOMINAL.test(u.head));
    const byFirst = new Map<string, Unit[]>();
    for (const y of shortUnits(b)) byFirst.set(y.front[0]!, [...(byFirst.get(y.front[0]!) ?? []), y]);
    for (const x of shortUnits(a))
      for (const y of byFirst.get(x.front[0]!) ?? []) {
        if (x.front === y.front || x.head === y.head || x.head.includes(y.head) || y.head.includes(x.head)) continue;
        if (bare(b).includes(x.front) || bare(b).includes(x.head) || bare(a).includes(y.front) || bare(a).includes(y.head)) continue;
        const key = terms2.find((k) => termOf([k], x.front) && termOf([k], y.front));
        if (!key) continue;
        const loneX = segmentsWith(x.unit.replace(' ', '')).length === 1;
        const loneY = segmentsWith(y.unit.replace(' ', '')).length === 1;
        // The lone one; both lone (a term of two paragraphs), the later one.
        if (loneY) report(y, x, b, a, key);
        else if (loneX) report(x, y, a, b, key);
      }
  }
}

/** Adds the findings to the check's issues (one per word and per term in a segment). */
export function headSwapPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  for (const f of headSwapFindings(segments)) {
    const list = out.get(f.segmentId) ?? [];
    if (list.some((i) => i.targetSpan?.start === f.start || i.key === `${ID}:${f.english}`)) continue;
    list.push(twoRenderingsIssue(locale, f.english, f.shown, f.variant, f.usual, f.start, f.relatedSegmentId));
    out.set(f.segmentId, list);
  }
}
