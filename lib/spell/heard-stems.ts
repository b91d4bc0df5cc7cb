// A word written as it is heard where 한글 맞춤법 keeps the letters of its parts (제1항: 소리대로 적되
// 어법에 맞도록): a word the dictionary refuses is that word misspelt when one of these rewritings is a word of
// the dictionary.
// - a double final split, its second letter heard as the next syllable's initial (제4장 제11항 and 제
//   15항 keep the stem: 훑어 [훌터], 읽어 [일거], 젊어 [절머], 밟아 [발바], 앉아 [안자], 몫이 [목씨]):
//   훌터 → 훑어;
// - a double final written as the letter that is heard for it at the end or before a consonant (흙탕물
//   [흑탕물], 여덟 [여덜], 굶주린 [굼주린]): 흑탕물 → 흙탕물;
// - a final heard as the next syllable's initial and written there, or the reverse (제20항 and
//   제23항 keep a noun's form before a vowel but write a word that no longer splits as said: 잡동사니
//   [잡동산이 is no noun and 이], 얼루기): 잡동산이 → 잡동사니;
// - a tense initial heard after a final written as that final (제5항: 이 소리는 적지 않는다 — a tense
//   sound inside a word is written where the word has it, 뒤치다꺼리 [뒤치닥거리], 깍두기): 뒤치닥거리
//   → 뒤치다꺼리.
// Only for a word the dictionary refuses, so its compounds and names keep the compound rules' verdict
// unless the rewriting is a word.
import { compose, isSyl, parts } from './syllables';

// A double final and the letter heard for it at the end of a word or before a consonant (표준 발음법
// 제10항, 제11항: 흙 [흑], 삶 [삼], 여덟 [여덜], 핥다 [할따], 읊다 [읍따], 넋 [넉], 앉다 [안따], 없다 [업따]):
// heard letter (final index) → the double finals written so. ㄶ and ㅀ lose their ㅎ before a vowel
// too (않아 [아나], 앓아 [아라]).
const HEARD_AS: Record<number, number[]> = { 1: [9, 3], 16: [10], 8: [11, 13, 15, 12], 17: [14, 18], 4: [5, 6] };
const H_DOUBLES = new Set([6, 15]);

// A final and the next initial that are one double final heard across the syllables: [final, initial,
// double final] (final indexes ㄱ1 ㄴ4 ㄹ8 ㅂ17; initial indexes ㄱ0 ㅁ6 ㅂ7 ㅅ9 ㅈ12 ㅌ16 ㅍ17).
const SPLIT_DOUBLES: readonly [number, number, number][] = [
  [8, 16, 13], // ㄾ: 훑어 [훌터], 핥아
  [8, 0, 9], // ㄺ: 읽어 [일거], 맑아
  [8, 6, 10], // ㄻ: 젊어 [절머], 삶아
  [8, 7, 11], // ㄼ: 밟아 [발바], 넓어
  [8, 17, 14], // ㄿ: 읊어 [을퍼]
  [4, 12, 5], // ㄵ: 앉아 [안자]
  [1, 9, 3], // ㄳ: 몫이 [목씨]
  [17, 9, 18], // ㅄ: 값이 [갑씨], 없어
];
const L_IEUNG = 11;
// Final index → the initial it sounds as before a vowel (ㄱ ㄲ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅆ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
const FINAL_AS_INITIAL: Record<number, number> = {
  1: 0,
  2: 1,
  4: 2,
  7: 3,
  8: 5,
  16: 6,
  17: 7,
  19: 9,
  20: 10,
  22: 12,
  23: 14,
  24: 15,
  25: 16,
  26: 17,
};
// A final and the plain initial after it that sound as the tense initial: ㄱ+ㄱ [ㄲ], ㅂ+ㅂ [ㅃ], ㄷ or
// ㅅ before ㄷ ㅅ ㅈ [ㄸ ㅆ ㅉ]: [final, plain initial, tense initial].
const TENSE_HEARD: readonly [number, number, number][] = [
  [1, 0, 1],
  [17, 7, 8],
  [7, 3, 4],
  [19, 3, 4],
  [19, 9, 10],
  [7, 12, 13],
  [19, 12, 13],
];

/** The rewritings of the word above (not checked against a dictionary). */
export function heardStemCandidates(word: string): string[] {
  if (word.length < 2 || word.length > 10 || ![...word].every(isSyl)) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const a = parts(word[i]!);
    const beforeVowel = i + 1 < word.length && parts(word[i + 1]!).l === L_IEUNG;
    for (const d of HEARD_AS[a.t] ?? [])
      if (!beforeVowel || H_DOUBLES.has(d)) out.add(word.slice(0, i) + compose(a.l, a.v, d) + word.slice(i + 1));
  }
  for (let i = 0; i + 1 < word.length; i++) {
    const a = parts(word[i]!),
      b = parts(word[i + 1]!);
    const put = (x: string, y: string) => out.add(word.slice(0, i) + x + y + word.slice(i + 2));
    for (const [t, l, d] of SPLIT_DOUBLES) if (a.t === t && b.l === l) put(compose(a.l, a.v, d), compose(L_IEUNG, b.v, b.t));
    // Before a last 이 in a word of four syllables or more only: a short word moves its final too often
    // into another word (깍아 → 까가), and a noun before a particle keeps it (장관은, not 장과는).
    if (i > 0 && i + 2 === word.length && word[i + 1] === '이' && word.length >= 4 && FINAL_AS_INITIAL[a.t] !== undefined)
      put(compose(a.l, a.v, 0), compose(FINAL_AS_INITIAL[a.t]!, b.v, b.t));
    for (const [t, l, tense] of TENSE_HEARD) if (a.t === t && b.l === l) put(compose(a.l, a.v, 0), compose(tense, b.v, b.t));
  }
  out.delete(word);
  return [...out];
}

/** The word of the dictionary the refused word is written as heard for (훌터 → 훑어), or null. */
export function heardStemRival(word: string, spell: (s: string) => boolean): string | null {
  return heardStemCandidates(word).find(spell) ?? null;
}
