// -이 adverbs the dictionary lacks (한글 맞춤법 제51항 and its 해설): -이, never -히, after a root ending
// in ㅅ (깨끗이, 의젓이, 오롯이), and -이 after a native root ending in ㄱ (깊숙이, 큼직이, 뾰족이, 멀찍이),
// where Sino-Korean roots take -히 (솔직히, 정확히, 엄격히). The dictionary lists many of these adverbs;
// this accepts those it lacks, and gives the -이 form for a -히 written after such a root (뾰족히 → 뾰족이).
import { oneJamoVariants } from './short-compounds';
import { sinoAdverbRoot } from './lexicon';
import { compose, isSyl, parts, T_SIOT } from './syllables';

const T_GIYEOK = 1;
const objectForms = (s: string) => [`${s}을`, `${s}를`];

/** The root before -이 or -히, and its final, for a word of 3–5 syllables; or null. */
function rootOf(word: string): { root: string; final: number } | null {
  if (word.length < 3 || word.length > 5 || ![...word].every(isSyl)) return null;
  const root = word.slice(0, -1);
  const final = parts(root.at(-1)!).t;
  return final === T_SIOT || final === T_GIYEOK ? { root, final } : null;
}

// Finals a ㅅ is written for, as they sound alike at the end of a syllable (햇빗 for 햇빛): ㄷ ㅆ ㅈ ㅊ ㅌ ㅎ.
const LIKE_SIOT = [7, 20, 22, 23, 25, 27];

/** The root with its final ㅅ written as another final that sounds alike. */
function likeSiot(root: string): string[] {
  const { l, v } = parts(root.at(-1)!);
  return LIKE_SIOT.map((t) => root.slice(0, -1) + compose(l, v, t));
}

/**
 * Whether the word is the -이 adverb of a root as above that the norms spell so:
 * - the root with 하다 is a word of the dictionary, the root ends in ㅅ, or ends in ㄱ and is no
 *   Sino-Korean root of the lexicon (뾰족이 ← 뾰족하다; not 솔직이, 정확이: -히);
 * - or the root ends in ㅅ and is no word of the dictionary, no noun (its 이 the particle), not one
 *   letter from an adjective's root or an adverb in -이 the dictionary has (깨긋이 ← 깨끗하다), nor a
 *   noun with its final written ㅅ (햇빗이 ← 햇빛): 오롯이, whose 오롯하다 the dictionary lacks.
 * Never when the dictionary has the -히 form (넉넉히). `spell` answers iAdverbQueries.
 */
export function isIAdverb(word: string, spell: (s: string) => boolean): boolean {
  if (!word.endsWith('이')) return false;
  const r = rootOf(word);
  if (r === null) return false;
  const { root, final } = r;
  if (spell(`${root}히`)) return false;
  const noun = (s: string) => objectForms(s).some(spell);
  if (spell(`${root}하다`)) return final === T_SIOT || !sinoAdverbRoot(root);
  if (final !== T_SIOT || root.length > 3 || spell(root) || noun(root)) return false;
  if (oneJamoVariants(root).some((v) => spell(`${v}하다`) || (spell(`${v}이`) && !noun(v)))) return false;
  return !likeSiot(root).some((v) => spell(v) || noun(v));
}

/** The dictionary answers isIAdverb needs. */
export function iAdverbQueries(word: string): string[] {
  const r = word.endsWith('이') ? rootOf(word) : null;
  if (r === null) return [];
  const { root } = r;
  return [
    `${root}히`,
    `${root}하다`,
    root,
    ...objectForms(root),
    ...oneJamoVariants(root).flatMap((v) => [`${v}이`, `${v}하다`, ...objectForms(v)]),
    ...likeSiot(root).flatMap((v) => [v, ...objectForms(v)]),
  ];
}

/** -이 for -히 after a root ending in ㅅ or a native one in ㄱ (의젓히 → 의젓이, 뾰족히 → 뾰족이; not 솔직히): a candidate. */
export function iAdverbCandidate(word: string): string | null {
  const r = word.endsWith('히') ? rootOf(word) : null;
  if (r === null || (r.final !== T_SIOT && sinoAdverbRoot(r.root))) return null;
  return `${r.root}이`;
}
