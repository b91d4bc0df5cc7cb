// Nouns derived with a native suffix (표준국어대사전 「접사」), which the dictionary lists for a few nouns
// only: -잡이 (catching it, or one who handles it: 고기잡이, 고래잡이 listed; 오징어잡이, 멸치잡이 not),
// -꾼 (a person of a trade or habit: 사기꾼, 장사꾼), -질 (an act, often with a tool: 걸레질, 가위질),
// -지기 (a keeper: 문지기, 등대지기). A noun of the dictionary of two syllables or more, the suffix,
// then particles or the copula, is a word. A suffix takes no sai-siot (한글 맞춤법 제30항 writes it
// between two words of a compound, not before a suffix), so 오징엇잡이 or 나뭇꾼 has no noun before the
// suffix and stays unknown; and a word one style-guide confusion from a word of the dictionary is that
// word misspelt, however it splits.
import { strongConfusions } from './confusions';
import { objectForms } from './noun-probes';
import { COPULA, nounTail } from './word-shapes';

const SUFFIXES = ['잡이', '꾼', '질', '지기'] as const;

/** The places where a suffix follows two syllables or more: [noun, suffix, what follows]. */
function splits(word: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (word.length < 3 || word.length > 12) return out;
  for (const suffix of SUFFIXES)
    for (let i = 2; i + suffix.length <= word.length; i++)
      if (word.startsWith(suffix, i)) out.push([word.slice(0, i), suffix, word.slice(i + suffix.length)]);
  return out;
}

/** A noun of the dictionary, a native suffix and particles (오징어잡이를, 멸치잡이, 등대지기는). */
export function isDerivedNoun(word: string, spell: (s: string) => boolean): boolean {
  const found = splits(word).some(([noun, , tail]) => (tail === '' || nounTail(tail) || COPULA.has(tail)) && objectForms(noun).some(spell));
  return found && !strongConfusions(word).some(spell);
}

/** The dictionary answers isDerivedNoun needs. */
export function derivedNounQueries(word: string): string[] {
  const found = splits(word);
  return found.length ? [...found.flatMap(([noun]) => objectForms(noun)), ...strongConfusions(word)] : [];
}
