// Whether a Hangul word writes an English word (에이전트 for “agent”, 플랜 for “plan”): the
// consonants, the syllable count, the first vowel and the last syllable. Pure helpers of the
// phrase-consistency passes that look for an English word written in Hangul (phrase-loans.ts).
import { hangulSkeleton, skeleton } from '../align/names';
import { romanized as romanize } from './romanized';
import { transliterates } from './phrase-synonyms';

/** Keys of an English word as Korean writes it: an unwritten r (yard → 야드), a soft c or g, an s
 *  between vowels voiced (season → 시즌), -tion as 션 (rotation → 로테이션). */
export function englishKeys(w: string): string[] {
  const forms = [w];
  const soft = w
    .replace(/r(?![aeiouy])/g, '')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/c(?=[eiy])/g, 's');
  forms.push(soft, soft.replace(/(?<=[aeiou])s(?=[aeiou])/g, 'z'), soft.replace(/[ts]ion/g, 'shon'));
  return [...new Set(forms.map(skeleton))].filter((k) => k.length >= 2);
}

// Syllables of the vowel ㅡ with no final consonant (그, 드, 스, 트 …): a consonant English writes alone.
const EPENTHETIC = /[그느드르므브스으즈츠크트프흐]/;

/** The syllables of a Hangul word that may write a consonant or a glide of English (스, 트, 름, 지,
 *  치, and 이/우 with no consonant before: 에이전트, 스카우트): the vowel ㅡ, or ㅣ and no final. */
function epenthetic(hangul: string): number {
  let n = 0;
  for (const ch of hangul) {
    const c = ch.charCodeAt(0) - 0xac00;
    if (c < 0 || c > 11171) continue;
    const vowel = Math.floor(c / 28) % 21;
    const open = c % 28 === 0;
    // 으 with a final too (필름, 리얼리즘: a cluster of the English written 르, 즈 plus the last consonant).
    // 이/우 after a vowel, a final or not (파일럿, 타임: an English diphthong written in two syllables).
    if (vowel === 18 || (open && vowel === 20) || (Math.floor(c / 588) === 11 && (vowel === 20 || vowel === 13))) n++;
  }
  return n;
}

/** How many vowel groups the English word has (a syllable of Korean each, give or take). */
const vowelGroups = (w: string) => w.match(/[aeiouy]+/g)?.length ?? 0;

/**
 * The Hangul word writes the English word: the same consonants (a Korean reading of the spelling)
 * and about as many syllables as the word has vowels — one more for each diphthong (scout → 스카우트)
 * and two more for final or clustered consonants (스, 트).
 */
export function writesEnglish(hangul: string, english: string): boolean {
  const w = english.toLowerCase().replace(/[^a-z]/g, '');
  if (hangul.length < 2 || w.length < 4) return false;
  const v = vowelGroups(w);
  const diphthongs = w.match(/ou|ow|ai|ay|ei|ey|oi|oy|ea|ia|io|eo|ua|uo|ie/g)?.length ?? 0;
  if (hangul.length < v || hangul.length > v + 2 + diphthongs) return false;
  // The syllables beyond the English vowels write consonants (플랜, 캠프, 페이지, 스카우트): 으 or
  // 이 with no final, or a glide's 이/우 after a vowel. A word whose extra syllables carry vowels
  // of their own (발의한 for “plan”, 공교육 for “gong”) is a Korean word, or a verb form, that
  // shares the consonants.
  if (hangul.length - v - diphthongs > epenthetic(hangul)) return false;
  const k = hangulSkeleton(hangul);
  // Two consonants say little (월드 for “world”): the whole word romanised must match, and a
  // syllable of 으 after the first must write a consonant cluster as loans do (드, 스: 호우 is no “hour”).
  if (k.length < 3) return EPENTHETIC.test(hangul.slice(1)) && transliterates(hangul, w);
  return englishKeys(w).includes(k) && firstVowelFits(hangul, w) && lastSyllableFits(hangul, w);
}

/**
 * A final consonant of the English (fund, camp, agent, page, season: a silent e looked through) is
 * written in Hangul as a final consonant (시즌, 티켓) or a syllable of 으 or 이 (펀드, 캠프, 페이지,
 * 플래시); a word whose last syllable is open on another vowel (반대, 자녀) writes an English vowel
 * there, so it is a native or Sino-Korean word with the same consonants, not this word. An r, w,
 * y or h at the end is read as a vowel (엔지니어, 쇼, 파티).
 */
function lastSyllableFits(hangul: string, english: string): boolean {
  const w = english.replace(/([^aeiou])e$/, '$1');
  if (/[aeiouyrwh]$/.test(w)) return true;
  const code = hangul.charCodeAt(hangul.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return true;
  const vowel = Math.floor(code / 28) % 21;
  // A final consonant, or the vowel ㅡ (18) or ㅣ (20).
  return code % 28 !== 0 || vowel === 18 || vowel === 20;
}

// The Korean readings of an English vowel letter at a word's first vowel (agent → 에이, season →
// 시, rotation → 로, scout → 카우, voice → 보이, phishing → 피): the consonants alone match too
// many words (warned, 아일랜드).
const VOWEL_READINGS: Record<string, string[]> = {
  a: ['a', 'ae', 'e', 'ei'],
  e: ['e', 'i', 'ae', 'eo'],
  i: ['i', 'ai', 'eo'],
  o: ['o', 'a', 'eo', 'u'],
  u: ['eo', 'u', 'yu', 'a'],
  y: ['i', 'ai'],
};
function firstVowelFits(hangul: string, english: string): boolean {
  // A word that starts with a vowel (agent, average) starts with ㅇ in Hangul, one with w or y with
  // ㅇ and a glide (워, 유), any other with a consonant (프로야구 is no “average”, 아일랜드 no “warned”).
  const silentOnset = Math.floor((hangul.charCodeAt(0) - 0xac00) / 588) === 11;
  const glide = /^[wy]/.test(romanize(hangul[0]!).replace(/^[^aeiouyw]+/, ''));
  if (/^[aeiou]/.test(english) ? !silentOnset : /^[wy]/.test(english) ? !(silentOnset && glide) : silentOnset) return false;
  const e = english.match(/[aeiouy]/)?.[0];
  // The vowel of the first syllable (the epenthetic 으 of a cluster skipped: 스카우트, 스프링) and of
  // a vowel syllable after it (에이, 타임: a diphthong written in two syllables).
  const chars = [...hangul];
  const vowel = (c: string) =>
    romanize(c)
      .replace(/^[^aeiouyw]+/, '')
      .replace(/[^aeiouyw]+$/, '');
  let j = 0;
  while (j < chars.length - 1 && vowel(chars[j]!) === 'eu') j++;
  const next = chars[j + 1];
  const onsetless = !!next && Math.floor((next.charCodeAt(0) - 0xac00) / 588) === 11;
  if (!e) return false;
  const v1 = vowel(chars[j]!).replace(/^w/, '');
  const v2 = onsetless ? vowel(next) : '';
  // An a before l or w, or after w, is read o (ball → 볼, law → 로, water → 워터).
  const readings = e === 'a' && /a[lw]|wa/.test(english) ? ['o', ...VOWEL_READINGS.a!] : (VOWEL_READINGS[e] ?? []);
  // The first syllable's vowel is the reading, or begins the reading the next syllable completes (에 + 이).
  return readings.some((r) => v1 === r || (r.length > v1.length && (v1 + v2).startsWith(r)));
}
