// A pass of the phrase-consistency check: one English word that the document renders by one Korean
// word in every other segment that has it, rendered in one segment by another word on the same head
// with another front (창업자 / 설립자 for “founder”, 보궐선거 / 재선거 for “by-election”): a near
// synonym or a neighbouring term, found without a list of pairs. The English word anchors it (lower
// case: a common word, in three to twelve segments); the usual word stands in every other segment of
// the word and in at most one segment without it; this
// segment lacks it and has exactly one word of its own on the same head. Near forms that keep the
// front (a syllable swapped or inserted) are phrase-near-forms.ts's and phrase-inserted.ts's.
import { opposites } from './phrase-antonyms';
import { VERB_LIKE } from './phrase-lookalike';
import { englishWords, type NearFinding } from './phrase-near-forms';
import { transliterates } from './phrase-synonyms';
import { writesName } from './phrase-synonym-pass';
import { stems } from './phrase-words';

interface Seg {
  id: string;
  sourceText: string;
  targetText: string;
}

// An English word in more segments than this is a topic word; in fewer than three, no settled rendering.
const MAX_GROUP = 12;
// Korean words longer than this are no term's rendering (a pasted run of syllables).
const MAX_SYLLABLES = 8;
// One-syllable fronts that refer or date rather than name (전 대표, 현 정부, 새 지침, 각 후보, 본 법원).
const REFERRING_FRONT = /^[이그저전현새옛각본동당양첫타귀총]$/;
// A word ending like a verb (했다, 것이라고), but a person noun in -자 after no verb stem (창업자, 설립자).
const verbal = (w: string) => VERB_LIKE.test(w) && !/[^하되시았었겠했됐]자$/.test(w);
// A front that ends like a verb stem or a tense (시작하자, 했자): a verb form, no noun.
const VERB_FRONT = /[하되시았었겠했됐받]$/;

/** `v` is `r` with another front on the same head: the last syllable or more shared, fronts sharing
 *  no syllable, neither a shortening of the other, lengths of three syllables or more within one. */
export function otherFront(r: string, v: string): boolean {
  if (r.length < 3 || v.length < 3 || Math.abs(r.length - v.length) > 1 || r === v) return false;
  let h = 0;
  while (h < r.length && h < v.length && r[r.length - 1 - h] === v[v.length - 1 - h]) h++;
  if (h < 1 || h >= r.length || h >= v.length) return false;
  const fr = r.slice(0, r.length - h);
  const fv = v.slice(0, v.length - h);
  if ([...fv].some((c) => fr.includes(c)) || REFERRING_FRONT.test(fv) || REFERRING_FRONT.test(fr) || VERB_FRONT.test(fv)) return false;
  return !opposites(r, v);
}

/** The common English words of a source (englishWords's lower-case ones) and its hyphened words
 *  whole (by-election, early-voting: a term whose parts alone are other words), plural folded. */
function commonWords(source: string): string[] {
  const out = [...englishWords(source)].flatMap(([w, lower]) => (lower ? [w] : []));
  for (const m of source.matchAll(/(?<![A-Za-z])[a-z]+(?:-[a-z]+)+/g)) {
    const w = m[0].length > 40 ? '' : m[0].replace(/s$/, '');
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

const DETERMINERS = new Set('a an the its their his her our this that these those each every any'.split(' '));
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (ch: string) => /\s/.test(ch);

/**
 * Where a word can start after an article or a determiner in a source: after the determiner and
 * spaces, or after one more word (letters and hyphens) and spaces (the same rule as the pattern
 * /(?<![A-Za-z])(?:a|an|the|…)\s+(?:[a-z-]+\s+)?word/i, read once per segment instead of one pattern
 * per English word: thousands of them in a long document).
 */
export function determinedStarts(source: string): number[] {
  const out: number[] = [];
  const skipSpaces = (i: number) => {
    while (i < source.length && isSpace(source[i]!)) i++;
    return i;
  };
  for (let i = 0; i < source.length;) {
    if (!isLetter(source.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < source.length && isLetter(source.charCodeAt(i))) i++;
    if (i - start > 5 || !DETERMINERS.has(source.slice(start, i).toLowerCase()) || i >= source.length || !isSpace(source[i]!)) continue;
    const p1 = skipSpaces(i);
    if (p1 >= source.length) continue;
    out.push(p1);
    let j = p1;
    while (j < source.length && (isLetter(source.charCodeAt(j)) || source[j] === '-')) j++;
    if (j > p1 && j < source.length && isSpace(source[j]!)) {
      const p2 = skipSpaces(j);
      if (p2 < source.length) out.push(p2);
    }
  }
  return out;
}

/** The lower-case word (a dot for any character but a line break) stands at one of `starts`. */
export function nounAfterDeterminer(source: string, starts: readonly number[], word: string): boolean {
  return starts.some((p) => {
    if (p + word.length > source.length) return false;
    for (let k = 0; k < word.length; k++) {
      const c = source.charCodeAt(p + k);
      if (word[k] === '.' ? c === 10 || c === 13 || c === 0x2028 || c === 0x2029 : !isLetter(c) || (c | 32) !== word.charCodeAt(k))
        return false;
    }
    return true;
  });
}

export function sameHeadFindings(segments: readonly Seg[]): NearFinding[] {
  const bySeg = new Map<string, number[]>();
  const kos: Map<string, number>[] = [];
  const byKo = new Map<string, number[]>();
  segments.forEach((s, n) => {
    const ko = new Map<string, number>();
    kos.push(ko);
    if (!/[가-힣]/.test(s.targetText)) return;
    for (const w of commonWords(s.sourceText)) (bySeg.get(w) ?? bySeg.set(w, []).get(w)!).push(n);
    for (const x of stems(s.targetText))
      if (x.stem.length >= 3 && x.stem.length <= MAX_SYLLABLES && !ko.has(x.stem)) ko.set(x.stem, x.start);
    for (const k of ko.keys()) (byKo.get(k) ?? byKo.set(k, []).get(k)!).push(n);
  });
  const out: NearFinding[] = [];
  const done = new Set<number>();
  const nounStarts: number[][] = [];
  // A hyphened word first: the more telling anchor (by-election before election).
  for (const [english, es] of [...bySeg].sort((a, b) => Number(b[0].includes('-')) - Number(a[0].includes('-')))) {
    if (es.length < 3 || es.length > MAX_GROUP || english.length > 40) continue;
    // A noun: after an article or a determiner (a single founder, the by-election) somewhere; a verb
    // (hold talks) renders no noun.
    const pattern = english.replace(/[^a-z]/g, '.');
    if (
      !es.some((n) => nounAfterDeterminer(segments[n]!.sourceText, (nounStarts[n] ??= determinedStarts(segments[n]!.sourceText)), pattern))
    )
      continue;
    const fits = new Map<string, boolean>();
    for (const x of es) {
      if (done.has(x)) continue;
      const others = es.filter((n) => n !== x);
      const text = segments[x]!.targetText;
      // The usual word: in the word's other segments (inside a longer word too: 재보궐선거), in at
      // most one segment without the word, never here; no verb form.
      // (A name's Hangul, 메이저리그 for Major League, is the name's, not the word's: asked last, the
      // costliest test — a transliteration of every name in the source.)
      const usual = [...kos[others[0]!]!.keys()].filter((r) => {
        if (text.includes(r)) return false;
        // (In at most one segment without the word: counted up to two, once per word and group.)
        let settled = fits.get(r);
        if (settled === undefined) {
          let outside = 0;
          for (const n of byKo.get(r)!) if (!es.includes(n) && ++outside > 1) break;
          fits.set(r, (settled = outside <= 1 && !verbal(r)));
        }
        if (!settled) return false;
        return others.every((n) => segments[n]!.targetText.includes(r)) && !writesName(r, segments[others[0]!]!.sourceText);
      });
      if (!usual.length) continue;
      // The word keeps its own rendering here (분담금 for “levy” in all its segments and few others):
      // the usual word missing here renders another English word (관광객, visitors / travellers).
      const kept = [...kos[x]!.keys()].some((k) => {
        const ks = byKo.get(k)!;
        return ks.length <= es.length && others.every((n) => ks.includes(n));
      });
      if (kept) continue;
      const source = segments[x]!.sourceText;
      const found: [string, string][] = [];
      for (const [v] of kos[x]!) {
        if (byKo.get(v)!.length !== 1 || verbal(v)) continue;
        const pairs = usual.filter((r) => otherFront(r, v));
        if (pairs.length && !writesName(v, source)) for (const r of pairs) found.push([r, v]);
      }
      // A front of two syllables that another segment also writes (유급 of 유급 육아휴직 beside
      // 유급휴직): a qualifier of its own (paid leave, childcare leave), another referent.
      if (found.length === 1) {
        const [r, v] = found[0]!;
        let h = 0;
        while (r[r.length - 1 - h] === v[v.length - 1 - h]) h++;
        const fv = v.slice(0, v.length - h);
        if (fv.length >= 2 && segments.some((g, n) => n !== x && g.targetText.includes(fv))) continue;
      }
      // Exactly one pair: two or more are words of other English words, no telling which.
      if (found.length !== 1) continue;
      const [r, v] = found[0]!;
      if ([...englishWords(source).keys()].some((e) => transliterates(v, e))) continue;
      done.add(x);
      const related = others.find((n) => segments[n]!.targetText.includes(r))!;
      out.push({
        segmentId: segments[x]!.id,
        english,
        variant: v,
        usual: r,
        start: kos[x]!.get(v)!,
        relatedSegmentId: segments[related]!.id,
      });
    }
  }
  return out;
}
