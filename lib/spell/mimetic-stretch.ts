// An onomatopoeic adverb of one syllable in -ㄱ said long, its vowel and the final's ㄱ drawn out into a
// second syllable 익 (쉭 → 쉬익, 휙 → 휘익, 씩 → 씨익, 찍 → 찌익), as sound words are written in careful
// prose (항아리에서 쉬익 하는 소리가 났다): the dictionary lists the short form and its reduplication
// (쉭쉭, 휙휙) but not every long one. Only a bare adverb, no particle after it.
import { compose, isSyl, parts, L_IEUNG, V_WI } from './syllables';

const V_I = 20;
const V_UI = 19;
const T_GIYEOK = 1;

/** The short syllable (쉭) a stretched word (쉬익) draws out, or null. */
function shortForm(word: string): string | null {
  if (word.length !== 2 || word[1] !== '익' || !isSyl(word[0])) return null;
  const { l, v, t } = parts(word[0]!);
  if (t !== 0 || l === L_IEUNG || (v !== V_WI && v !== V_I && v !== V_UI)) return null;
  return compose(l, v, T_GIYEOK);
}

/**
 * Whether the word is a one-syllable onomatopoeic adverb in -ㄱ drawn out (쉬익 ← 쉭): the short form
 * and its reduplication (쉭쉭) are words of the dictionary, so a noun in -ㄱ (식, 직) that is no sound word
 * does not vouch for 시익, 지익.
 */
export function isStretchedMimetic(word: string, spell: (s: string) => boolean): boolean {
  const s = shortForm(word);
  return s !== null && spell(s) && spell(s + s);
}

/** The words isStretchedMimetic asks about: for a batching caller. */
export function stretchedMimeticQueries(word: string): string[] {
  const s = shortForm(word);
  return s === null ? [] : [s, s + s];
}
