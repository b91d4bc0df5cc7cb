// What the QA spelling check needs from the speller, prepared by the caller (the server's
// Hunspell worker, a benchmark, a test's fake dictionary).

export interface WordVerdict {
  ok: boolean;
  /** Up to three corrections, best first (empty when ok or when the dictionary has none). */
  suggestions: string[];
}

export interface SpellingContext {
  /** The project's word list and the document's own names (Hangul glosses in the source). */
  known: ReadonlySet<string>;
  /** The dictionary's verdict on a word; undefined while it is not known yet (nothing is flagged). */
  verdict(word: string): WordVerdict | undefined;
}
