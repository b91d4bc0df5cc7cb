// The precision gate (#22, round 9): an unknown word is flagged only with evidence that it is a
// misspelling rather than a correct word the dictionary lacks (a name, a loanword, a compound).
import { disassemble } from 'es-hangul';
import { isSyl, parts } from './syllables';
import type { WordVerdict } from './types';

/** The word as a string of jamo (값 → ㄱㅏㅂㅅ, 왜 → ㅇㅗㅐ): letters, as a speller sees them. */
export function jamo(word: string): string {
  return disassemble(word);
}

/** Levenshtein distance between two strings (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Jamo edit distance between two Hangul words. */
export function jamoDistance(a: string, b: string): number {
  return editDistance(jamo(a), jamo(b));
}

/**
 * The largest jamo distance at which a suggestion counts as a rival correct form. Chosen on the sets
 * before round 9 only (bench/spell/gate.ts, README round 9).
 */
export const GATE_MAX_JAMO_DISTANCE = 3;

/**
 * Whether the suggestion only puts another syllable in one place, sharing none of its letters (섞박지 →
 * 질박지: ㅅㅓㄲ and ㅈㅣㄹ): a different word, not a slip of the hand or ear, which keeps a letter or two
 * of the syllable it misspells (금새 → 금세, 희얀 → 희한, 미장센 → 미장원).
 */
export function otherSyllable(word: string, suggestion: string): boolean {
  if (word.length !== suggestion.length) return false;
  let diff = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === suggestion[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  if (!isSyl(word[diff]) || !isSyl(suggestion[diff])) return false;
  const a = parts(word[diff]!),
    b = parts(suggestion[diff]!);
  return a.t !== 0 && b.t !== 0 && a.l !== b.l && a.v !== b.v && a.t !== b.t;
}

// Initial consonants (choseong index) a misspelling confuses at a word's start, by family: ㄱㄲㅋ, ㄷㄸㅌ,
// ㅂㅃㅍ, ㅅㅆㅈㅉㅊ (쏘세지, 쵸콜릿, 짜투리), ㄴㄹㅇ (the initial-sound law: 녀/여, 락/낙), ㅁ; ㅎ goes with ㅍ
// ([f]: 화일, 후라이) and ㅇ (a dropped or added h).
const ONSET_FAMILY: Record<number, string> = {
  0: 'k',
  1: 'k',
  15: 'k',
  3: 't',
  4: 't',
  16: 't',
  7: 'p',
  8: 'p',
  17: 'p',
  9: 's',
  10: 's',
  12: 's',
  13: 's',
  14: 's',
  2: 'n',
  5: 'n',
  11: 'n',
  6: 'm',
  18: 'h',
};

function sameOnsetFamily(a: number, b: number): boolean {
  if (a === b || ONSET_FAMILY[a] === ONSET_FAMILY[b]) return true;
  const h = (x: number, y: number) => ONSET_FAMILY[x] === 'h' && (ONSET_FAMILY[y] === 'p' || y === 11);
  return h(a, b) || h(b, a);
}

/**
 * Whether the suggestion begins with a consonant no misspelling puts for the word's first one: another
 * word (캘린더 → 실린더, 씀바귀 → 틈바귀, 헥타르 → 카타르, 프로폴리스 → 아크로폴리스), as a slip of the hand or
 * ear keeps the first consonant or one of its family (쭈꾸미 → 주꾸미, 화일 → 파일, 년말 → 연말).
 */
export function otherOnset(word: string, suggestion: string): boolean {
  if (word[0] === suggestion[0] || !isSyl(word[0]) || !isSyl(suggestion[0])) return false;
  return !sameOnsetFamily(parts(word[0]!).l, parts(suggestion[0]!).l);
}

/**
 * Whether a word the dictionary refuses is shown to be a misspelling: a known one (the curated table,
 * the rules on endings and stems, a style-guide confusion of a listed word: verdict.rival), or a
 * correct form a few letters away among its suggestions (금새 → 금세, 1 jamo; 리더쉽 → 리더십, 1). A
 * suggestion that only writes the word apart (베냉에 → 베 냉에) is spacing, not spelling, and proves
 * nothing. Without such evidence the word is more likely a correct word the dictionary lacks (a name,
 * a loanword, a compound: 라이프치히의 ↔ 라이프니츠의 is 3 apart only by chance; 온열질환자 ↔ 만성질환 7).
 */
export function hasMisspellingEvidence(word: string, verdict: WordVerdict, maxDistance = GATE_MAX_JAMO_DISTANCE): boolean {
  if (verdict.rival) return true;
  const letters = jamo(word);
  return verdict.suggestions.some((s) => {
    if (s.includes(' ') && s.replace(/\s+/g, '') === word) return false;
    if (otherSyllable(word, s) || otherOnset(word, s)) return false;
    return editDistance(letters, jamo(s)) <= maxDistance;
  });
}
