// Splits Korean target text into the words the spelling check looks at. Only Hangul runs are
// candidates: Latin runs, acronyms and numbers are never spelling errors here, and the Hangul
// glued after them is a counter or a particle (2차, 3분의, 1천300곳, KPX는, WFP을), so it is
// skipped too. Hangul glued BEFORE a Latin run is a word of its own (세계식량계획WFP) and is kept.
// Punctuation, quotes, brackets and middle dots split words; a word directly followed by an
// opening bracket is glossed by the translator (전력거래소(KPX), 이순자(78)): a name or term,
// marked `glossed` so the caller can let it pass. Hangul glued after a closing bracket or quote is
// that word's particle and is skipped.

export interface SpellToken {
  word: string;
  start: number;
  end: number;
  /** Directly followed by "(" or "[": the translator glossed it (a name, a term, an age). */
  glossed: boolean;
}

const HANGUL = /[\uac00-\ud7a3]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00c0-\u024f]/;
// Compatibility jamo and conjoining jamo (ㅋㅋ, ㅠㅠ): never checked.
const JAMO = /[\u1100-\u11ff\u3131-\u318e]/;

type Kind = 'h' | 'l' | 'o';
const kindOf = (c: string): Kind => (HANGUL.test(c) ? 'h' : LATIN_OR_DIGIT.test(c) || JAMO.test(c) ? 'l' : 'o');

/**
 * The Hangul words of a text, with their offsets. "l" runs (Latin, digits, jamo) are glue: a
 * Hangul run touching one on its left is skipped. A decimal point or comma between digits and
 * symbols such as %, ㎡, ° count as glue as well (6.2%, 1,300명, 7㎡도).
 */
export function spellTokens(text: string): SpellToken[] {
  const out: SpellToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = kindOf(text[i]!);
    if (k !== 'h') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && kindOf(text[j]!) === 'h') j++;
    const before = i > 0 ? text[i - 1]! : '';
    // Glued after a closing bracket or quote: the particle of a glossed or quoted word ((KPX)는, ‘금새’라는).
    const gluedLeft = before !== '' && (/[)\]）’”'"」』》〉]/.test(before) || kindOf(before) === 'l' || /[%‰°㎡㎞㎏㎎℃.,·]/.test(before) && i > 1 && /[0-9]/.test(text[i - 2]!) || /[%‰°㎡㎞㎏㎎℃$€£¥₩]/.test(before));
    const after = j < n ? text[j]! : '';
    // A single syllable glued to a number on its right is a number prefix (제11차, 약3, 총5).
    const numberPrefix = j - i === 1 && j < n && /[0-9]/.test(text[j]!);
    if (!gluedLeft && !numberPrefix) out.push({ word: text.slice(i, j), start: i, end: j, glossed: after === '(' || after === '[' || after === '（' });
    i = j;
  }
  return out;
}
