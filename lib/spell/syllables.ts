// A precomposed Hangul syllable (U+AC00–U+D7A3) split into its initial, vowel and final indices and
// put back together (Unicode's arithmetic, 19 × 21 × 28): the one copy the spelling rules share.
export const BASE = 0xac00;
export const isSyl = (c: string | undefined) => c !== undefined && c >= '\uac00' && c <= '\ud7a3';
export const parts = (c: string) => {
  const code = c.charCodeAt(0) - BASE;
  return { l: Math.floor(code / 588), v: Math.floor((code % 588) / 28), t: code % 28 };
};
export const compose = (l: number, v: number, t: number) => String.fromCharCode(BASE + (l * 21 + v) * 28 + t);

// Jamo indices the spelling rules name (L_: initial, V_: vowel, T_: final, as `parts` gives them).
export const L_NIEUN = 2;
export const L_RIEUL = 5;
export const L_MIEUM = 6;
export const L_SIOT = 9;
export const L_IEUNG = 11;
export const L_PIEUP_ASP = 17;
export const L_HIEUH = 18;
export const V_A = 0;
export const V_AE = 1;
export const V_YA = 2;
export const V_EO = 4;
export const V_E = 5;
export const V_YEO = 6;
export const V_WI = 16;
export const V_YU = 17;
export const V_EU = 18;
export const V_I = 20;
export const T_NIEUN = 4;
export const T_NH = 6;
export const T_DIGEUT = 7;
export const T_RIEUL = 8;
export const T_MIEUM = 16;
export const T_PIEUP = 17;
export const T_SIOT = 19;
export const T_SSANGSIOT = 20;
export const T_HIEUT = 27;
