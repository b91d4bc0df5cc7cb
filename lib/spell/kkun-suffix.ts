// -꾼 written -군 in a word the dictionary accepts (한글 맞춤법 제54항: 낚시꾼, 장사꾼, not -군). Hunspell
// takes many such words as a noun and 군 (郡, 群, 軍), so norm-forms.ts's suffixRival, asked only of refused
// words, never sees them. A noun of two syllables or more (일군, 장군 left alone), then 군 and particles,
// when the dictionary lists the noun with 꾼: the 꾼 form with the word's particles. A Sino-Korean 군
// after a noun (반란군, 연합군, 증후군) has no 꾼 form in the dictionary and is left alone.
import { COPULA, nounTail } from './word-shapes';

/** The cuts before 군 (noun of two syllables or more, then the particles after 군). */
function cuts(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 2; i < word.length; i++) if (word[i] === '군') out.push([word.slice(0, i), word.slice(i + 1)]);
  return out;
}

/** 낚시군 → 낚시꾼, 장사군이 → 장사꾼이; else null. `spell` answers kkunRivalQueries. */
export function kkunRival(word: string, spell: (s: string) => boolean): string | null {
  for (const [head, tail] of cuts(word)) {
    if (!(nounTail(tail) || COPULA.has(tail))) continue;
    if (!spell(`${head}을`) && !spell(`${head}를`)) continue;
    if (spell(`${head}꾼`)) return `${head}꾼${tail}`;
  }
  return null;
}

/** The dictionary answers kkunRival needs (asked of accepted words). */
export function kkunRivalQueries(word: string): string[] {
  return cuts(word).flatMap(([head]) => [`${head}을`, `${head}를`, `${head}꾼`]);
}
