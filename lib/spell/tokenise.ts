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

type Kind = 'h' | 'l' | 'o';
/** Hangul syllable, glue (Latin, digits, full-width forms, Latin-1/Extended letters, jamo) or other. */
function kindOf(c: number): Kind {
  if (c >= 0xac00 && c <= 0xd7a3) return 'h';
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'l';
  if (c < 0xc0) return 'o';
  if (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  )
    return 'l';
  // Compatibility and conjoining jamo (ㅋㅋ, ㅠㅠ): never checked, and glue like Latin.
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e)) return 'l';
  return 'o';
}
const isDigit = (c: number) => c >= 48 && c <= 57;

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
    if (kindOf(text.charCodeAt(i)) !== 'h') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && kindOf(text.charCodeAt(j)) === 'h') j++;
    const before = i > 0 ? text[i - 1]! : '';
    // Glued after a closing bracket or quote: the particle of a glossed or quoted word ((KPX)는, ‘금새’라는).
    const gluedLeft =
      before !== '' &&
      (/[)\]）’”'"」』》〉%‰°㎡㎞㎏㎎℃$€£¥₩]/.test(before) ||
        kindOf(before.charCodeAt(0)) === 'l' ||
        (/[.,·]/.test(before) && i > 1 && isDigit(text.charCodeAt(i - 2))));
    const after = j < n ? text[j]! : '';
    // A single syllable glued to a number on its right is a number prefix (제11차, 약3, 총5).
    const numberPrefix = j - i === 1 && j < n && isDigit(text.charCodeAt(j));
    if (!gluedLeft && !numberPrefix)
      out.push({ word: text.slice(i, j), start: i, end: j, glossed: after === '(' || after === '[' || after === '（' });
    i = j;
  }
  return out;
}
