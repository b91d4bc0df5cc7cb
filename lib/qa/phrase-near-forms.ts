// A term rendered one way in every segment of its English word but one, where a near form of the
// same rendering stands instead — found without knowing the pair in advance. The English word
// anchors it: the usual rendering is in every other segment with the word (inside a longer word
// too; of four or more, all but one), in few segments without it (a quarter at most), and the near
// form is in this segment only — beside the usual one too, once two other segments settle it
// (재검표 … 재개표). Near forms: one syllable swapped in a word of four syllables or more (육아휴직/육아휴가, two
// words side by side read as one: 육아 휴가), in one of three keeping its first consonant
// (출산율/출생률; never 상반기/하반기), and, for a name's rendering seen only once, one letter
// changed (한라면세점/할라면세점), reported on the later segment (the first sets it). Inserted and
// dropped syllables are phrase-inserted.ts's; a shortened front or head (도의회, 연합훈련) is a
// choice. Also: an English word said twice in one sentence, translated once and written in Hangul
// once (면세점 … 듀티프리 for “duty-free”).
import { VERB_LIKE } from './phrase-lookalike';
import { hangulLoanKey, loanKeys, transliterates } from './phrase-synonyms';
import { isParticle, STOP, stems } from './phrase-words';

export interface NearFinding {
  segmentId: string;
  english: string;
  variant: string;
  usual: string;
  start: number;
  relatedSegmentId: string;
}

interface Seg {
  id: string;
  sourceText: string;
  targetText: string;
}

// An English word in more segments than this is a topic word, not a term.
const MAX_GROUP = 12;
// A Korean word longer than this is no term's rendering (a pasted run of syllables): the index below
// builds one key per syllable of each word, quadratic in a word's length (a 60,000-syllable word ran
// out of memory, 7 Dec 2026).
const MAX_SYLLABLES = 16;

/** The English content words of a source, folded to a rough singular; with whether one is lowercase. */
export function englishWords(source: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const re = /[A-Za-z]{3,}/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const raw = m[0];
    let w = raw.toLowerCase();
    if (STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    if (out.get(w)) continue;
    // A capital inside a sentence marks a name's word (Halla); one that starts a sentence, nothing.
    out.set(w, raw.charCodeAt(0) >= 97 || sentenceStart(source, m.index));
  }
  return out;
}

/** Nothing before `at` but spaces and an opening mark since the last sentence end. */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' "“‘\'('.includes(text[i]!)) i--;
  return i < 0 || '.!?:'.includes(text[i]!);
}

// Verb forms and adnominals (대비한, 보낸, 담은): never a term's rendering.
const verbal = (w: string) => VERB_LIKE.test(w) || (/(?:한|된|는|던|할|될|운|은|을|를|린|진|난|낸|인)$/.test(w) && !/[국학]인$/.test(w));

// Initial-sound spellings of one suffix (출산율/출생률): folded so they count as one syllable.
const fold = (w: string) => w.replace(/률/g, '율').replace(/렬/g, '열');

const jamo = (c: string) => {
  const x = c.charCodeAt(0) - 0xac00;
  return [Math.floor(x / 588), Math.floor(x / 28) % 21, x % 28];
};

/** Two same-length words differ in one syllable: any for four syllables or more, its first consonant
 *  kept for three (산/생, never 상/하 or 내/외); with `letter`, one letter of it only (한라/할라). */
export function swapped(a: string, b: string, letter = false): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length !== y.length || x === y || x.length < 3) return false;
  let at = -1;
  for (let i = 0; i < x.length; i++)
    if (x[i] !== y[i]) {
      if (at >= 0) return false;
      at = i;
    }
  const p = jamo(x[at]!);
  const q = jamo(y[at]!);
  if (letter) return p.filter((c, i) => c !== q[i]).length === 1;
  return x.length >= 4 || p[0] === q[0];
}

export function nearFormFindings(segments: readonly Seg[]): NearFinding[] {
  const words: Map<string, boolean>[] = [];
  const kos: Map<string, number>[] = [];
  const bySeg = new Map<string, number[]>(); // English word → segments
  const byKo = new Map<string, number[]>(); // Korean stem → segments
  const joined: [string, number][][] = []; // per segment: word pairs written as one, with their start
  segments.forEach((s, n) => {
    const w = /[가-힣]/.test(s.targetText) ? englishWords(s.sourceText) : new Map<string, boolean>();
    words.push(w);
    for (const k of w.keys()) (bySeg.get(k) ?? bySeg.set(k, []).get(k)!).push(n);
    const ko = new Map<string, number>();
    const pairs: [string, number][] = [];
    joined.push(pairs);
    if (w.size) {
      const st = stems(s.targetText);
      st.forEach((x, i) => {
        if (x.stem.length >= 2 && !ko.has(x.stem) && !verbal(x.stem) && !isParticle(x.stem)) ko.set(x.stem, x.start);
        // Two words side by side, the first bare (육아 휴가), also as one (육아휴가 beside 육아휴직).
        const next = st[i + 1];
        if (
          next &&
          x.end === x.start + x.stem.length &&
          next.start === x.end + 1 &&
          x.stem.length >= 2 &&
          next.stem.length >= 2 &&
          !verbal(next.stem)
        )
          pairs.push([x.stem + next.stem, x.start]);
      });
    }
    kos.push(ko);
    for (const k of ko.keys()) (byKo.get(k) ?? byKo.set(k, []).get(k)!).push(n);
  });
  // Index of the stems of at most twelve segments by each syllable swapped out, so a near form is
  // found without comparing every pair.
  const swapIndex = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, v: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const [r, segs] of byKo) {
    if (segs.length > MAX_GROUP || r.length > MAX_SYLLABLES) continue;
    const f = fold(r);
    for (let i = 0; i < f.length; i++) add(swapIndex, `${f.slice(0, i)}*${f.slice(i + 1)}`, r);
  }
  const out: NearFinding[] = [];
  segments.forEach((s, x) => {
    for (const [v, start] of [...kos[x]!, ...joined[x]!]) {
      if ((byKo.get(v)?.length ?? 1) !== 1 || v.length > MAX_SYLLABLES) continue;
      const cands = new Set<string>();
      const f = fold(v);
      for (let i = 0; i < f.length; i++) for (const r of swapIndex.get(`${f.slice(0, i)}*${f.slice(i + 1)}`) ?? []) cands.add(r);
      for (const r of cands) {
        if (r === v) continue;
        const rs = byKo.get(r)!;
        // The usual rendering here too (재검표는 … 재개표를): only once it is the document's, in two
        // other segments at least; one other may contrast two things in a sentence.
        const here = s.targetText.includes(r);
        if (here && rs.filter((n) => n !== x).length < 2) continue;
        // Seen once, only a one-letter change (a transliteration: 한라/할라); twice or more, any near form.
        if (!swapped(r, v, rs.length === 1)) continue;
        // One each way: the later segment is the odd one.
        if (rs.length === 1 && rs[0]! > x) continue;
        // An English word whose every other segment has the usual rendering, which stands without it
        // in at most a quarter of its segments; a name's word (Halla, never lowercase) when the usual
        // rendering stands in one segment only.
        const english = [...words[x]!.keys()].find((e) => {
          const es = bySeg.get(e)!;
          if (es.length > MAX_GROUP || (rs.length === 1 && words[x]!.get(e))) return false;
          // (Inside a longer word too: 합계출산율 has 출산율.) Of four other segments or more, one may
          // say it another way (a pronoun, a verb: 다시 세다 for “recount”).
          const lacking = es.filter((n) => n !== x && !rs.includes(n) && !segments[n]!.targetText.includes(r)).length;
          if (lacking > (es.length - 1 >= 4 ? 1 : 0)) return false;
          return rs.filter((n) => !es.includes(n)).length * 4 <= rs.length;
        });
        if (!english) continue;
        out.push({ segmentId: s.id, english, variant: v, usual: r, start, relatedSegmentId: segments[rs[0]!]!.id });
        break;
      }
    }
  });
  return [...out, ...loanBesideFindings(segments, kos, byKo)];
}

/** Lowercase English words of four letters or more and pairs of adjacent words run together (dutyfree). */
function englishKeys(source: string, lowerOnly: boolean): string[] {
  const toks = [...source.matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((t) => !lowerOnly || t === t.toLowerCase());
  const out: string[] = [];
  toks.forEach((t, i) => {
    const w = t.toLowerCase();
    if (w.length >= 4 && !STOP.has(w)) out.push(w);
    const u = toks[i + 1]?.toLowerCase();
    if (u && !STOP.has(w) && !STOP.has(u)) out.push(w + u);
  });
  return out;
}

/** The Hangul word at `start` follows another English word of the source written in Hangul (플레이오프
 *  라운드 for “playoff round”): a loan phrase of its own, not the word said twice. */
function inLoanPhrase(s: Seg, start: number, e: string): boolean {
  const before = stems(s.targetText.slice(Math.max(0, start - 20), start)).pop();
  if (!before || !/^[가-힣]+ $/.test(s.targetText.slice(start - 1 - before.stem.length, start))) return false;
  const key = hangulLoanKey(before.stem);
  return (s.sourceText.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => w !== e && loanKeys(w).includes(key));
}

/**
 * An English word said twice in one sentence, translated once and written in Hangul once (면세점 …
 * 듀티프리 for “duty-free” twice), where every other segment with the word has the translation and
 * the translation stands only where the word does.
 */
function loanBesideFindings(segments: readonly Seg[], kos: Map<string, number>[], byKo: Map<string, number[]>): NearFinding[] {
  const out: NearFinding[] = [];
  let keysOf: Set<string>[] | undefined;
  const loanKeyOf = new Map<string, string>();
  segments.forEach((s, x) => {
    const once = new Set<string>();
    const twice: string[] = [];
    for (const k of englishKeys(s.sourceText, true))
      if (once.has(k)) twice.push(k);
      else once.add(k);
    if (!twice.length) return;
    // The words said twice by the keys a Hangul word writing them has (loanKeys: a look-up, not a
    // transliteration test of every word against every English word), in their order.
    const byKey = new Map<string, string[]>();
    for (const k of twice)
      for (const key of loanKeys(k)) {
        const list = byKey.get(key);
        if (list) list.push(k);
        else byKey.set(key, [k]);
      }
    for (const [v, start] of kos[x]!) {
      if (byKo.get(v)!.length !== 1) continue;
      let key = loanKeyOf.get(v);
      if (key === undefined) loanKeyOf.set(v, (key = hangulLoanKey(v)));
      const e = byKey.get(key)?.find((k) => transliterates(v, k));
      if (!e || inLoanPhrase(s, start, e)) continue;
      keysOf ??= segments.map((g) => new Set(englishKeys(g.sourceText, false)));
      const es = keysOf.flatMap((k, n) => (k.has(e) ? [n] : []));
      const others = es.filter((n) => n !== x);
      if (!others.length || es.length > MAX_GROUP) continue;
      const usual = [...kos[x]!.keys()].find(
        (r) =>
          r !== v &&
          !transliterates(r, e) &&
          others.every((n) => segments[n]!.targetText.includes(r)) &&
          byKo.get(r)!.every((n) => es.includes(n)),
      );
      if (usual) out.push({ segmentId: s.id, english: e, variant: v, usual, start, relatedSegmentId: segments[others[0]!]!.id });
    }
  });
  return out;
}
