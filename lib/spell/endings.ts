// Regular endings the dictionary lists only in part: the word is right when the form it is built on is
// a word of the dictionary, and misspelt as that form is (되서야 → 돼서야, as 되서 → 돼서).
// - the particle 야 after the connective -아서/-어서 (돼서야, 와서야, 해서야 ← 돼서, 와서, 해서): 야 marks
//   the condition as the least one (표준국어대사전 '야' 보조사);
// - the exclamative -구먼 and -구먼요 (표준어 규정 제17항 keeps -구먼, not -구만), wherever -구나 is a
//   word (그렇구먼 ← 그렇구나, 했구먼 ← 했구나), and -구만 there is -구먼 misspelt.

interface EndingBase {
  /** The form the dictionary is asked about. */
  base: string;
  /** The word again from a (corrected) base. */
  rebuild: (base: string) => string;
}

/** The dictionary form the word's ending is checked on, or null. */
export function endingBase(word: string): EndingBase | null {
  if (word.length >= 3 && word.endsWith('서야')) return { base: word.slice(0, -1), rebuild: (b) => `${b}야` };
  const m = /^(.+)구먼(요)?$/.exec(word);
  if (m) return { base: `${m[1]}구나`, rebuild: (b) => (b.endsWith('구나') ? `${b.slice(0, -2)}구먼${m[2] ?? ''}` : b) };
  return null;
}

/**
 * Whether the word is a regular ending on a form the dictionary lists and no rule calls misspelt
 * (`misspelt` gives that form's correction, or null).
 */
export function isRegularEnding(word: string, spell: (s: string) => boolean, misspelt: (s: string) => string | null): boolean {
  const e = endingBase(word);
  return e !== null && spell(e.base) && misspelt(e.base) === null;
}

/** The word with its base corrected, when a rule calls the base misspelt (되서야 → 돼서야), or null. */
export function endingRival(word: string, misspelt: (s: string) => string | null): string | null {
  const e = endingBase(word);
  if (e === null) return null;
  const fix = misspelt(e.base);
  return fix === null ? null : e.rebuild(fix);
}

const GUMAN = /^(.+)구만(요)?$/;

/**
 * -구만 for -구먼 wherever -구나 is a word (그렇구만 → 그렇구먼, 좋구만 → 좋구먼), or null: spoken-forms.ts
 * takes it after 는 and a past ㅆ without the dictionary; a number (이십구만) has no -구나 form.
 */
export function gumanRival(word: string, spell: (s: string) => boolean): string | null {
  const m = GUMAN.exec(word);
  return m && spell(`${m[1]}구나`) ? `${m[1]}구먼${m[2] ?? ''}` : null;
}

/** The words isRegularEnding and gumanRival may ask the dictionary about: for a batching caller. */
export function endingQueries(word: string): string[] {
  const e = endingBase(word);
  const m = GUMAN.exec(word);
  return [...(e === null ? [] : [e.base]), ...(m ? [`${m[1]}구나`] : [])];
}
