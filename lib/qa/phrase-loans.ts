// A pass of the phrase-consistency check: one English word that the document writes in Hangul
// (agent → 에이전트, spring training → 스프링캠프, voice-phishing → 보이스피싱) in every other segment
// that has it, but translates in one (대리인, 전지훈련, 전화금융사기). The Hangul form is the evidence:
// it writes the English word, so it is that word's rendering, with no bilingual lexicon; the segment
// whose Korean writes no form of the word has rendered it another way (or dropped it).
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { ID, twoRenderingsIssue } from './phrase-issue';
import { VERB_LIKE } from './phrase-lookalike';
import { hangulLoanKey, loanKeys } from './phrase-synonyms';
import { englishKeys, writesEnglish } from './phrase-loan-writing';

export { writesEnglish };
import { NUMBER_WORDS, STOP, stems } from './phrase-words';

// An English word in at most this many segments is a term of the text; in more, a topic word.
const MAX_GROUP = 8;

/** A Korean word's parts that could write one English word: the word (a copula's 인 off: 에이전트인),
 *  and, for a noun, its fronts of two syllables or more, longest first (스프링캠프 → 스프링, 시즌권 →
 *  시즌); never its ends (전력난 is no 력난). A verb form writes no English word (반대했다, 빌린다),
 *  though a loanword may end like one (엔지니어, 파이어). */
function parts(stem: string): string[] {
  // A loanword is at most twelve syllables (a longer run is no word).
  if (stem.length > 12) return [];
  const w = stem.length >= 3 ? stem.replace(/(?:인|이던|이라는|이란)$/, '') : stem;
  if (VERB_LIKE.test(w) && !/[어아오]$/.test(w)) return [];
  if (w !== stem || /[은는을를의한된던기]$/.test(w)) return [w];
  const out = [w];
  for (let k = Math.min(6, w.length - 1); k >= 2; k--) out.push(w.slice(0, k));
  return out;
}

export interface LoanFinding {
  segmentId: string;
  english: string;
  usual: string;
  relatedSegmentId: string;
  /** Where this segment writes the word another way in Hangul (스카우터 for 스카우트), that form and its offset. */
  variant?: { text: string; start: number };
}

interface Mention {
  /** The word folded (plural and possessive off). */
  word: string;
  /** The lower-case content word before it (free agent), or ''. */
  modifier: string;
  /** The content word right after it (season ticket, spring training), or ''. */
  next: string;
  /** Where it stands in the source. */
  at: number;
}

const AFTER_NAME = /[A-Z][a-z]+(?:\([^)]*\))?, +(?:[A-Za-z'’-]+ +){0,3}$/;
/** In a title after a person's name (Lars Haugen, head of research; Ingrid Solberg, a senior
 *  economist): a title keeps its own wording (리서치 책임자, 선임 이코노미스트). */
const inTitle = (source: string, at: number) => AFTER_NAME.test(source.slice(Math.max(0, at - 80), at));

const fold = (t: string) => {
  const w = t.toLowerCase().replace(/['’]s?$/, '');
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
};

/** The common words of a source (lower case; a capital only at a sentence's start), hyphened
 *  words also by their parts (season-ticket: season, ticket). */
function mentionsOf(source: string): Mention[] {
  const out: Mention[] = [];
  let prevEnd = -1;
  let prevContent = false;
  let prevWord = '';
  for (const m of source.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const t = m[0];
    // A figure's scale or unit (percent, million; points after percentage or basis: %포인트, %p,
    // bp, or the figure said without it) is read with the number, no term written in Hangul.
    const unit = NUMBER_WORDS.has(fold(t)) || (/^points?$/i.test(t) && /^(?:percentage|percent|basis)$/.test(prevWord));
    prevWord = t.toLowerCase();
    if (unit) {
      prevEnd = m.index! + t.length;
      prevContent = false;
      continue;
    }
    let b = m.index! - 1;
    while (b >= 0 && source[b] === ' ') b--;
    const name = /^[A-Z]/.test(t) && !(b < 0 || /[.!?:"“‘(]/.test(source[b]!));
    const adjacent = prevEnd >= 0 && b === prevEnd - 1 && m.index! > prevEnd;
    const pieces = t.split('-').filter((p) => p);
    // The word before, if a content word right before this one, runs on into it.
    const last = out[out.length - 1];
    let first = true;
    for (const p of pieces) {
      const w = fold(p);
      // Words of 4 to 30 letters (a longer run of letters is no word Korean writes).
      const content = !name && w.length >= 4 && w.length <= 30 && !STOP.has(w);
      const runsOn = first ? adjacent && prevContent : true;
      if (content) {
        const before = runsOn ? (first ? last : out[out.length - 1]) : undefined;
        if (before && before.next === '') before.next = w;
        out.push({ word: w, modifier: before?.word ?? '', next: '', at: m.index! });
      }
      first = false;
      // A possessive (the group's world tour) is a determiner like “its”: it modifies no term.
      prevContent = content && !/['’]s?$/.test(p);
    }
    if (pieces.length > 1) {
      const whole = fold(t.replace(/-/g, ''));
      if (!name && whole.length <= 30 && !STOP.has(whole)) out.push({ word: whole, modifier: '', next: '', at: m.index! });
    }
    prevEnd = m.index! + t.length;
  }
  return out;
}

/** The Hangul words of a segment that write an English word (each word once per occurrence). */
type FormsOf = (i: number, word: string) => string[];
/** The segment's Korean words (particles off), in order. */
type StemsOf = (i: number) => string[];

/**
 * Each English word, or two-word phrase (season ticket), of two to eight segments that every other
 * segment with it writes in Hangul by one form for each mention, while one segment's Korean writes
 * no form of it: that segment is reported. A segment whose mentions have a modifier the others lack
 * (free agent beside his agent) is another term's and not counted; a title after a name (Ingrid
 * Solberg, a senior economist) keeps its own wording and proves nothing.
 */
export function missingLoanFindings(segments: readonly { id: string; sourceText: string; targetText: string }[]): LoanFinding[] {
  const bySeg = segments.map((s) => mentionsOf(s.sourceText));
  // Keys: a word, and a word with the word after it; the words whose Hangul form is looked for.
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const g = groups.get(key);
    if (!g) groups.set(key, [i]);
    else if (g[g.length - 1] !== i) g.push(i);
  };
  bySeg.forEach((ms, i) => {
    for (const m of ms) {
      add(m.word, i);
      if (m.next) add(`${m.word} ${m.next}`, i);
    }
  });
  // Per segment, its words' parts by their consonant skeleton (read once, only for segments of a
  // term), so an English word's keys find the parts that may write it without trying every part.
  const index: Map<string, { word: number; rank: number; part: string }[]>[] = [];
  // Each part's key once (a segment repeats its words: a run of one word is read once).
  const keyCache = new Map<string, string>();
  const indexOf = (i: number) => {
    let m = index[i];
    if (m) return m;
    index[i] = m = new Map();
    stems(segments[i]!.targetText).forEach((x, word) =>
      parts(x.stem).forEach((part, rank) => {
        // A short skeleton (월드) is indexed by its romanisation, as `loanKeys` reads the English.
        let k = keyCache.get(part);
        if (k === undefined) keyCache.set(part, (k = hangulLoanKey(part)));
        const list = m!.get(k);
        if (list) list.push({ word, rank, part });
        else m!.set(k, [{ word, rank, part }]);
      }),
    );
    return m;
  };
  // An English word's keys and a part's verdict on it, once per document (romanisations: costly).
  const keysOfWord = new Map<string, string[]>();
  const verdicts = new Map<string, boolean>();
  const formsOf: FormsOf = (i, word) => {
    const m = indexOf(i);
    let keys = keysOfWord.get(word);
    if (!keys) keysOfWord.set(word, (keys = [...englishKeys(word), ...loanKeys(word).filter((x) => x.startsWith('='))]));
    // Each Korean word once: its longest part that writes the English word.
    const best = new Map<number, { rank: number; part: string }>();
    for (const k of keys)
      for (const c of m.get(k) ?? []) {
        const b = best.get(c.word);
        if (b && c.rank >= b.rank) continue;
        const pair = `${c.part} ${word}`;
        let writes = verdicts.get(pair);
        if (writes === undefined) verdicts.set(pair, (writes = writesEnglish(c.part, word)));
        if (writes) best.set(c.word, c);
      }
    return [...best.values()].map((b) => b.part);
  };
  const stemCache: string[][] = [];
  const stemsOf: StemsOf = (i) => (stemCache[i] ??= stems(segments[i]!.targetText).map((x) => x.stem));
  const out: LoanFinding[] = [];
  const seen = new Set<string>();
  for (const [key, group] of groups) {
    if (group.length < 2 || group.length > MAX_GROUP) continue;
    for (const word of key.split(' ')) {
      const g = gap(segments, bySeg, formsOf, stemsOf, key, word, group);
      const f = g && !g.english ? { ...g, english: key } : g;
      if (f && !seen.has(`${f.segmentId} ${word}`)) {
        seen.add(`${f.segmentId} ${word}`);
        out.push(f);
      }
    }
  }
  return out;
}

function gap(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  bySeg: readonly Mention[][],
  formsOf: FormsOf,
  stemsOf: StemsOf,
  key: string,
  word: string,
  group: readonly number[],
): LoanFinding | undefined {
  const [w1, w2] = key.split(' ');
  const ofKey = (i: number) => bySeg[i]!.filter((m) => m.word === w1 && (!w2 || m.next === w2));
  const forms = group.map((i) => formsOf(i, word));
  const written = group.filter((_, j) => forms[j]!.length);
  if (!written.length) return undefined;
  // A segment whose every mention has a modifier no written one has is another term's (free agent).
  const mods = new Set(written.flatMap((i) => ofKey(i).map((m) => m.modifier)));
  const missing = group.filter((i, j) => !forms[j]!.length && ofKey(i).some((m) => !m.modifier || mods.has(m.modifier)));
  if (!missing.length) return oddSpelling(segments, group, forms);
  if (missing.length !== 1) return undefined;
  const x = missing[0]!;
  // One form, written for every mention of the word in every other segment (포스팅 for one of two
  // mentions is another phrase's word: posting agreement beside posting fee), none in a title.
  const all = written.flatMap((i) => forms[group.indexOf(i)]!);
  if (all.some((f) => f !== all[0])) return undefined;
  const mentions = (i: number) => bySeg[i]!.filter((m) => m.word === word);
  if (
    written.some(
      (i) => forms[group.indexOf(i)]!.length < mentions(i).length || mentions(i).some((m) => inTitle(segments[i]!.sourceText, m.at)),
    )
  )
    return undefined;
  // The English left in Latin here, or the usual form inside a compound here (코칭스태프 / 스태프).
  if (segments[x]!.targetText.toLowerCase().includes(word) || segments[x]!.targetText.includes(all[0]!)) return undefined;
  // The words around the form elsewhere stand side by side here (잇따른 미사일 발사 / 잇따른 발사):
  // the word is left out, not translated another way.
  const here = stemsOf(x);
  const pairs = new Set(here.slice(1).map((w, k) => `${here[k]} ${w}`));
  for (const i of written) {
    const st = stemsOf(i);
    for (let k = 1; k < st.length - 1; k++) if (st[k]!.startsWith(all[0]!) && pairs.has(`${st[k - 1]} ${st[k + 1]}`)) return undefined;
  }
  return { segmentId: segments[x]!.id, english: key, usual: all[0]!, relatedSegmentId: segments[written[0]!]!.id };
}

/**
 * Every segment writes the word in Hangul, all but one by one form and that one by another form of
 * the same front (스카우트 / 스카우터: the English word with an -er the source does not have): the
 * odd form is reported where it stands.
 */
function oddSpelling(
  segments: readonly { id: string; targetText: string }[],
  group: readonly number[],
  forms: readonly string[][],
): LoanFinding | undefined {
  const usual = forms.find((f) => f.length)?.[0];
  if (!usual) return undefined;
  const odd = group.filter((_, j) => !forms[j]!.includes(usual));
  if (odd.length !== 1 || group.length < 2) return undefined;
  const j = group.indexOf(odd[0]!);
  const v = forms[j]![0];
  if (!v) return undefined;
  const rest = forms.filter((_, k) => k !== j);
  if (forms[j]!.some((f) => f !== v) || rest.some((f) => f.some((g) => g !== usual))) return undefined;
  // A spelling of one word: the same first two syllables, one syllable longer at most.
  if (v.slice(0, 2) !== usual.slice(0, 2) || Math.abs(v.length - usual.length) > 1 || v.includes(usual) || usual.includes(v))
    return undefined;
  const x = segments[odd[0]!]!;
  return {
    segmentId: x.id,
    english: '',
    usual,
    relatedSegmentId: segments[group[j === 0 ? 1 : 0]!]!.id,
    variant: { text: v, start: x.targetText.indexOf(v) },
  };
}

/** Adds the findings to the check's issues: no span (the word that replaced the Hangul form is not
 *  known), once per segment and phrase, and not where a look-alike pass already reported the phrase. */
export function missingLoanPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  // The words of the phrases already reported: where a look-alike pass took the Hangul form itself
  // for the odd rendering (첫 분야 / 첫 챕터), the segment without it is no second finding.
  const reported = new Set([...out.values()].flatMap((l) => l.flatMap((i) => i.key.slice(ID.length + 1).split(' '))));
  for (const f of missingLoanFindings(segments)) {
    if (f.english.split(' ').some((w) => reported.has(w))) continue;
    const list = out.get(f.segmentId) ?? [];
    if (list.some((i) => i.key === `${ID}:${f.english}` || f.english.split(' ').some((w) => i.key === `${ID}:${w}`))) continue;
    if (f.variant) {
      if (list.some((i) => i.targetSpan?.start === f.variant!.start)) continue;
      list.push(twoRenderingsIssue(locale, f.english, f.english, f.variant.text, f.usual, f.variant.start, f.relatedSegmentId));
      out.set(f.segmentId, list);
      continue;
    }
    list.push(
      makeIssue(ID, locale, {
        severity: 'warning',
        key: f.english,
        relatedSegmentId: f.relatedSegmentId,
        message: {
          en: `${q(f.english)} is written ${q(f.usual)} elsewhere in the document, but not in this segment: translated another way here, or left out.`,
          ko: `${q(f.english)}: 문서의 다른 곳에서는 ${q(f.usual)}${particleFor(f.usual, PARTICLE_PAIRS.direction)} 썼지만 이 분절에는 없습니다. 다르게 번역했거나 빠뜨렸는지 확인하세요.`,
        },
      }),
    );
    out.set(f.segmentId, list);
  }
}
