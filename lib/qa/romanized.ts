// es-hangul's romanize, remembered per word: it applies the standard pronunciation rules and is the
// costliest call of the phrase-consistency check, which asks it of the same syllables and short
// words again and again (each Korean word part of a document, each first syllable). A word's
// romanisation never changes, so the answers are kept across documents (bounded, as
// phrase-heads.ts keeps its English terms).
import { romanize } from 'es-hangul';

const LIMIT = 50_000;
const memo = new Map<string, string>();

export function romanized(hangul: string): string {
  let r = memo.get(hangul);
  if (r === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    memo.set(hangul, (r = romanize(hangul)));
  }
  return r;
}
