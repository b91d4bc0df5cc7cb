// The names a document's Korean transliterates from its English (lib/spell/transliteration.ts),
// gathered over all its segments, so that a name heard in one segment is known in the others.
import { spellTokens } from './tokenise';
import { sourceSkeletons, transliteratedStem } from './transliteration';

/**
 * The names a document's Korean transliterates from its English, segment by segment: once a name
 * is heard in one segment (요하네스버그 ← Johannesburg), it is known in every other one, where the
 * translator may name the city that segment's English leaves unnamed. Only words the dictionary
 * refuses are looked at (`refused`).
 */
// Per segment: its source and its refused words → the names heard (the same document is checked on
// every QA request; its sources rarely change). Bounded.
const segmentNames = new Map<string, readonly string[]>();

export function documentNames(
  segments: readonly { sourceText: string; targetText: string }[],
  refused: (word: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const s of segments) {
    const words = spellTokens(s.targetText)
      .map((t) => t.word)
      .filter(refused);
    if (words.length === 0) continue;
    const key = `${s.sourceText}\u0000${words.join(' ')}`;
    let names = segmentNames.get(key);
    if (!names) {
      const source = sourceSkeletons(s.sourceText);
      names = words.map((w) => transliteratedStem(w, source)).filter((n): n is string => n !== null && n.length >= 2);
      if (segmentNames.size >= 20_000) segmentNames.clear();
      segmentNames.set(key, names);
    }
    for (const n of names) out.add(n);
  }
  return out;
}
