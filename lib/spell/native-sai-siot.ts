// A compound with a sai-siot after a noun (한글 맞춤법 제30항: 나잇대, 갈빗집, 나뭇가지), which the
// dictionary lists for some nouns only. Accepted as a word when the parts say the norm writes the ㅅ
// there: the first part, without the ㅅ, is a noun of the dictionary of two syllables or more and no
// standard loanword (loanwords take none: 피자집); the second part is a noun whose plain initial the ㅅ
// makes tense (ㄱ ㄷ ㅂ ㅅ ㅈ: 대 [때], 집 [찝]; not ㅁ or ㄴ, where 머릿말 and 인삿말 are errors, and
// not a tense or aspirated initial, 윗층) or one of the few before which it adds an ㄴ (물, 잎: 양칫물,
// 나뭇잎, whatever the first part: 제30항 2 writes it after a Sino-Korean one too); then particles; and no style-guide confusion of the word is a
// word of the dictionary: the ㅅ-less form listed makes the word its misspelling (two Sino-Korean parts
// take no sai-siot save six words, 제30항 3: the dictionary's 전세방 makes 전셋방 an error). The larger
// lexicon cannot tell a Sino-Korean first part (it holds 나이 and 갈비 too). Nor when one vowel changed
// makes a word of the dictionary (미싯가루 is 미숫가루 misspelt, though 미시 is a noun), nor when the ㅅ
// written ㄷ does (반짓고리 → 반짇고리, 제29항). The ㅅ-less form
// of an accepted word stays a misspelling by the norm's rule (norm-forms.ts: 나이대 → 나잇대).
import { strongConfusions } from './confusions';
import { isStandardLoanword } from './loanwords';
import { objectForms } from './noun-probes';
import { compose, isSyl, parts, T_DIGEUT, T_SIOT } from './syllables';
import { nounTail } from './word-shapes';

// Plain initials ㄱ ㄷ ㅂ ㅅ ㅈ, which a sai-siot makes tense.
const PLAIN = new Set([0, 3, 7, 9, 12]);
// Second parts before which a sai-siot adds an ㄴ sound after any vowel (제30항 1(2), 2(2) and 1(3),
// 2(3): 빗물, 냇물, 양칫물, 수돗물 [수돈물]; 아랫마을; 툇마루; 나뭇잎, 깻잎, 배춧잎 [배춘닙]), unlike 말
// (머리말, 인사말 say no ㄴ) or 머리 (소머리): whether the ㄴ is said is the word's, so only these.
const NASAL_AFTER = ['물', '마을', '마당', '마루', '잎'];

/** [first part without the ㅅ, the word after it] at each syllable with a final ㅅ before a plain initial. */
function cuts(word: string): [string, string][] {
  const out: [string, string][] = [];
  if (word.length < 3 || word.length > 12) return out;
  for (let i = 1; i < word.length - 1; i++) {
    const c = word[i]!,
      next = word[i + 1]!;
    if (!isSyl(c) || !isSyl(next) || parts(c).t !== T_SIOT) continue;
    if (!PLAIN.has(parts(next).l) && !NASAL_AFTER.some((n) => word.startsWith(n, i + 1))) continue;
    out.push([word.slice(0, i) + compose(parts(c).l, parts(c).v, 0), word.slice(i + 1)]);
  }
  return out;
}

/** Whether the word is a native noun, a sai-siot and a noun, with particles (나잇대, 갈빗집을). */
export function isNativeSaiSiot(word: string, spell: (s: string) => boolean): boolean {
  const noun = (s: string) => objectForms(s).some(spell);
  const found = cuts(word).some(([first, rest]) => {
    if (!noun(first) || isStandardLoanword(first)) return false;
    for (let j = 1; j <= rest.length; j++) if (noun(rest.slice(0, j)) && nounTail(rest.slice(j))) return true;
    return false;
  });
  return found && !strongConfusions(word).some(spell) && !vowelVariants(word).some(spell) && !digeutForms(word).some(spell);
}

/**
 * The word with the ㅅ written ㄷ (한글 맞춤법 제29항: a compound whose ㄹ turned ㄷ, 반짇고리, 숟가락,
 * 섣달): when the dictionary knows that form, the ㅅ is its misspelling (반짓고리, though 반지 and 고리
 * are nouns).
 */
function digeutForms(word: string): string[] {
  return cuts(word).map(([first, rest]) => {
    const i = first.length - 1;
    const { l, v } = parts(first[i]!);
    return first.slice(0, i) + compose(l, v, T_DIGEUT) + rest;
  });
}

/**
 * The word with one vowel changed (미싯가루 → 미숫가루): when the dictionary knows one, the word is
 * more likely that word misspelt than a compound it lacks (미시 is a noun too, so 미싯가루 splits).
 */
function vowelVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (!isSyl(word[i])) continue;
    const { l, v, t } = parts(word[i]!);
    for (let v2 = 0; v2 < 21; v2++) if (v2 !== v) out.push(word.slice(0, i) + compose(l, v2, t) + word.slice(i + 1));
  }
  return out;
}

/** The dictionary answers isNativeSaiSiot needs. */
export function nativeSaiSiotQueries(word: string): string[] {
  const found = cuts(word);
  if (!found.length) return [];
  const out = found.flatMap(([first, rest]) => [...objectForms(first), ...[...rest].flatMap((_, j) => objectForms(rest.slice(0, j + 1)))]);
  return [...out, ...strongConfusions(word), ...vowelVariants(word), ...digeutForms(word)];
}
