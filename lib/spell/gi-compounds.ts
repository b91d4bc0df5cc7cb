// Compound nouns of a noun and a verb's noun form in -기 (표준국어대사전 lists many: 줄넘기, 글짓기,
// 모내기, 널뛰기; not every one of a trade: 채낚기, jigging, 채 'a rod' + 낚기 of 낚다). A noun of the
// dictionary, a stem the dictionary takes with -다 and with -기, then particles or the copula, is a word.
// Not where the word is a misspelling of that shape:
// - one style-guide confusion from a word of the dictionary (strongConfusions: 풋나기 → 풋내기);
// - the same stem in -이, the noun of the person or the dish (한글 맞춤법 제23항: 떡볶이, 구두닦이),
//   listed by the dictionary: 떡볶기 is that word misspelt;
// - -배기 after a final that makes it tense, of another morpheme (한글 맞춤법 제54항: [빼기] written
//   -빼기, 얼룩빼기, 곱빼기, 코빼기; -배기 only where it is said [배기], 나이배기, or inside one
//   morpheme, 뚝배기): 얼룩배기 is 얼룩빼기 misspelt, not 얼룩 + 배기 of 배다.
import { strongConfusions } from './confusions';
import { objectForms } from './noun-probes';
import { isSyl, parts } from './syllables';
import { COPULA, nounTail } from './word-shapes';

/** [head noun, verb stem, what follows -기] for every place the word may split so. */
function splits(word: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (word.length < 3 || word.length > 10) return out;
  for (let k = 2; k < word.length; k++) {
    if (word[k] !== '기') continue;
    const tail = word.slice(k + 1);
    if (tail !== '' && !nounTail(tail) && !COPULA.has(tail)) continue;
    // The stem ends in a final (verbProbes).
    if (!isSyl(word[k - 1]) || parts(word[k - 1]!).t === 0) continue;
    for (let h = 1; h < k; h++) out.push([word.slice(0, h), word.slice(h, k), tail]);
  }
  return out;
}

// Finals after which a plain ㅂ is said tense (ㄱ ㄲ ㄳ ㄷ ㅂ ㅄ ㅅ ㅆ ㅈ ㅊ ㅋ ㅌ ㅍ): the obstruents.
const OBSTRUENT_FINALS = new Set([1, 2, 3, 7, 17, 18, 19, 20, 22, 23, 24, 25, 26]);

/** The word with -배기 after an obstruent final written -빼기 (얼룩배기 → 얼룩빼기), for each place. */
function ppaegiForms(word: string): string[] {
  const out: string[] = [];
  for (let i = 2; i + 1 < word.length; i++) {
    if (word[i] !== '배' || word[i + 1] !== '기' || !isSyl(word[i - 1])) continue;
    if (!OBSTRUENT_FINALS.has(parts(word[i - 1]!).t)) continue;
    const tail = word.slice(i + 2);
    if (tail !== '' && !nounTail(tail) && !COPULA.has(tail)) continue;
    out.push(`${word.slice(0, i)}빼${word.slice(i + 1)}`);
  }
  return out;
}

/**
 * -배기 written where the norm has -빼기 (얼룩배기 → 얼룩빼기, 얼룩배기를 → 얼룩빼기를): the -빼기 form
 * when the dictionary lists it, else null. For a word the dictionary refuses (뚝배기 is one morpheme).
 */
export function ppaegiRival(word: string, spell: (s: string) => boolean): string | null {
  return ppaegiForms(word).find(spell) ?? null;
}

/**
 * What the dictionary is asked of a stem: -다, -기 and -는, the verb's present form, which no noun
 * takes after a final (낚는, 넘는; a noun takes 은). So the stem ends in a final: after a vowel 는 and
 * 다 are also a noun's particle and copula (테는, 테다 of the noun 테), and 덤테기, 살고기 (살코기),
 * 맛배기 (맛보기) would pass as a noun and 테다, 고다, 배다.
 */
const verbProbes = (stem: string) => [`${stem}다`, `${stem}기`, `${stem}는`];

/** A noun, a verb's -기 form and particles (채낚기, 채낚기를), not a misspelling of that shape. */
export function isGiCompound(word: string, spell: (s: string) => boolean): boolean {
  const found = splits(word).some(
    ([head, stem, tail]) => objectForms(head).some(spell) && verbProbes(stem).every(spell) && !spell(`${head}${stem}이${tail}`),
  );
  return found && !strongConfusions(word).some(spell) && ppaegiRival(word, spell) === null;
}

/** The dictionary answers isGiCompound and ppaegiRival need. */
export function giCompoundQueries(word: string): string[] {
  const found = splits(word);
  const out = found.flatMap(([head, stem, tail]) => [...objectForms(head), ...verbProbes(stem), `${head}${stem}이${tail}`]);
  return [...out, ...(found.length ? strongConfusions(word) : []), ...ppaegiForms(word)];
}
