// Which of two transliterations of one English word writes its vowels: a word and a suggestion with the
// same consonants (랭크 and 링크 beside rank, 스크림 and 스크럼 beside scrim) are the same word misspelt only
// when the suggestion is at least as close to the English vowels. 외래어 표기법 writes a vowel by its sound,
// which the spelling gives only roughly (barbecue → 바비큐, front → 프런트, message → 메시지), so the word
// counts as the closer one only when, at every syllable where the two differ, the word has the vowel the
// English letter is first written with and the suggestion one it is never written with (rank [æ]: 애,
// never 이; scrim [ɪ]: 이, never 어). Where the spelling allows both (o: 오 or 어; e: 에 or 이), the
// suggestion still counts, so 프론트 beside front and 바베큐 beside barbecue stay misspelt. A suggestion with a
// tense stop where the word has the aspirated one (띠어 for 티어) is never the transliteration either.
import { isSyl, parts } from './syllables';

// Hangul vowel indices (ㅏ 0 … ㅣ 20) brought to a simple vowel: ㅑ → ㅏ, ㅘ → ㅏ, ㅟ → ㅣ …
const SIMPLE = [
  'ㅏ',
  'ㅐ',
  'ㅏ',
  'ㅐ',
  'ㅓ',
  'ㅔ',
  'ㅓ',
  'ㅔ',
  'ㅗ',
  'ㅏ',
  'ㅔ',
  'ㅔ',
  'ㅗ',
  'ㅜ',
  'ㅓ',
  'ㅔ',
  'ㅣ',
  'ㅜ',
  'ㅡ',
  'ㅣ',
  'ㅣ',
];
const EU = 18;
// Each English vowel letter: the vowels it is first written with, and every vowel it is written with.
const FIRST: Record<string, string> = { a: 'ㅏㅐ', e: 'ㅔ', i: 'ㅣ', o: 'ㅗ', u: 'ㅜㅓ', y: 'ㅣ' };
const ANY: Record<string, string> = { a: 'ㅏㅐㅓㅔㅗ', e: 'ㅔㅣㅓㅐ', i: 'ㅣㅏ', o: 'ㅗㅓㅏㅜ', u: 'ㅜㅓㅡㅣ', y: 'ㅣㅏ' };

/** The English word's vowel groups (scrims → [i], sento → [e, o]); a final silent e after a consonant is left out. */
function englishGroups(word: string): { letters: string; beforeR: boolean }[] {
  const w = word.toLowerCase();
  const out = [...w.matchAll(/[aeiou]+|(?<=.)y(?![aeiou])/g)].map((m) => ({ letters: m[0], beforeR: w[m.index + m[0].length] === 'r' }));
  if (out.length > 1 && /[^aeiouy]e$/.test(w)) out.pop();
  // Two vowel letters before a final r are two sounds, the second [ə] written 어 (tier → 티어, fear → 피어).
  const last = out.at(-1);
  if (last && last.beforeR && last.letters.length === 2 && w.endsWith(`${last.letters}r`))
    out.splice(-1, 1, { letters: last.letters[0]!, beforeR: false }, { letters: last.letters[1]!, beforeR: true });
  return out;
}

/** The syllables that write a vowel of the English: not ㅡ with no final (스, 크: a lone consonant) nor 슈 before a consonant. */
function vowelSyllables(stem: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i]!;
    if (!isSyl(c)) return [];
    const { v, t } = parts(c);
    if (v === EU && t === 0) continue;
    if (c === '슈' && i + 1 < stem.length && isSyl(stem[i + 1]) && parts(stem[i + 1]!).l !== 11) continue;
    out.push(i);
  }
  return out;
}

const vowelOf = (c: string) => SIMPLE[parts(c).v]!;
// Initial indices: ㅋ 15 → ㄲ 1, ㅌ 16 → ㄸ 4, ㅍ 17 → ㅃ 8.
const TENSE_OF: Record<number, number> = { 15: 1, 16: 4, 17: 8 };

/**
 * Whether `stem` writes the vowels of the English word and `other` (the same consonants, as many
 * syllables) does not, at every syllable where they differ: then `other` is no evidence that `stem` is
 * misspelt. Also 스 where `other` has 슈, which writes [ʃ], when the English has no sh or ch; and ㅋ ㅌ ㅍ
 * where `other` has ㄲ ㄸ ㅃ.
 */
export function writesVowelsBetter(english: string, stem: string, other: string): boolean {
  if (stem.length !== other.length || stem === other) return false;
  const groups = englishGroups(english);
  const mine = vowelSyllables(stem);
  if (mine.length === 0 || mine.length !== groups.length) return false;
  let differs = false;
  for (let i = 0; i < stem.length; i++) {
    const a = stem[i]!,
      b = other[i]!;
    if (a === b) continue;
    if (!isSyl(a) || !isSyl(b)) return false;
    const pa = parts(a),
      pb = parts(b);
    if (pa.t !== pb.t) return false;
    differs = true;
    if (pa.l !== pb.l) {
      // A tense stop where the word has the aspirated one (띠어 beside 티어 ← tier): 외래어 표기법 제1장 제4항
      // writes no tense stop, so the suggestion is no transliteration of the English.
      if (TENSE_OF[pa.l] !== pb.l) return false;
      if (pa.v === pb.v) continue;
    }
    const k = mine.indexOf(i);
    if (k < 0) {
      // 스 against 슈: a lone s, unless the English has sh or ch.
      if (!(a === '스' && b === '슈' && !/sh|ch/i.test(english))) return false;
      continue;
    }
    const { letters, beforeR } = groups[k]!;
    const first = [...letters].map((x) => FIRST[x] ?? '').join('') + (beforeR ? 'ㅓ' : '');
    const any = [...letters].map((x) => ANY[x] ?? '').join('') + (beforeR ? 'ㅓ' : '');
    if (!first.includes(vowelOf(a)) || any.includes(vowelOf(b))) return false;
  }
  return differs;
}
