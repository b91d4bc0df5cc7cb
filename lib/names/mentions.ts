// Finds where glossary terms are mentioned in a paragraph, for highlighting and QA. One combined
// matcher is built per glossary (a Map from the first word of each term to its candidates), so a
// paragraph is scanned once, word by word, instead of once per term. The text is never changed:
// typography (curly apostrophes, no-break spaces, en dashes) is normalised into a same-length copy,
// so every offset in the copy is also an offset in the original.

import type { TermKind } from './term-kind';

export interface MentionTerm {
  id?: string;
  source: string;
  target: string;
  kind: TermKind;
  caseSensitive?: boolean;
}

export interface Mention {
  /** UTF-16 offsets into the original paragraph; `end` is exclusive. */
  start: number;
  end: number;
  termIndex: number;
  /** The original text of the span, as written (curly apostrophes and all). */
  matched: string;
  /** 'surname': a person NAME mentioned by family name alone ("Kwon lashed out…"). */
  via: 'full' | 'surname';
}

export interface KoreanMention {
  start: number;
  end: number;
  termIndex: number;
  matched: string;
}

export interface MentionMatcher {
  find(paragraph: string): Mention[];
}

export interface KoreanMentionMatcher {
  find(koreanText: string): KoreanMention[];
}

/**
 * Common romanisations of Korean family names. A two-or-more-word NAME whose first word is one of
 * these (or that has a hyphenated given name, `Kwon Jong-gun`) is treated as a Korean-order person
 * name, so its first word alone is a mention too. Western-order names (`Donald Trump`) and other
 * NAMEs (`Kaesong Industrial Complex`) get no surname mentions: guessing their family name would
 * highlight the wrong words.
 */
const KOREAN_SURNAMES = new Set(
  (
    'kim gim lee yi rhee ri rhi park pak bak choi choe chung jung jeong cheong kang gang cho jo yoon yun ' +
    'jang chang lim im han oh o seo suh shin sin kwon gwon hwang ahn an song jeon chun jun hong ko go moon mun ' +
    'yang son sohn bae pae baek paik paek heo hur huh yoo yu ryu ryoo nam noh roh no ha kwak gwak sung seong ' +
    'cha joo ju woo wu koo ku gu min na ra jin ji chi uhm eom um byun byeon pyon chae won cheon bang kong gong ' +
    'hyun hyeon ham yeom yeo choo chu do seok suk sun sol pyo maeng gil kil ok tak myung ki gi ban yeon seol ' +
    'wang yook yuk kye gye tae dong pi ma kal gal ryeo yeop je jegal namgung hwangbo seonu sunwoo dokgo'
  ).split(' '),
);

const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['\-][\p{L}\p{M}]+)*$/u;

/**
 * Same-length typography normalisation: curly apostrophes → ', curly double quotes → ", no-break and
 * other Unicode spaces → space, hyphen/en-dash variants → -, middle-dot variants → ·. Each replaced
 * character is one UTF-16 unit and so is its replacement, which keeps offsets aligned.
 */
export function normaliseTypography(s: string): string {
  return s.replace(TYPOGRAPHY, (ch) => TYPOGRAPHY_MAP[ch] ?? ch);
}

// One pass with a lookup table: five chained replaces cost a third of the scan budget.
const TYPOGRAPHY = /[‘’ʼ′“”″\u00a0\u2000-\u200a\u202f\u205f\u3000\u2010-\u2013\u2212\u318d\u30fb\u2027\uff65]/g;
const TYPOGRAPHY_MAP: Record<string, string> = (() => {
  const map: Record<string, string> = { '‘': "'", '’': "'", ʼ: "'", '′': "'", '“': '"', '”': '"', '″': '"' };
  for (const ch of '\u00a0\u202f\u205f\u3000') map[ch] = ' ';
  for (let c = 0x2000; c <= 0x200a; c += 1) map[String.fromCharCode(c)] = ' ';
  for (const ch of '\u2010\u2011\u2012\u2013\u2212') map[ch] = '-';
  for (const ch of '\u318d\u30fb\u2027\uff65') map[ch] = '\u00b7';
  return map;
})();

/**
 * Word characters (letters, marks, digits) by UTF-16 unit, classified on first sight and cached
 * (0 unknown, 1 word, 2 not): a Unicode-property regex per character or per word run is several
 * times slower on long documents. Surrogate halves count as non-word, so emoji are boundaries
 * (astral letters are rare in glossary terms).
 */
const WORD_CLASS = /[\p{L}\p{M}\p{N}]/u;
const wordClass = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let k = wordClass[code];
  if (k === 0) {
    k = code < 0xd800 || code > 0xdfff ? (WORD_CLASS.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    wordClass[code] = k;
  }
  return k === 1;
}

function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordUnit(s.charCodeAt(i));
}

/** Lower-cases without changing length (the rare characters whose lower case is longer are kept). */
function foldCase(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Collapses whitespace runs to one space, so `Kim  Jong-un` in the glossary matches `Kim Jong-un`. */
function normalisePattern(s: string): string {
  return normaliseTypography(s).replace(/\s+/gu, ' ').trim();
}

/** The family name of a Korean-order person NAME (`Kwon Jong-gun` → `Kwon`), else null. */
export function surnameOf(source: string): string | null {
  const words = normalisePattern(source).split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => CAPITALISED_WORD.test(w))) return null;
  const hyphenatedGiven = words.slice(1).some((w) => w.includes('-'));
  const first = words[0] ?? '';
  if (first.includes('-') || first.includes("'")) return null;
  return KOREAN_SURNAMES.has(first.toLowerCase()) || hyphenatedGiven ? first : null;
}

interface Candidate {
  pattern: string;
  caseSensitive: boolean;
  via: 'full' | 'surname';
  /** For surnames shared by several names, every owner; resolved per paragraph. */
  termIndexes: number[];
  endsInWord: boolean;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Matches `pattern` at `pos`; a space in the pattern matches one or more whitespace characters. */
function matchAt(text: string, pos: number, pattern: string): number {
  let i = pos;
  for (let j = 0; j < pattern.length; j += 1) {
    const c = pattern[j];
    if (c === ' ') {
      if (!isSpace(text[i])) return -1;
      while (isSpace(text[i])) i += 1;
    } else {
      if (text[i] !== c) return -1;
      i += 1;
    }
  }
  return i;
}

function firstWordKey(pattern: string): string {
  let end = 0;
  while (isWordAt(pattern, end)) end += 1;
  return end > 0 ? pattern.slice(0, end) : pattern.charAt(0);
}

function byLongestFirst(a: Candidate, b: Candidate): number {
  // Longest wins; on a tie an explicit term beats a surname guess.
  return b.pattern.length - a.pattern.length || (a.via === b.via ? 0 : a.via === 'full' ? -1 : 1);
}

export function createMentionMatcher(terms: readonly MentionTerm[]): MentionMatcher {
  const byKey = new Map<string, Candidate[]>();
  const surnames = new Map<string, Candidate>();
  let symbolStarts = false;
  // First UTF-16 unit of every key: most words can be skipped without slicing out a Map key.
  const firstUnits = new Uint8Array(0x10000);
  const add = (c: Candidate) => {
    const key = c.caseSensitive ? foldCase(firstWordKey(c.pattern)) : firstWordKey(c.pattern);
    firstUnits[key.charCodeAt(0)] = 1;
    if (!isWordAt(key, 0)) symbolStarts = true;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  };

  terms.forEach((term, termIndex) => {
    const pattern = normalisePattern(term.source);
    if (!pattern) return;
    const caseSensitive = term.caseSensitive === true;
    add({
      pattern: caseSensitive ? pattern : foldCase(pattern),
      caseSensitive,
      via: 'full',
      termIndexes: [termIndex],
      endsInWord: isWordAt(pattern, pattern.length - 1),
    });
    const surname = term.kind === 'NAME' ? surnameOf(term.source) : null;
    if (!surname) return;
    const shared = surnames.get(surname);
    if (shared) {
      if (!shared.termIndexes.includes(termIndex)) shared.termIndexes.push(termIndex);
      return;
    }
    // Surnames are always matched case-sensitively: "Kwon" is a mention, "kwon" is not.
    const c: Candidate = { pattern: surname, caseSensitive: true, via: 'surname', termIndexes: [termIndex], endsInWord: true };
    surnames.set(surname, c);
    add(c);
  });
  for (const list of byKey.values()) list.sort(byLongestFirst);

  return {
    find(paragraph: string): Mention[] {
      const exact = normaliseTypography(paragraph);
      const folded = foldCase(exact);
      const mentions: Mention[] = [];
      let lastEnd = 0;

      const tryAt = (pos: number, key: string) => {
        const list = byKey.get(key);
        if (!list) return;
        if (isWordAt(folded, pos - 1) && isWordAt(folded, pos)) return;
        for (const c of list) {
          const end = matchAt(c.caseSensitive ? exact : folded, pos, c.pattern);
          if (end < 0) continue;
          if (c.endsInWord && isWordAt(folded, end)) continue;
          let termIndex = c.termIndexes[0] ?? -1;
          if (c.via === 'surname') {
            // `Kim Yo-jong` is someone else, not a surname mention of `Kim Jong-un`.
            if (/^ \p{Lu}/u.test(exact.slice(end, end + 2))) continue;
            const resolved = resolveSurname(c.termIndexes, mentions);
            if (resolved === null) continue;
            termIndex = resolved;
          }
          mentions.push({ start: pos, end, termIndex, matched: paragraph.slice(pos, end), via: c.via });
          lastEnd = end;
          return;
        }
      };

      // One pass over the text: look up each word start, and (only when some term starts with
      // punctuation, like `.NET` or `#MeToo`) each non-word character as well.
      let i = 0;
      while (i < folded.length) {
        if (!isWordUnit(folded.charCodeAt(i))) {
          if (symbolStarts && firstUnits[folded.charCodeAt(i)] === 1) tryAt(i, folded.charAt(i));
          i = Math.max(i + 1, lastEnd);
          continue;
        }
        let j = i + 1;
        while (j < folded.length && isWordUnit(folded.charCodeAt(j))) j += 1;
        if (firstUnits[folded.charCodeAt(i)] === 1) tryAt(i, folded.slice(i, j));
        i = Math.max(j, lastEnd);
      }
      return mentions;
    },
  };
}

/**
 * A surname shared by several glossary names ("Kim") belongs to whichever of them was mentioned in
 * full most recently in the same paragraph; with no such mention it is ambiguous and skipped.
 */
function resolveSurname(owners: readonly number[], mentions: readonly Mention[]): number | null {
  if (owners.length === 1) return owners[0] ?? null;
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i];
    if (m && owners.includes(m.termIndex)) return m.termIndex;
  }
  return null;
}

export function findMentions(terms: readonly MentionTerm[], paragraph: string): Mention[] {
  return createMentionMatcher(terms).find(paragraph);
}

// ---- Korean side ------------------------------------------------------------------------------

const HANGUL_OR_HANJA = /[\uAC00-\uD7A3\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
const SEPARATOR = /[\s·]/u;

interface KoreanCandidate {
  pattern: string;
  termIndex: number;
}

/** Matches a target; a space or middle dot in it matches any run, even empty, of spaces and dots. */
function matchKoreanAt(text: string, pos: number, pattern: string): number {
  let i = pos;
  for (let j = 0; j < pattern.length; j += 1) {
    const c = pattern[j];
    if (c === ' ' || c === '·') {
      while (i < text.length && SEPARATOR.test(text.charAt(i))) i += 1;
    } else {
      if (text[i] !== c) return -1;
      i += 1;
    }
  }
  return i;
}

/**
 * Finds Korean targets in Korean text. Korean attaches particles to the end of a word (권정근은,
 * 북한의), so a target ending in Hangul needs no boundary after it; it must start a word, though
 * (북한 is not found in 남북한). Latin targets (DO_NOT_TRANSLATE `WFP`) need boundaries on both sides
 * against Latin letters and digits, but `WFP는` still counts. Case-insensitive for Latin letters.
 */
export function createKoreanMentionMatcher(terms: readonly MentionTerm[]): KoreanMentionMatcher {
  const byFirstChar = new Map<string, KoreanCandidate[]>();
  terms.forEach((term, termIndex) => {
    const pattern = foldCase(normalisePattern(term.target).replace(/\s*·\s*/gu, '·'));
    if (!pattern) return;
    const key = pattern.charAt(0);
    const list = byFirstChar.get(key);
    if (list) list.push({ pattern, termIndex });
    else byFirstChar.set(key, [{ pattern, termIndex }]);
  });
  for (const list of byFirstChar.values()) list.sort((a, b) => b.pattern.length - a.pattern.length);

  return {
    find(koreanText: string): KoreanMention[] {
      const text = foldCase(normaliseTypography(koreanText));
      const found: KoreanMention[] = [];
      for (let i = 0; i < text.length; i += 1) {
        const list = byFirstChar.get(text.charAt(i));
        if (!list) continue;
        if (isWordAt(text, i - 1) && isWordAt(text, i)) continue;
        for (const c of list) {
          const end = matchKoreanAt(text, i, c.pattern);
          if (end < 0) continue;
          const last = c.pattern.charAt(c.pattern.length - 1);
          const needsEnd = isWordAt(last, 0) && !HANGUL_OR_HANJA.test(last);
          if (needsEnd && isWordAt(text, end) && !HANGUL_OR_HANJA.test(text.charAt(end))) continue;
          found.push({ start: i, end, termIndex: c.termIndex, matched: koreanText.slice(i, end) });
          i = end - 1;
          break;
        }
      }
      return found;
    },
  };
}

export function findKoreanMentions(terms: readonly MentionTerm[], koreanText: string): KoreanMention[] {
  return createKoreanMentionMatcher(terms).find(koreanText);
}
