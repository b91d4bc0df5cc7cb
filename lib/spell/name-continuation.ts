// The second word of a foreign name of two words (#22, round 13): Kowhai Orchards → 코와이 오처즈. Once
// the Hangul word before it writes the name's first word (lib/spell/transliteration.ts), the next Hangul
// word stands where the English's next capitalised word stands, and is heard more loosely: its
// consonants as the sibilant-merged skeleton of that word (one consonant may be all: Orchards, with its
// r silent and ds as 즈, is o-ch-a-z), its vowel sounds exactly as many as the English's. A word that
// follows no transliterated name, or a name whose next word is not capitalised, gets nothing from this.
import { hangulSkeleton, skeleton } from '../align/names';
import { isNameTail } from './particles';
import { readings } from './source-readings';
import { ANCHOR_LEVEL, hangulVowels, latinVowels, sibilant, sourceSkeletons, transliteratedStem } from './transliteration';

const NAME_WORD = /^[A-Z][a-z]+$/;

/** Adjacent capitalised words of the source (a space apart): the pairs a two-word name may be. */
function namePairs(source: string): [string, string][] {
  const out: [string, string][] = [];
  const words = [...source.matchAll(/[A-Za-z]+/g)];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!,
      b = words[i + 1]!;
    if (!NAME_WORD.test(a[0]) || !NAME_WORD.test(b[0])) continue;
    if (source.slice(a.index + a[0].length, b.index) !== ' ') continue;
    out.push([a[0], b[0]]);
  }
  return out;
}

/** Whether a bare Hangul stem writes the capitalised word as loosely as a name's second word may. */
function heardAsNext(stem: string, latin: string): boolean {
  const k = sibilant(hangulSkeleton(stem));
  if (k.length === 0) return false;
  const [lo, hi] = latinVowels(latin);
  const v = hangulVowels(stem);
  if (v < lo || v > hi) return false;
  return readings(latin).some((r) => sibilant(skeleton(r)) === k);
}

/**
 * Whether `word` (with particles) is the second word of a two-word name of the source whose first word
 * `previous` (the Hangul word just before it, without particles) writes: 오처즈의 after 코와이 beside
 * "Kowhai Orchards".
 */
export function continuesName(previous: string, word: string, source: string): boolean {
  for (const [first, second] of namePairs(source)) {
    if (transliteratedStem(previous, sourceSkeletons(first, ANCHOR_LEVEL)) !== previous) continue;
    for (let cut = word.length; cut >= 1; cut--) {
      const rest = word.slice(cut);
      if (rest !== '' && !isNameTail(rest)) continue;
      if (heardAsNext(word.slice(0, cut), second)) return true;
    }
  }
  return false;
}
