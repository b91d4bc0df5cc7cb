// The names a document's Korean transliterates from its English (lib/spell/transliteration.ts),
// and the abbreviations it glosses in brackets after their full form (대한의사협회(의협)), gathered
// over all its segments, so that a name heard in one segment is known in the others.
import { spellTokens } from './tokenise';
import { ANCHOR_LEVEL, misspeltTransliteration, sourceSkeletons, transliteratedStem } from './transliteration';

/**
 * The names a document's Korean transliterates from its English, segment by segment: once a name
 * is heard in one segment (요하네스버그 ← Johannesburg), it is known in every other one, where the
 * translator may name the city that segment's English leaves unnamed. Only words the dictionary
 * refuses are looked at (`refused`), and none whose suggestions (`suggestions`) transliterate the same
 * English (리더쉽 beside leadership is 리더십 misspelt, no name).
 */
// Per segment: its source and its refused words → the names heard (the same document is checked on
// every QA request; its sources rarely change). Bounded.
const segmentNames = new Map<string, readonly string[]>();

export function documentNames(
  segments: readonly { sourceText: string; targetText: string }[],
  refused: (word: string) => boolean,
  suggestions: (word: string) => readonly string[] = () => [],
): Set<string> {
  const out = new Set<string>();
  for (const s of segments) {
    for (const a of glossedAbbreviations(s.targetText)) out.add(a);
    const words = spellTokens(s.targetText)
      .map((t) => t.word)
      .filter(refused);
    if (words.length === 0) continue;
    const key = `${s.sourceText}\u0000${words.map((w) => `${w}:${suggestions(w).join(',')}`).join(' ')}`;
    let names = segmentNames.get(key);
    if (!names) {
      const source = sourceSkeletons(s.sourceText);
      names = words.flatMap((w) => {
        const n = transliteratedStem(w, source);
        return n !== null && n.length >= 2 && !misspeltTransliteration(w, suggestions(w), s.sourceText, ANCHOR_LEVEL) ? [n] : [];
      });
      if (segmentNames.size >= 20_000) segmentNames.clear();
      segmentNames.set(key, names);
    }
    for (const n of names) out.add(n);
  }
  return out;
}

// A word of three syllables or more, then a bracketed Hangul word of two to four syllables.
const GLOSSED = /([\uac00-\ud7a3]{3,})\(([\uac00-\ud7a3]{2,4})\)/g;

/** Whether `short` is made of syllables of `long` taken in order (의협 in 대한의사협회). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Abbreviations a text defines as Korean news does: the full name, then the short form in brackets,
 * made of its syllables in order and shorter by two or more (대한의사협회(의협), 한국전력공사(한전),
 * 연방준비제도(연준)). Dictionaries list few of them; the text itself says what they stand for.
 */
export function glossedAbbreviations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GLOSSED)) {
    const [, full, short] = m as unknown as [string, string, string];
    if (short.length <= full.length - 2 && isSubsequence(short, full)) out.push(short);
  }
  return out;
}
