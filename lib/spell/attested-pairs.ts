// A two-syllable Sino-Korean word and a one-syllable Sino-Korean suffix the dictionary does not list
// together, when it lists the same two syllables with another such suffix (종량세 beside 종량제, 從量:
// a tax by volume; 누진세 beside 누진제): the dictionary itself vouches for the pair as a morpheme, so
// the compound is the pair and a suffix (稅 'tax', 制 'system', 法 'law' …) however few two-syllable
// nouns its syllables make, and whatever a one-letter rival of the pair alone is (총량). The verdict asks
// this only when no style-guide confusion of the word is a word (종량재가 is 종량제가 misspelt).
import { pairRivals } from './lexicon';
import { afterSinoSuffix, isSinoSuffix } from './sino-suffixes';
import { SUFFIXES } from './noun-split';
import { COPULA, nounTail } from './word-shapes';

// The one-syllable Sino-Korean suffixes a listed compound of the pair may end in.
const objectForms = (s: string) => [`${s}을`, `${s}를`];
const PROBES = [...SUFFIXES].filter((s) => s.length === 1 && isSinoSuffix(s));

/** The pair, its suffix and what follows, when the word has that shape, or null. */
function shape(word: string): { pair: string; suffix: string } | null {
  if (word.length < 3 || word.length > 8 || !/^[가-힣]{3}/.test(word)) return null;
  const pair = word.slice(0, 2);
  const rest = afterSinoSuffix(pair[1]!, word.slice(2));
  if (rest === null || !(nounTail(rest) || COPULA.has(rest))) return null;
  return { pair, suffix: word[2]! };
}

/**
 * Whether the word is a Sino-Korean pair, a one-syllable Sino-Korean suffix and particles or the
 * copula (종량세가), where the dictionary lists the pair with another such suffix (종량제) and no
 * one-letter rival of the pair makes a word with the word's tail (총량세가 is none).
 */
export function isAttestedPairSuffix(word: string, spell: (s: string) => boolean): boolean {
  const s = shape(word);
  if (s === null || spell(s.pair + s.suffix)) return false;
  // The listed compound must be a noun (종량제를), not a form the dictionary contracts (봉숭안 ← 봉숭아는).
  if (!PROBES.some((p) => p !== s.suffix && objectForms(s.pair + p).some(spell))) return false;
  const tail = word.slice(2);
  return !pairRivals(s.pair).some((r) => spell(r + tail) || spell(r + s.suffix));
}

/** The words isAttestedPairSuffix asks about: for a batching caller. */
export function attestedPairQueries(word: string): string[] {
  const s = shape(word);
  if (s === null) return [];
  const tail = word.slice(2);
  return [
    s.pair + s.suffix,
    ...PROBES.flatMap((p) => objectForms(s.pair + p)),
    ...pairRivals(s.pair).flatMap((r) => [r + tail, r + s.suffix]),
  ];
}
