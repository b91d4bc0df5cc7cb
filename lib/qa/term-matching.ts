// Glossary matching for the QA checks: where a term is mentioned in the English source and where
// its Korean form occurs in the target. (lib/names has its own detection for the editor; QA keeps
// this small matcher so the checks do not depend on it.)
//
// Person names (kind NAME) are also recognised by the surname alone, because English prose says
// "Kwon" after introducing "Kwon Jong-gun". Korean-style names (the Korean form is 2–4 syllables
// without a space) put the surname first, romanised and in Hangul (Kwon → 권); other names put it
// last (Donald Trump → Trump → 트럼프), and its Korean form is the token that sounds like it
// (Kenji Takeda → 다케다 겐지: Korean writes Japanese and Chinese names family name first).
import type { QaTerm, Span } from './types';
import { hangulSkeleton, skeleton } from '../align/names';
import { romanize } from 'es-hangul';
import { escapeRegExp, findAllLiteral, findAllRegExp, termPattern, wordRegExp } from './shared';

export interface CompiledTerm {
  term: QaTerm;
  /** Korean alternatives from "a | b". */
  targets: string[];
  sourceRe: RegExp;
  /** A word of the term that any match of sourceRe contains (lower case unless case-sensitive);
   *  null when the term has letters outside ASCII, whose case folding toLowerCase may not mirror. */
  needle: string | null;
  /** The romanised source inside Korean text (NAME terms left untranslated). */
  romanisedRe: RegExp;
  surname?: {
    source: string;
    /** Case-sensitive; not followed by another capitalised word, so "Kim Jong-un" is not "Kim". */
    sourceRe: RegExp;
    /** The romanised surname inside Korean text. */
    targetRe: RegExp;
    /** Korean surname (권) for Korean-style names, which must stand before a space (권 국장). */
    koreanSurname?: string;
    /** Korean short form found anywhere (트럼프) for other names. */
    koreanShort?: string;
  };
}

export interface CompiledTerms {
  list: CompiledTerm[];
}

export interface TermMention extends Span {
  term: CompiledTerm;
  /** The mention is the surname alone. */
  short: boolean;
  text: string;
}

const COMPOUND_SURNAMES = ['남궁', '제갈', '선우', '황보', '독고', '사공', '서문', '동방'];
// 서문석 may be 서 + 문석 or 서문 + 석: the romanisation decides (Seomun vs Seo).
const COMPOUND_ROMANISED = /^(namgung|jegal|seonu|sunwoo|hwangbo|dokgo|sagong|seomun|dongbang)$/i;

// Particles a surname standing alone takes (the longer first).
const SURNAME_PARTICLES = '(?:에게서|에게|께서|으로|와|과|은|는|이|가|을|를|의|도|만|로)(?![가-힣])';

function splitTargets(target: string): string[] {
  return target
    .split(/\s+\|\s+|\|/)
    .map((t) => t.trim())
    .filter(Boolean);
}

function compileSurname(term: QaTerm, targets: string[]): CompiledTerm['surname'] {
  const tokens = term.source.trim().split(/\s+/);
  if (term.kind !== 'NAME' || tokens.length < 2 || targets.length === 0) return undefined;
  const ko = targets[0]!;
  const koreanStyle = /^[가-힣]{2,4}$/.test(ko);
  const source = koreanStyle ? tokens[0]! : tokens[tokens.length - 1]!;
  if (!/^\p{Lu}/u.test(source)) return undefined;
  const sourceRe = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(source)}(?![\\p{L}\\p{N}]|-|\\s+\\p{Lu})`, 'gu');
  // In Korean text a particle may be glued to a romanised name (Kwon은), so only Latin letters
  // and digits count as "still inside the word" there.
  const targetRe = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(source)}(?![A-Za-z0-9])`, 'g');
  if (koreanStyle) {
    const compound = COMPOUND_SURNAMES.includes(ko.slice(0, 2)) && (ko.length === 4 || COMPOUND_ROMANISED.test(source));
    return { source, sourceRe, targetRe, koreanSurname: ko.slice(0, compound || twoSyllableSurname(ko, source) ? 2 : 1) };
  }
  const koTokens = ko.split(/\s+/);
  return { source, sourceRe, targetRe, koreanShort: koTokens[surnameToken(koTokens, source)]! };
}

const vowels = (latin: string) => latin.toLowerCase().replace(/[^aeiou]/g, '');
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * A one-syllable Chinese surname Korean writes in two syllables, its diphthong split (Zhao Wenlong →
 * 자오원룽, Zhou → 저우, Gao → 가오): the second syllable a bare vowel (오, 우), and the two-syllable
 * prefix's vowels strictly nearer the romanised surname's than the first syllable's. Korean names
 * keep one syllable (Kim Yi-su → 김이수: 김, not 김이; Lee → 이; Choi Ah-ra → 최; Yoo → 유 of 유복순).
 */
export function twoSyllableSurname(ko: string, source: string): boolean {
  if (ko.length < 3) return false;
  // The split-off vowel is a syllable of its own: no initial consonant, no final (오, 우, 이).
  const second = ko.charCodeAt(1) - 0xac00;
  if (second < 0 || second > 11171 || Math.floor(second / 588) !== 11 || second % 28 !== 0) return false;
  const sv = vowels(source);
  return editDistance(sv, vowels(romanize(ko.slice(0, 2)))) < editDistance(sv, vowels(romanize(ko.slice(0, 1))));
}

/**
 * Which Korean token stands for the English surname: the last (Donald Trump → 도널드 트럼프), or the
 * first when Korean puts the family name first as Japanese and Chinese names take it (Kenji Takeda →
 * 다케다 겐지): the token whose consonant skeleton is the surname's.
 */
function surnameToken(koTokens: string[], surname: string): number {
  const last = koTokens.length - 1;
  if (last === 0) return 0;
  const sk = skeleton(surname);
  return hangulSkeleton(koTokens[last]!) !== sk && hangulSkeleton(koTokens[0]!) === sk ? 0 : last;
}

/** The longest word of a term: a segment without it cannot match the term's pattern (its words
 *  are fixed; only the spaces and hyphens between them vary). */
function termNeedle(src: string, caseSensitive: boolean): string | null {
  const words = src.split(/[\s\-‐]+/).filter(Boolean);
  if (words.length === 0 || !/^[\x20-\x7e]*$/.test(src)) return null;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return caseSensitive ? longest : longest.toLowerCase();
}

const cache = new WeakMap<readonly QaTerm[], CompiledTerms>();

export function compileTerms(terms: readonly QaTerm[]): CompiledTerms {
  const hit = cache.get(terms);
  if (hit) return hit;
  const list = terms
    .filter((t) => t.source.trim() !== '')
    .map((term): CompiledTerm => {
      const targets = term.kind === 'DO_NOT_TRANSLATE' ? [term.source] : splitTargets(term.target);
      const src = term.source.trim();
      return {
        term,
        targets,
        sourceRe: wordRegExp(src, term.caseSensitive === true),
        needle: termNeedle(src, term.caseSensitive === true),
        romanisedRe: new RegExp(`(?<![A-Za-z0-9])${termPattern(src)}(?![A-Za-z0-9])`, term.caseSensitive ? 'g' : 'gi'),
        surname: compileSurname(term, targets),
      };
    })
    // Longest first, so "North Korea" claims its words before "Korea" can.
    .sort((a, b) => b.term.source.length - a.term.source.length);
  const compiled = { list };
  cache.set(terms, compiled);
  return compiled;
}

// The terms, numbers and missing-name checks each ask for the mentions of the same source, one
// after another (the checks run segment by segment): the last answer is kept for the next asker.
// One entry only, so it never outlives the segment being checked.
let lastMentions: { terms: CompiledTerms; text: string; mentions: readonly TermMention[] } | null = null;

/** Non-overlapping term mentions in the English source, longest terms first, then surnames.
 *  The array is shared with the other checks of the segment: callers must not change it. */
export function findSourceMentions(terms: CompiledTerms, text: string): readonly TermMention[] {
  if (lastMentions !== null && lastMentions.terms === terms && lastMentions.text === text) return lastMentions.mentions;
  const mentions = sourceMentions(terms, text);
  lastMentions = { terms, text, mentions };
  return mentions;
}

function sourceMentions(terms: CompiledTerms, text: string): TermMention[] {
  const taken: TermMention[] = [];
  // Characters already claimed by a mention: an overlap test costs the span's length, not the
  // number of mentions so far (a source repeating a name thousands of times stays linear).
  let covered: Uint8Array | null = null;
  const take = (s: Span, t: CompiledTerm, short: boolean) => {
    covered ??= new Uint8Array(text.length);
    for (let i = s.start; i < s.end; i++) if (covered[i]) return;
    covered.fill(1, s.start, s.end);
    taken.push({ start: s.start, end: s.end, term: t, short, text: text.slice(s.start, s.end) });
  };
  // Each pattern runs only where its longest word occurs: a dozen Unicode word-boundary regexes
  // over every segment were the slowest part of the terms and missing-name checks. In a
  // case-insensitive pattern ſ matches s, which toLowerCase does not give: such text skips the test.
  let lower: string | null = null;
  const folds = text.includes('ſ');
  const mayHave = (t: CompiledTerm) =>
    t.needle === null || folds || (t.term.caseSensitive === true ? text : (lower ??= text.toLowerCase())).includes(t.needle);
  for (const t of terms.list) {
    if (!mayHave(t)) continue;
    for (const s of findAllRegExp(t.sourceRe, text)) take(s, t, false);
  }
  for (const t of terms.list) {
    if (!t.surname || !text.includes(t.surname.source)) continue;
    for (const s of findAllRegExp(t.surname.sourceRe, text)) take(s, t, true);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Occurrences of any Korean alternative of the term (particles may follow without a space). */
export function findTargetForms(t: CompiledTerm, text: string): Span[] {
  if (t.term.kind === 'DO_NOT_TRANSLATE') {
    return findAllRegExp(wordRegExp(t.term.source.trim(), t.term.caseSensitive === true), text);
  }
  return t.targets.flatMap((form) => findAllLiteral(form, text));
}

/** Whether a surname-only mention is rendered: the full form, or the surname as Korean writes it. */
export function hasShortTargetForm(t: CompiledTerm, text: string): boolean {
  if (findTargetForms(t, text).length > 0) return true;
  const sn = t.surname;
  if (!sn) return false;
  if (sn.koreanShort) return text.includes(sn.koreanShort);
  // 권 국장, 권 씨: a lone surname syllable followed by a space and a title. A two-syllable surname
  // also stands alone before a particle or a mark, as papers write foreign names (자오는, 자오와).
  const after = sn.koreanSurname!.length >= 2 ? `(?=\\s|$|[^가-힣]|${SURNAME_PARTICLES})` : '(?=\\s)';
  return new RegExp(`(?<![가-힣])${sn.koreanSurname}${after}`).test(text);
}

// A glossary TERM that is a proper name of two words or more with a capital (Meiho Auction, National
// Museum of Korea) and a Korean form in Hangul that does not keep the English: left in English in
// the Korean, it is untranslated just as a romanised person's name is.
const PROPER_PHRASE_RE = /^[A-Z][\w'&.-]*(?:\s+[\w'&.-]+)+$/;
function englishLeftCounts(t: CompiledTerm): boolean {
  if (t.term.kind !== 'TERM' || !PROPER_PHRASE_RE.test(t.term.source.trim())) return false;
  const src = t.term.source.toLowerCase();
  return t.targets.length > 0 && t.targets.every((f) => /[가-힣]/.test(f) && !f.toLowerCase().includes(src));
}

/**
 * Romanised forms of NAME terms left in the Korean target (full name or surname alone), and proper
 * names of the glossary's TERMs left in English.
 */
export function findRomanisedNames(terms: CompiledTerms, text: string): { term: CompiledTerm; span: Span; text: string }[] {
  const found: { term: CompiledTerm; span: Span; text: string }[] = [];
  let covered: Uint8Array | null = null;
  if (!/[A-Za-z]/.test(text)) return found;
  for (const t of terms.list) {
    if (!/[A-Za-z]/.test(t.term.source)) continue;
    if (t.term.kind !== 'NAME' && !englishLeftCounts(t)) continue;
    for (const re of [t.romanisedRe, t.term.kind === 'NAME' ? t.surname?.targetRe : undefined]) {
      if (!re) continue;
      for (const s of findAllRegExp(re, text)) {
        covered ??= new Uint8Array(text.length);
        let free = true;
        for (let i = s.start; i < s.end && free; i++) if (covered[i]) free = false;
        if (!free) continue;
        covered.fill(1, s.start, s.end);
        found.push({ term: t, span: s, text: text.slice(s.start, s.end) });
      }
    }
  }
  return found;
}
