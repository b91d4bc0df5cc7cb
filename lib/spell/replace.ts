// Where a suggestion replaces a misspelt word in the segment's text (#22): the QA issue gives the
// word and its offset when the segment was checked; the text may have changed since (typing after the
// check), so the occurrence of the word nearest that offset, standing as a whole word, is taken.

// The spelling check's words are Hangul runs (lib/spell/tokenise.ts): a word stops at any other character.
const HANGUL = /[\uac00-\ud7a3]/;

/** Start of the whole-word occurrence of `word` in `text` nearest `near`, or -1 when there is none. */
export function nearestOccurrence(text: string, word: string, near: number): number {
  if (!word) return -1;
  let best = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    if (before && HANGUL.test(before)) continue;
    const after = text[at + word.length] ?? '';
    if (after && HANGUL.test(after)) continue;
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
