// A four-syllable word that splits into two nouns by chance, one sound-alike error away from a
// four-syllable noun the dictionary lists whole (유비무한 → 유비무환, 무당결근 → 무단결근).
import { objectForms } from './noun-probes';
import { nounTail } from './word-shapes';

// Vowels heard alike, which a word written from its sound confuses (임기웅변 → 임기응변, 비지니스 →
// 비즈니스), as pairs of medial indexes (ㅏ 0 … ㅣ 20): ㅐ/ㅔ/ㅖ/ㅒ, ㅙ/ㅚ/ㅞ, ㅓ/ㅗ/ㅕ/ㅛ, ㅜ/ㅡ/ㅠ,
// ㅡ/ㅣ/ㅢ, ㅏ/ㅘ, ㅓ/ㅝ.
const ALIKE_PAIRS: [number, number][] = [
  [1, 5],
  [1, 7],
  [5, 7],
  [3, 7],
  [10, 11],
  [10, 15],
  [11, 15],
  [4, 8],
  [4, 6],
  [8, 12],
  [13, 18],
  [13, 17],
  [18, 20],
  [20, 19],
  [18, 19],
  [0, 9],
  [4, 14],
];
const ALIKE_VOWELS: Record<number, number[]> = {};
for (const [a, b] of ALIKE_PAIRS) {
  (ALIKE_VOWELS[a] ??= []).push(b);
  (ALIKE_VOWELS[b] ??= []).push(a);
}

// A final written as it is heard before the next initial (표준 발음법 제18–20항 and the place
// assimilation of quick speech), as pairs [written final, next initials, the final it stands for]:
// ㅇ for ㄱ before ㄴ ㅁ ㄹ (토사광란 for 토사곽란, said [광난]), ㅁ for ㅂ before ㄴ ㅁ ㄹ (암력 for
// 압력), ㅁ for ㄴ before ㅂ ㅃ ㅍ ㅁ (중구남방 for 중구난방), ㅇ for ㄴ before ㄱ ㄲ ㅋ (항국 for 한국),
// ㄹ for ㄴ before ㄹ (곤날 for 곤란's [골란]). Finals: ㄱ 1, ㄴ 4, ㄹ 8, ㅁ 16, ㅂ 17, ㅇ 21;
// initials: ㄱ 0, ㄲ 1, ㄴ 2, ㄹ 5, ㅁ 6, ㅂ 7, ㅃ 8, ㅋ 15, ㅍ 17.
const HEARD_FINALS: [number, readonly number[], number][] = [
  [21, [2, 6, 5], 1],
  [16, [2, 6, 5], 17],
  [16, [7, 8, 17, 6], 4],
  [21, [0, 1, 15], 4],
  [8, [5], 4],
];

/**
 * A four-syllable stem with one vowel changed for one heard alike, and the half of it that changed
 * (`heard`: a final changed for the one it is heard as instead, HEARD_FINALS).
 */
function rivalForms(stem: string): { form: string; half: string; heard?: true }[] {
  const out: { form: string; half: string; heard?: true }[] = [];
  for (let i = 0; i < 4; i++) {
    const code = stem.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) return [];
    const v = Math.floor((code % 588) / 28);
    const half = (form: string) => (i < 2 ? form.slice(0, 2) : form.slice(2));
    for (const v2 of ALIKE_VOWELS[v] ?? []) {
      const form = stem.slice(0, i) + String.fromCharCode(0xac00 + code + (v2 - v) * 28) + stem.slice(i + 1);
      out.push({ form, half: half(form) });
    }
    if (i === 3) continue;
    const next = Math.floor((stem.charCodeAt(i + 1) - 0xac00) / 588);
    for (const [t, before, t2] of HEARD_FINALS) {
      if (code % 28 !== t || !before.includes(next)) continue;
      const form = stem.slice(0, i) + String.fromCharCode(0xac00 + code - t + t2) + stem.slice(i + 1);
      out.push({ form, half: half(form), heard: true });
    }
  }
  return out;
}

const rivalStem = (word: string) => (word.length >= 4 && word.length <= 8 && nounTail(word.slice(4)) ? word.slice(0, 4) : null);

/**
 * A four-syllable word (with particles) the dictionary lacks that splits into two two-syllable nouns
 * by chance: one vowel heard alike away from a four-syllable noun the dictionary lists whole, whose
 * changed half is no noun on its own (임기웅변 is 임기 + 웅변, but 임기응변 is listed and 응변 is no
 * noun; 비지니스 → 비즈니스). Hunspell's CHECKCOMPOUNDREP works so: a compound loses to a word of the
 * dictionary one common error away. The rival with the word's particles, or null. A rival whose changed half is a noun is only
 * another compound (대만해협 and 대한해협), and proves nothing, unless the word writes a final of the
 * rival as it is heard before the next syllable (HEARD_FINALS: 무당결근 → 무단결근).
 */
export function wholeRival(word: string, spell: (s: string) => boolean): string | null {
  const stem = rivalStem(word);
  if (stem === null) return null;
  const noun = (s: string) => objectForms(s).some(spell);
  if (!noun(stem.slice(0, 2)) || !noun(stem.slice(2))) return null;
  // A final written as heard is the sound of the rival itself, so its half may be a noun too
  // (중구남방 → 중구난방, though 난방 is a noun): the writer wrote what the listed word sounds like.
  for (const r of rivalForms(stem)) if (noun(r.form) && (r.heard || !noun(r.half))) return r.form + word.slice(4);
  return null;
}

/** The strings whose dictionary answers wholeRival needs: each rival and its changed half, as nouns. */
export function wholeRivalQueries(word: string): string[] {
  const stem = rivalStem(word);
  if (stem === null) return [];
  return rivalForms(stem).flatMap((r) => [...objectForms(r.form), ...objectForms(r.half)]);
}
