// A precomposed Hangul syllable (U+AC00–U+D7A3) split into its initial, vowel and final indices and
// put back together (Unicode's arithmetic, 19 × 21 × 28): the one copy the spelling rules share.
export const BASE = 0xac00;
export const isSyl = (c: string | undefined) => c !== undefined && c >= '\uac00' && c <= '\ud7a3';
export const parts = (c: string) => {
  const code = c.charCodeAt(0) - BASE;
  return { l: Math.floor(code / 588), v: Math.floor((code % 588) / 28), t: code % 28 };
};
export const compose = (l: number, v: number, t: number) => String.fromCharCode(BASE + (l * 21 + v) * 28 + t);
