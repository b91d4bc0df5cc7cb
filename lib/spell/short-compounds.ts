// Compounds of two one-syllable nouns (떡집, 겉잎, 콩밭), which Korean writes solid and the dictionary
// lists in part (#22, round 18). The compound split (noun-split.ts) takes a one-syllable noun only beside
// a longer one, as two-syllable misspellings split so too (장농, 폭팔, 눈쌀, 끝발): here the pair is
// accepted only when the first noun ends in a consonant (so no sai-siot is in question: 갈비집 and 터밭
// are the norm's business) and no word of the dictionary is one letter (jamo) away from the pair — a
// misspelling is one slip from its right form (장롱, 폭발, 눈살, 끗발), a compound the dictionary lacks
// rarely is. Then particles.
import { confusionCandidates } from './confusions';
import { NOT_ONE_SYLLABLE_PART } from './noun-split';
import { objectForms } from './noun-probes';
import { compose, isSyl, L_IEUNG, parts, V_I } from './syllables';
import { nounTail } from './word-shapes';

/** The two-syllable stem with one jamo changed: any initial, vowel or final of either syllable. */
export function oneJamoVariants(stem: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < stem.length; i++) {
    const { l, v, t } = parts(stem[i]!);
    const put = (c: string) => out.push(stem.slice(0, i) + c + stem.slice(i + 1));
    for (let x = 0; x < 19; x++) if (x !== l) put(compose(x, v, t));
    for (let x = 0; x < 21; x++) if (x !== v) put(compose(l, x, t));
    for (let x = 0; x < 28; x++) if (x !== t) put(compose(l, v, x));
  }
  return out;
}

/**
 * The variants a noun of the dictionary may be: not the first noun with the copula (겉임을 is 겉 + 이다,
 * no noun near 겉잎).
 */
function nearNouns(stem: string): string[] {
  return oneJamoVariants(stem).filter((s) => !(parts(s[1]!).l === L_IEUNG && parts(s[1]!).v === V_I));
}

const shaped = (word: string) => word.length >= 2 && isSyl(word[0]) && isSyl(word[1]) && parts(word[0]!).t !== 0 && nounTail(word.slice(2));

/** Whether the word is two one-syllable nouns, the first consonant-final, then particles (떡집과, 겉잎을). */
export function isShortCompound(word: string, spell: (s: string) => boolean): boolean {
  if (!shaped(word)) return false;
  const [a, b] = [word[0]!, word[1]!];
  const noun = (s: string) => !NOT_ONE_SYLLABLE_PART.has(s) && objectForms(s).some(spell);
  if (!noun(a) || !noun(b)) return false;
  const stem = word.slice(0, 2);
  return !nearNouns(stem).some((s) => objectForms(s).some(spell)) && !confusionCandidates(word).some(spell);
}

/** The dictionary answers isShortCompound needs. */
export function shortCompoundQueries(word: string): string[] {
  if (!shaped(word)) return [];
  return [
    ...objectForms(word[0]!),
    ...objectForms(word[1]!),
    ...nearNouns(word.slice(0, 2)).flatMap(objectForms),
    ...confusionCandidates(word),
  ];
}
