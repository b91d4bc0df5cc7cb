// Word shapes of romanised East Asian names: a Latin word whose every syllable is one of the
// romanisation's syllables is a name copied from the source, not an English word Korean news keeps
// (Arm, Reuters, Fed do not split so). Korean (Revised Romanization and the usual variants:
// Kaesong, Pyongyang, Chung, Lee), Chinese Hanyu Pinyin (Qingdao, Tianjin, Zhou Jianping, Li Wei)
// and Japanese Hepburn (Fukuoka, Hokkaido, Kenji Takeda, Tokyo).

const KO_ONSET = '(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?';
const KO_VOWEL = '(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|ou|oi|ai|ei|a|e|i|o|u)';
const KO_CODA = '(?:ng|[kntlmpg])?';
const KOREAN_RE = new RegExp(`^(?:${KO_ONSET}${KO_VOWEL}${KO_CODA})+$`);

// Pinyin: an initial and a final, without tone marks. A final-less zero initial (an, ou, er) only
// at the start of a word, as pinyin writes "Xi'an" for the other case.
const PY_INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const PY_FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_RE = new RegExp(`^(?:(?:ang|ai|ao|an|ou|er|en|a|e|o)|${PY_INITIAL}${PY_FINAL})(?:${PY_INITIAL}${PY_FINAL})*$`);

// Hepburn: moras of an optional consonant (or palatal pair) and a vowel, a syllabic n, a doubled
// consonant before the next mora (Hokkaido, Sapporo, Nikkei), long vowels written double (Ohno).
const JA_MORA = '(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|j|f|[kgsztdnhbpmyrw])?[aiueo]|n(?![aiueoy]))';
const JAPANESE_RE = new RegExp(`^(?:(?:kk|ss|tt|pp|tch|ssh)?${JA_MORA})+$`);

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s\-'’]+/)
    .filter(Boolean);

export const isRomanisedKorean = (word: string): boolean => words(word).every((w) => KOREAN_RE.test(w));
export const isPinyin = (word: string): boolean => words(word).every((w) => PINYIN_RE.test(w));
export const isHepburn = (word: string): boolean => words(word).every((w) => JAPANESE_RE.test(w));

/** Every word of it a romanised Korean, Chinese or Japanese word (one system per word). */
export const isRomanisedName = (name: string): boolean =>
  words(name).every((w) => KOREAN_RE.test(w) || PINYIN_RE.test(w) || JAPANESE_RE.test(w));
