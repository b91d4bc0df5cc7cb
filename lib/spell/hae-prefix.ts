// The prefix 'of this year' (표준국어대사전, 해-「접사」 and 햇-「접사」): 해- before a noun whose first sound is
// tense or aspirated (해쑥, 해콩, 해팥), 햇- before any other (햇감자, 햇밤, 햇과일), as 한글 맞춤법 제30항 writes
// no ㅅ before a tense or aspirated initial. 햅쌀 is 표준어 규정 제31항's (the ㅂ the old word had), so
// 쌀 takes neither.
import { nounTail } from './word-shapes';
import { isSyl, parts } from './syllables';

// ㄲ ㄸ ㅃ ㅆ ㅉ ㅊ ㅋ ㅌ ㅍ.
const STRONG = new Set([1, 4, 8, 10, 13, 14, 15, 16, 17]);
const strong = (c: string | undefined) => isSyl(c) && STRONG.has(parts(c!).l);
// 표준어 규정 제31항: 햅쌀, no 해쌀.
const NOT_AFTER = new Set(['쌀']);
const objectForms = (s: string) => [`${s}을`, `${s}를`];

/** The nouns of one or two syllables after 해 in the word, each with what follows it. */
function splits(word: string): [string, string][] {
  if (word.length < 2 || word.length > 8) return [];
  const rest = word.slice(1);
  if (!strong(rest[0])) return [];
  const out: [string, string][] = [];
  for (const k of [1, 2])
    if (rest.length >= k && nounTail(rest.slice(k)) && !NOT_AFTER.has(rest.slice(0, k))) out.push([rest.slice(0, k), rest.slice(k)]);
  return out;
}

/**
 * 햇- before a tense or aspirated initial (햇콩 → 해콩, 햇팥을 → 해팥을), for a word the dictionary
 * refuses: the 해- form, else null.
 */
export function haeRival(word: string): string | null {
  if (!word.startsWith('햇')) return null;
  return splits(word).length ? `해${word.slice(1)}` : null;
}

/**
 * 해- and a noun of the dictionary of one or two syllables with a tense or aspirated initial, with
 * particles (해콩, 해팥을, 해쑥이): `spell` answers haeQueries.
 */
export function isHaeNoun(word: string, spell: (s: string) => boolean): boolean {
  if (!word.startsWith('해')) return false;
  return splits(word).some(([noun]) => objectForms(noun).some(spell));
}

/** The words isHaeNoun asks about. */
export function haeQueries(word: string): string[] {
  return word.startsWith('해') ? splits(word).flatMap(([noun]) => objectForms(noun)) : [];
}
