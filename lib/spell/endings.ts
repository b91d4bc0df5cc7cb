// Regular endings the dictionary lists only in part: the word is right when the form it is built on is
// a word of the dictionary, and misspelt as that form is (되서야 → 돼서야, as 되서 → 돼서).
// - the particle 야 after the connective -아서/-어서 (돼서야, 와서야, 해서야 ← 돼서, 와서, 해서): 야 marks
//   the condition as the least one (표준국어대사전 '야' 보조사);
// - the exclamative -구먼 and -구먼요 (표준어 규정 제17항 keeps -구먼, not -구만), wherever -구나 is a
//   word (그렇구먼 ← 그렇구나, 했구먼 ← 했구나), and -구만 there is -구먼 misspelt;
// - the polite 요 after a sentence-final ending in 대, 데 or 걸 (떠난대요, 좋던데요, 갈걸요 ← 떠난대,
//   좋던데, 갈걸: 요 makes the 해요체 of any such ending), judged on the form without 요 (갈껄요 → 갈걸요);
// - -대 (-다고 해, hearsay: 떠난대 ← 떠난다) and -데 (the connective -ㄴ데/-는데/-던데: 좋던데, 예쁜데)
//   confused after 던, 는 or a final ㄴ: where the dictionary takes the other one and not the word's
//   (떠난데요 → 떠난대요 as 떠나다 is a verb; 좋던대요 → 좋던데요; 예쁜대요 → 예쁜데요); and -데 for -대
//   right after a stem, where the dictionary takes -대 (-다고 해: 맛있데요 → 맛있대요, 춥데 → 춥대).

import { isSyl, parts, T_NIEUN } from './syllables';

interface EndingBase {
  /** The form the dictionary is asked about. */
  base: string;
  /** The word again from a (corrected) base. */
  rebuild: (base: string) => string;
}

const QUOTED_NEUNDE = /^(.+[다냐자라]는)데(요|도|)$/;
const QUOTED_STEM = /.[다냐자라]는$/;

/** The dictionary form the word's ending is checked on, or null. */
export function endingBase(word: string): EndingBase | null {
  // The connective -ㄴ데 on a quotation's adnominal form (온다는데, 있다는데, 가자는데, 뭐냐는데 ← 온다는:
  // -다는데 is -다고 하는데 shortened), 요 or 도 after it.
  const q = QUOTED_NEUNDE.exec(word);
  if (q) return { base: q[1]!, rebuild: (b) => `${b}데${q[2]}` };
  if (word.length >= 3 && word.endsWith('서야')) return { base: word.slice(0, -1), rebuild: (b) => `${b}야` };
  if (word.length >= 3 && /[대데걸껄]요$/.test(word)) return { base: word.slice(0, -1), rebuild: (b) => `${b}요` };
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

// -대/-데 after 던, 는 or a syllable with a final ㄴ, then 요 or nothing.
const DAE_DE = /^(.+)([대데])(요?)$/;

/** The word with the same form in -대 and -데 split up, or null. */
function daeDeParts(word: string): { stem: string; ending: string; yo: string } | null {
  const m = DAE_DE.exec(word);
  if (!m) return null;
  const last = m[1]!.slice(-1);
  // -데 for the hearsay -대 right after a stem (맛있데요 → 맛있대요, 춥데요 → 춥대요), too.
  if (!isSyl(last) || (parts(last).t !== T_NIEUN && m[2] !== '데')) return null;
  return { stem: m[1]!, ending: m[2]!, yo: m[3]! };
}

/**
 * -데 for -대 or -대 for -데 (떠난데요 → 떠난대요, 좋던대요 → 좋던데요, 하던대 → 하던데): the dictionary
 * takes the form with the other ending and not the word's, or null. For a word the dictionary refuses.
 */
export function daeDeRival(word: string, spell: (s: string) => boolean): string | null {
  const p = daeDeParts(word);
  if (p === null) return null;
  const other = p.ending === '대' ? '데' : '대';
  // -대 on a quotation's adnominal form (온다는대 → 온다는데): -다는데 is judged on 온다는 (endingBase).
  const quoted = p.ending === '대' && QUOTED_STEM.test(p.stem) && spell(p.stem);
  return !spell(p.stem + p.ending) && (spell(p.stem + other) || quoted) ? `${p.stem}${other}${p.yo}` : null;
}

/** The words isRegularEnding, gumanRival and daeDeRival may ask the dictionary about: for a batching caller. */
export function endingQueries(word: string): string[] {
  const e = endingBase(word);
  const m = GUMAN.exec(word);
  const d = daeDeParts(word);
  return [
    ...(e === null ? [] : [e.base]),
    ...(m ? [`${m[1]}구나`] : []),
    ...(d === null ? [] : [`${d.stem}대`, `${d.stem}데`]),
    ...(d !== null && QUOTED_STEM.test(d.stem) ? [d.stem] : []),
  ];
}
