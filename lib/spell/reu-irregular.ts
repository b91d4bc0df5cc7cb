// The past of a 르-irregular verb (한글 맞춤법 제18항 9: 르 → ㄹㄹ before -아/-어) the dictionary lists
// only in its other forms: 타오르다 gives 타오른, 타올라 but not 타올랐는데. The form is the stem with
// 르 dropped and ㄹ put under the syllable before, then 랐 after ㅏ/ㅗ and 렀 after any other vowel, then an
// ending the dictionary takes after 몰랐 (모르다) or 흘렀 (흐르다), the same shape.

const finalOf = (c: string) => (c.charCodeAt(0) - 0xac00) % 28;
const vowelOf = (c: string) => Math.floor(((c.charCodeAt(0) - 0xac00) % 588) / 28);
const RIEUL = 8;
const A = 0,
  O = 8;

/** [the 르다 infinitive, the model form with the same ending] for the word, or null. */
function parts(word: string): [string, string] | null {
  const m = /^([\uac00-\ud7a3]*)([\uac00-\ud7a3])(랐|렀)([\uac00-\ud7a3]+)$/.exec(word);
  if (!m) return null;
  const [, head, last, past, ending] = m as unknown as [string, string, string, string, string];
  if (finalOf(last) !== RIEUL) return null;
  const bare = String.fromCharCode(last.charCodeAt(0) - RIEUL);
  const bright = vowelOf(bare) === A || vowelOf(bare) === O;
  if ((past === '랐') !== bright) return null;
  return [`${head}${bare}르다`, `${past === '랐' ? '몰랐' : '흘렀'}${ending}`];
}

/** A 르-irregular verb's past with an ending, the verb listed and the ending one its models take. */
export function isReuPast(word: string, spell: (s: string) => boolean): boolean {
  const p = parts(word);
  return p !== null && word.length >= 4 && spell(p[0]) && spell(p[1]);
}

/** The dictionary answers isReuPast needs. */
export function reuPastQueries(word: string): string[] {
  return parts(word) ?? [];
}
