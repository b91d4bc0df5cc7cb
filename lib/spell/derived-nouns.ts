// Nouns derived with a native suffix (표준국어대사전 「접사」), which the dictionary lists for a few nouns
// only: -잡이 (catching it, or one who handles it: 고기잡이, 고래잡이 listed; 오징어잡이, 멸치잡이 not),
// -꾼 (a person of a trade or habit: 사기꾼, 장사꾼), -질 (an act, often with a tool: 걸레질, 가위질),
// -지기 (a keeper: 문지기, 등대지기), and the noun 젓 (below). A noun of the dictionary of two syllables or more, the suffix,
// then particles or the copula, is a word. A suffix takes no sai-siot (한글 맞춤법 제30항 writes it
// between two words of a compound, not before a suffix), so 오징엇잡이 or 나뭇꾼 has no noun before the
// suffix and stays unknown; and a word one style-guide confusion from a word of the dictionary is that
// word misspelt, however it splits.
import { strongConfusions } from './confusions';
import { objectForms } from './noun-probes';
import { COPULA, nounTail } from './word-shapes';

// And the noun 젓 (seafood salted, named by what is salted: 새우젓, 오징어젓, 꼴뚜기젓, 명란젓), written
// solid and taking no sai-siot (새우젓 [새우젇]), which the compound rule leaves for too short a last part.
const SUFFIXES = ['잡이', '꾼', '질', '지기', '젓'] as const;
// What 젓 is made of that the dictionary lacks (표준국어대사전: 창난 the guts of the pollack, 토하 a
// freshwater shrimp, 황석어 the yellow croaker; 곤쟁이 a small shrimp): nouns before 젓 only.
const JEOT_HEADS = new Set(['창난', '토하', '황석어', '곤쟁이', '갈치속']);

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
  const found = splits(word).some(
    ([noun, suffix, tail]) =>
      (tail === '' || nounTail(tail) || COPULA.has(tail)) && ((suffix === '젓' && JEOT_HEADS.has(noun)) || objectForms(noun).some(spell)),
  );
  return found && !strongConfusions(word).some(spell);
}

/** The dictionary answers isDerivedNoun needs. */
export function derivedNounQueries(word: string): string[] {
  const found = splits(word);
  return found.length ? [...found.flatMap(([noun]) => objectForms(noun)), ...strongConfusions(word)] : [];
}
