// English words of a segment's source, for the synonym pass of phrase-consistency: which content
// words a source has, and whether other segments share one that a segment lacks.
import type { SegInfo } from './phrase-words';
import { STOP } from './phrase-words';

/** Lowercase English content words of a source, a final -s dropped (visitors → visitor). */
export function englishSet(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.toLowerCase().matchAll(/[a-z]{4,}/g)) out.add(m[0].length > 4 && m[0].endsWith('s') ? m[0].slice(0, -1) : m[0]);
  return out;
}

/** The segments of `withR` share an English word that `x` lacks and the phrase does not have. */
export function otherWordsRendered(withR: SegInfo[], x: SegInfo, phrase: string[], words: (i: SegInfo) => Set<string>): boolean {
  const own = words(x);
  const mine = new Set(phrase.map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
  for (const w of words(withR[0]!)) if (!own.has(w) && !mine.has(w) && !STOP.has(w) && withR.every((o) => words(o).has(w))) return true;
  return false;
}
