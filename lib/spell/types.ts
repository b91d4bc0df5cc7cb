// What the QA spelling check needs from the speller, prepared by the caller (the server's
// Hunspell worker, a benchmark, a test's fake dictionary).
import type { AnchorLevel } from './transliteration';

export interface WordVerdict {
  ok: boolean;
  /** Up to three corrections, best first (empty when ok or when the dictionary has none). */
  suggestions: string[];
  /**
   * When not ok: lengths of the word's leading parts that are nouns of the dictionary (세계 in
   * 세계스카우트잼버리), so the check may find the rest a transliteration of the source.
   */
  heads?: number[];
  /**
   * When not ok: the word is a known misspelling (the table, the rules on endings) or the dictionary
   * lists a word one style-guide confusion away (월셋방 → 월세방), so it is that word misspelt and no
   * name of the source excuses it.
   */
  rival?: true;
  /**
   * When not ok: the dictionary lists the word with one of the loanword spellings the style guides
   * correct (컨텐츠 → 콘텐츠, 악세사리 → 액세서리), so no English word of the source excuses it
   * (lib/qa/spelling.ts's source-anchored pass).
   */
  loanRival?: true;
}

export interface SpellingContext {
  /** The project's word list and the document's own names (Hangul glosses in the source). */
  known: ReadonlySet<string>;
  /** The dictionary's verdict on a word; undefined while it is not known yet (nothing is flagged). */
  verdict(word: string): WordVerdict | undefined;
  /**
   * false: flag every refused word, evidence or not (the benchmark's figures without the precision
   * gate, lib/spell/gate.ts). Omitted: the gate applies.
   */
  precisionGate?: false;
  /** How loosely a word may transliterate the source to pass (the benchmark's sweep); omitted: ANCHOR_LEVEL. */
  anchorLevel?: AnchorLevel;
}
