// A double final consonant (겹받침) written as one of its letters (#22, round 13): 한글 맞춤법 keeps
// the stem's letters where the sound drops one (제11항 and 제4장: 훑다, 핥다, 읊조리다, 닭갈비, 넋두리),
// so a refused word is offered the form with the double final, when the dictionary lists it (훝다 → 훑다).
import { compose, isSyl, parts } from './syllables';

// Final indexes: ㄱ1 ㄳ3 ㄴ4 ㄵ5 ㄶ6 ㄹ8 ㄺ9 ㄻ10 ㄼ11 ㄽ12 ㄾ13 ㄿ14 ㅀ15 ㅁ16 ㅂ17 ㅄ18 ㅅ19 ㅈ22 ㅌ25 ㅍ26 ㅎ27.
// Each single final and the double finals that hold it.
const DOUBLES: Record<number, number[]> = {
  1: [3, 9],
  4: [5, 6],
  8: [9, 10, 11, 12, 13, 14, 15],
  16: [10],
  17: [11, 18],
  19: [3, 12, 18],
  22: [5],
  25: [13],
  26: [14],
  27: [6, 15],
};

/** The word with one single final made a double final that holds it (훝다 → 훑다, 닥갈비 → 닭갈비). */
export function doubleFinalCandidates(word: string): string[] {
  if (word.length < 2 || word.length > 8 || ![...word].every(isSyl)) return [];
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const { l, v, t } = parts(word[i]!);
    for (const d of DOUBLES[t] ?? []) out.push(word.slice(0, i) + compose(l, v, d) + word.slice(i + 1));
  }
  return out;
}
