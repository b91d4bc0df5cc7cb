// One-syllable Sino-Korean suffixes after a two-syllable Sino-Korean word the lexicon lacks (위판 +
// 장 委販場, 폐사 + 율 斃死率, 집어 + 등 集魚燈, 표층 表層's 층): lexicon.ts's sinoPair takes the pair
// with such a suffix, and counts a syllable that is one as ending Sino-Korean nouns.
import { SUFFIXES } from './noun-split';
import { isSyl, parts, L_NIEUN, L_RIEUL, T_NIEUN } from './syllables';

// Of the compound search's one-syllable suffixes (noun-split.ts), those that are no Sino-Korean
// suffix after a noun here: native ones (들, 째, 쪽, 짜리), the -기 of a verb's noun form (짜기, 배기)
// and 하 (下), which is also the start of 하다.
const NOT_AFTER_PAIR = new Set(['들', '째', '쪽', '짜리', '기', '하', '팀']);
// 등 (燈, a lamp: 가로등, 신호등, 형광등, 집어등), which the compound search leaves out as 등 (等,
// and so on) is a noun of its own there.
const MORE = ['등'];

/** Whether the syllable is a one-syllable Sino-Korean suffix (층, 장, 율, 등). */
export function isSinoSuffix(c: string): boolean {
  return (SUFFIXES.has(c) && !NOT_AFTER_PAIR.has(c)) || MORE.includes(c);
}

/**
 * 율 or 률 (率) as 한글 맞춤법 제11항 붙임 1 writes it: 율 after a vowel or ㄴ (폐사율, 할인율), 률
 * elsewhere (사망률, 합격률); 열 (列, 熱) likewise only after a vowel or ㄴ (대기열, 나열). Other suffixes fit
 * any syllable.
 */
export function suffixFits(before: string, suffix: string): boolean {
  if (suffix !== '율' && suffix !== '률' && suffix !== '열') return true;
  if (!isSyl(before)) return false;
  const t = parts(before).t;
  return (t === 0 || t === T_NIEUN) === (suffix !== '률');
}

// ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ, before which the initial-sound law drops an ㄴ or ㄹ (녀 → 여).
const Y_VOWELS = new Set([2, 6, 7, 12, 17, 20]);

/**
 * Whether the initial-sound law (두음 법칙) would rewrite the syllable at the start of a part (녀 → 여,
 * 락 → 낙): in a pair + suffix such a second syllable is where the law left out after a prefix hides
 * (신녀성 is 신 + 여성 misspelt, 신여성, not 신녀 + 성), so sinoPair takes no suffix after it.
 */
export function lawSyllable(c: string): boolean {
  if (!isSyl(c)) return false;
  const { l, v } = parts(c);
  return l === L_RIEUL || (l === L_NIEUN && Y_VOWELS.has(v));
}

/** What follows a one-syllable Sino-Korean suffix that fits after `before` at the start of `tail`, or null. */
export function afterSinoSuffix(before: string, tail: string): string | null {
  const c = tail[0];
  if (c === undefined || !isSinoSuffix(c) || !suffixFits(before, c)) return null;
  return tail.slice(1);
}
