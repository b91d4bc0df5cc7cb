// One English term whose Korean compound is written two ways in one document, found from the Korean
// side and confirmed by the English: another front on the same head (해수담수화 / 바닷물 담수화,
// 대수층 / 지하수층, 생수 공장 / 먹는샘물 공장 for desalination, aquifer, the bottled-water plant)
// and the same two nouns in reverse order (제한급수 / 급수 제한 for rationing). Pure: the
// phrase-consistency check (phrase-consistency.ts) reads the document and turns findings into issues.
import { otherWeekday, TOPIC, VERB_LIKE } from './phrase-lookalike';
import { transliterates } from './phrase-synonyms';
import { STOP, type PhraseAt, type SegInfo, WORD_BITS } from './phrase-words';

export interface CompoundFinding {
  segmentId: string;
  /** The English word both renderings stand for (lower case) and as the text writes it. */
  english: string;
  shown: string;
  variant: string;
  usual: string;
  start: number;
  relatedSegmentId: string;
}

export interface CompoundDoc {
  /** The document's segments with Korean, in order. */
  infos: readonly SegInfo[];
  byPhrase: ReadonlyMap<number, readonly SegInfo[]>;
  firstAt: ReadonlyMap<number, PhraseAt>;
  /** A segment's renderings (stems and word pairs → offset); every segment already read. */
  rendered: (info: SegInfo) => ReadonlyMap<string, number>;
  /** In how many segments each rendering stands. */
  docCount: ReadonlyMap<string, number>;
  /** The segments with a rendering, in document order (an index: no pass over every segment per word). */
  holders: (rendering: string) => readonly SegInfo[];
  source: (id: string) => string;
  target: (id: string) => string;
  /** The document's Korean, joined. */
  docKo: string;
}

// One English word in at most this many segments is a term of the text; in more, a topic word.
export const MAX_TERM_GROUP = 8;

const joined = (w: string) => w.replace(/ /g, '');
// The first word of a spaced rendering that refers rather than names (이 공장, 그 대학, 해당 시설),
// counts (두 공장) or is a verb's adnominal form (새로운 공장, 먹는 물): no front of a term.
const REFERRING = /^(?:이|그|저|해당|같은|다른|또|동|본|당|각|모든|이번|지난|다음|한|두|세|네|새|옛|전|현|양|첫|여러|일부)$/;
const ADNOMINAL = /(?:한|된|난|진|운|른|는|던|할|될|인|은|을|있|없)$/;
// Particles read as a word after a digit or a mark (2025년에도 → 에도), adverbs and connectives.
const NOT_NOUN = /^(?:에도|에서|에게|에는|으로|부터|까지|처럼|보다|사실상|실제로|특히|또한|이미|다시)$|듯$/;
function frontWordOk(rendering: string): boolean {
  const sp = rendering.indexOf(' ');
  if (sp < 0) return true;
  const front = rendering.slice(0, sp);
  return front.length >= 2 && !REFERRING.test(front) && !ADNOMINAL.test(front) && !VERB_LIKE.test(front) && !NOT_NOUN.test(front);
}

/**
 * The head two renderings share after different fronts (해수담수화 / 바닷물 담수화 → 담수화, 대수층 /
 * 지하수층 → 수층), or '' when they are not two fronts on one head: a head of two syllables or more,
 * each front non-empty, the head a whole word of a spaced rendering (바닷물 담수화, not 해안 지하수층
 * for 대수층), and no referring or adnominal first word (이 공장, 새로운 공장 are a second mention).
 */
export function sharedHead(usual: string, variant: string): string {
  const u = joined(usual);
  const v = joined(variant);
  if (u.length < 3 || v.length < 3 || u === v || otherWeekday(usual, variant)) return '';
  let h = 0;
  while (h < u.length && h < v.length && u[u.length - 1 - h] === v[v.length - 1 - h]) h++;
  if (h < 2 || h >= u.length || h >= v.length) return '';
  // Fronts: one of two syllables at least (상반기 / 하반기 are two halves), neither a shortening of
  // the other (연합훈련 / 연합군사훈련) nor a country or a side (한미 군사훈련).
  const fu = u.slice(0, u.length - h);
  const fv = v.slice(0, v.length - h);
  if (Math.max(fu.length, fv.length) < 2 || fu.startsWith(fv) || fv.startsWith(fu) || [fu, fv].some((f) => TOPIC.has(f) || /측$/.test(f)))
    return '';
  for (const w of [usual, variant]) {
    const sp = w.lastIndexOf(' ');
    if (sp >= 0 && w.length - sp - 1 > h) return '';
    if (!frontWordOk(w)) return '';
  }
  return u.slice(u.length - h);
}

const count = (text: string, part: string) => {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
};

interface Mention {
  /** The content word before it (bottled-water plant) or after its “of” (University of Arizona), or ''. */
  modifier: string;
  /** Capitalised inside a sentence: part of a name (Jeju National University), not the term. */
  name: boolean;
  /** After an article, a determiner or a modifier (the plant, a desalination plant): a noun. */
  noun: boolean;
  /** The last word of its phrase (the plant is, a coastal aquifer,): not a modifier (nuclear deal). */
  head: boolean;
}

const DETERMINERS = new Set('the a an this that these those its their our his her your same whole each every any some no'.split(' '));

/** Each mention of an English word (lower case, plural folded as the phrase reader does) in a source. */
function mentions(source: string, word: string): Mention[] {
  const out: Mention[] = [];
  const tokens = [...source.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  tokens.forEach((m, i) => {
    const t = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (t !== word && !(t.length > 3 && t.endsWith('s') && t.slice(0, -1) === word)) return;
    const prev = tokens[i - 1];
    const between = prev ? source.slice(prev.index! + prev[0].length, m.index) : '';
    let modifier = prev && /^ +$/.test(between) && !STOP.has(prev[0].toLowerCase()) ? prev[0].toLowerCase() : '';
    const next = tokens[i + 1];
    if (!modifier && next?.[0].toLowerCase() === 'of') {
      const after = tokens[i + 2]?.[0].toLowerCase() === 'the' ? tokens[i + 3] : tokens[i + 2];
      if (after && !STOP.has(after[0].toLowerCase())) modifier = after[0].toLowerCase();
    }
    const before = source.slice(0, m.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:"“‘(]$/.test(before);
    const adjacentPrev = !!prev && /^ +$/.test(between);
    const gap = next ? source.slice(m.index! + m[0].length, next.index) : '';
    out.push({
      modifier,
      // Capitalised inside a sentence, or a name in apposition (the minister, Lee Sang-min): the
      // Korean writes the name where the term would stand (이상민 장관).
      name: (/^[A-Z]/.test(m[0]) && !sentenceStart) || (!!next && /^, *$/.test(gap) && /^[A-Z]/.test(next[0])),
      noun: adjacentPrev && (!!modifier || DETERMINERS.has(prev[0].toLowerCase())),
      head: !next || !/^ +$/.test(gap) || STOP.has(next[0].toLowerCase()) || /n['’]t$/i.test(next[0]),
    });
  });
  return out;
}

/**
 * Another front on the same head: a rendering of one segment only (바닷물 담수화) beside the usual
 * one (해수담수화) of the segments that share an English word with it, that word being a term of the
 * text (in two to eight segments) and no part of a name in any of them. The usual rendering is in at
 * least half of the word's other segments and nowhere else; the head (담수화) stands only in the
 * word's segments; and where every usual segment has one modifier before the word (the
 * bottled-water plant), this one has that modifier or none (the plant, not the desalination plant).
 * Not two fronts the document also uses on their own (미국 관리 / 한국 관리). Of two renderings of
 * one segment each, the later one is reported.
 */
// A verb's noun or question form (조성하기, 소외되느냐, 할지): no term.
const VERB_NOUN = /(?:하기|되기|냐|는지|을지|할지)$/;

export function frontSwapFindings(doc: CompoundDoc): CompoundFinding[] {
  const { infos, rendered, docCount } = doc;
  const order = new Map(infos.map((x, i) => [x, i]));
  // Renderings by their last two syllables (spaces aside).
  const byEnd = new Map<string, string[]>();
  for (const r of docCount.keys()) {
    const j = joined(r);
    if (j.length < 3 || VERB_LIKE.test(r)) continue;
    const k = j.slice(-2);
    const list = byEnd.get(k);
    if (list) list.push(r);
    else byEnd.set(k, [r]);
  }
  // A front the document also uses on its own, in more segments than the rendering (미국 of 미국
  // 관리, 한국 of 한국 관리): two fronts of that kind name two things (two countries' officials).
  const free = (rendering: string, head: string) => {
    const front = joined(rendering).slice(0, -head.length);
    return (docCount.get(front) ?? 0) > docCount.get(rendering)!;
  };
  // Two shortenings of one longer rendering of the document (군사훈련, 연합훈련 of 연합군사훈련).
  const shortenings = (r: string, v: string, head: string) => {
    const fu = joined(r).slice(0, -head.length);
    const fv = joined(v).slice(0, -head.length);
    return (byEnd.get(head.slice(-2)) ?? []).some((k) => {
      const j = joined(k);
      return j.endsWith(head) && j.includes(fu) && j.includes(fv);
    });
  };
  const out: CompoundFinding[] = [];
  for (const x of infos) {
    const own = rendered(x);
    for (const v of own.keys()) {
      if (docCount.get(v) !== 1 || VERB_LIKE.test(v) || VERB_NOUN.test(v)) continue;
      const j = joined(v);
      if (j.length < 3) continue;
      let found: CompoundFinding | undefined;
      for (const r of byEnd.get(j.slice(-2)) ?? []) {
        if (own.has(r) || VERB_NOUN.test(r)) continue;
        const head = sharedHead(r, v);
        if (!head || (free(r, head) && free(v, head)) || shortenings(r, v, head)) continue;
        const withR = doc.holders(r).filter((o) => o !== x);
        if (withR.length === 1 && order.get(withR[0]!)! > order.get(x)!) continue;
        const english = termFor(doc, x, withR, head, r, v);
        if (!english) continue;
        found = { segmentId: x.id, ...english, variant: v, usual: r, start: own.get(v)!, relatedSegmentId: withR[0]!.id };
        break;
      }
      if (found) out.push(found);
    }
  }
  return out;
}

/** The English term of `x` that the segments `withR` share and whose rendering has this head. */
function sharesOwnNoun(doc: CompoundDoc, x: SegInfo, group: readonly SegInfo[]): boolean {
  for (const r of doc.rendered(x).keys())
    if (
      !r.includes(' ') &&
      r.length >= 3 &&
      !VERB_LIKE.test(r) &&
      doc.docCount.get(r) === group.length &&
      group.every((o) => doc.rendered(o).has(r))
    )
      return true;
  return false;
}

function termFor(
  doc: CompoundDoc,
  x: SegInfo,
  withR: readonly SegInfo[],
  head: string,
  usual: string,
  variant: string,
): { english: string; shown: string } | undefined {
  for (const key of x.phrases) {
    if (key >= 0) continue;
    const group = doc.byPhrase.get(key);
    if (!group || group.length < 2 || group.length > MAX_TERM_GROUP) continue;
    if (!withR.every((o) => group.includes(o)) || withR.length * 2 < group.length - 1) continue;
    // The head stands only in this word's segments.
    if (count(doc.docKo, head) !== group.reduce((n, g) => n + count(doc.target(g.id), head), 0)) continue;
    const at = doc.firstAt.get(key)!;
    const word = at.text.slice(at.start, at.end).toLowerCase();
    const here = mentions(doc.source(x.id), word);
    const there = withR.flatMap((o) => mentions(doc.source(o.id), word));
    if (!here.length || [...here, ...there].some((m) => m.name)) continue;
    // A noun (after an article or a modifier somewhere), the head of its phrase here, and mentioned
    // here as often as the head stands in this segment's Korean.
    if (!here.every((m) => m.head) || ![...here, ...there].some((m) => m.noun)) continue;
    if (here.length !== count(doc.target(x.id), head)) continue;
    // The only term word this segment shares with the usual ones (delays beside plants: no telling).
    if (
      [...x.phrases].some((k) => {
        if (k >= 0 || k === key) return false;
        const g = doc.byPhrase.get(k);
        return !!g && g.length <= MAX_TERM_GROUP && withR.every((o) => g.includes(o));
      })
    )
      continue;
    // A modifier here that no usual mention has (fixed rate beside base rate) is another kind,
    // unless the Korean writes it as a word of its own before the rendering (해안 지하수층).
    const variantAt = [...doc.rendered(x).keys()];
    if (here.some((m) => m.modifier && !there.some((t) => t.modifier === m.modifier)) && !variantAt.some((k) => k.endsWith(` ${variant}`)))
      continue;
    // A head or front that writes a capitalised English word of the source (Perigee Aerospace →
    // 페리지에어로스페이스) is a name's.
    const capitals = doc.source(x.id).match(/\b[A-Z][a-z]{3,}\b/g) ?? [];
    const front = joined(variant).slice(0, -head.length);
    if (capitals.some((c) => transliterates(head, c) || transliterates(front, c))) continue;
    // The modifiers the usual segments give the word. A spaced usual rendering (생수 공장) renders
    // a phrase: one modifier (the bottled-water plant), this segment having it or none (the plant).
    // A closed one whose every mention has one modifier: this segment has it or none.
    const all = new Set(there.map((m) => m.modifier));
    const given = new Set([...all].filter((m) => m));
    const only = usual.includes(' ') ? (given.size === 1 ? [...given][0]! : '') : all.size === 1 ? [...all][0]! : '';
    if (usual.includes(' ') && !only) continue;
    if (only && here.some((m) => m.modifier && m.modifier !== only)) continue;
    // A noun the term's segments all share and no other segment has (아파트값 for “apartment”) is
    // the word's rendering: the look-alike beside it is another term's.
    if (sharesOwnNoun(doc, x, group)) continue;
    let end = at.end;
    while (end < at.text.length && /[A-Za-z]/.test(at.text[end]!)) end++;
    return { english: word, shown: at.text.slice(at.start, end).toLowerCase() };
  }
  return undefined;
}

/**
 * The same two nouns in reverse order (제한급수 / 급수 제한, 급수 제한 / 제한 급수): a closed compound
 * or a word pair whose two nouns (two syllables each at least) another rendering of the document
 * writes the other way round. The form in fewer segments (on a tie, the one met later) is reported
 * in each of its segments whose English shares a term word with another segment of the usual form —
 * unless the English itself has two words both ways round (information security, security
 * information: 정보 보안 and 보안 정보 are two terms).
 */
export function reversedFindings(doc: CompoundDoc): CompoundFinding[] {
  const { infos, rendered, docCount } = doc;
  const seenAt = new Map<string, number>();
  infos.forEach((x, i) => {
    for (const r of rendered(x).keys()) if (!seenAt.has(r)) seenAt.set(r, i);
  });
  const pairs: [string, string][] = [];
  for (const r of docCount.keys()) {
    if (VERB_LIKE.test(r)) continue;
    const sp = r.indexOf(' ');
    if (sp >= 0) {
      const a = r.slice(0, sp);
      const b = r.slice(sp + 1);
      if (a.length < 2 || b.length < 2 || !frontWordOk(r)) continue;
      for (const w of [`${b} ${a}`, `${b}${a}`]) if (docCount.has(w) && frontWordOk(w)) pairs.push([r, w]);
    } else if (r.length >= 4 && r.length <= 8)
      for (let k = 2; k <= r.length - 2; k++) {
        const w = r.slice(k) + r.slice(0, k);
        // A closed compound against a closed one is seen from both sides: keep one.
        if (docCount.has(w) && w < r) pairs.push([r, w]);
      }
  }
  const out: CompoundFinding[] = [];
  for (const [p, q] of pairs) {
    const np = docCount.get(p)!;
    const nq = docCount.get(q)!;
    const [variant, usual] = np < nq || (np === nq && seenAt.get(p)! > seenAt.get(q)!) ? [p, q] : [q, p];
    const withUsual = doc.holders(usual);
    for (const x of doc.holders(variant)) {
      const own = rendered(x);
      const others = withUsual.filter((o) => o !== x);
      if ([...x.phrases].some((k) => k >= 0 && doc.byPhrase.has((k % WORD_BITS) * WORD_BITS + Math.floor(k / WORD_BITS)))) continue;
      const key = [...x.phrases].find((k) => {
        if (k >= 0) return false;
        const group = doc.byPhrase.get(k);
        return !!group && group.length <= MAX_TERM_GROUP && others.some((o) => group.includes(o));
      });
      if (key === undefined) continue;
      const at = doc.firstAt.get(key)!;
      let end = at.end;
      while (end < at.text.length && /[A-Za-z]/.test(at.text[end]!)) end++;
      const related = others.find((o) => o.phrases.has(key))!;
      out.push({
        segmentId: x.id,
        english: at.text.slice(at.start, at.end).toLowerCase(),
        shown: at.text.slice(at.start, end).toLowerCase(),
        variant,
        usual,
        start: own.get(variant)!,
        relatedSegmentId: related.id,
      });
    }
  }
  return out;
}
