// A larger lexicon for nouns dictionary-ko lacks: the Sino-Korean nouns of Open Korean Text's word
// lists (sino-nouns.data.ts, built by scripts/sino-nouns.ts: 동맥혈, 야포, 탄두, 평문, 수월관음도), with
// particles or the copula after them. A web-built list also holds common misspellings (폐염, 남비,
// 눈섭, 희노애락, 뇌졸중's 뇌졸증), so the verdict vouches for a listed noun only when no style-guide
// confusion of it is a word of the dictionary (lexiconRivals), no loanword spelling of it is one, and
// it is no misspelling the table, the ending rules or a strong confusion knows (verdict.ts).
import { takesNounEnding } from './compound';
import { ADVERB_ROOTS, SINO_NOUNS } from './sino-nouns.data';
import { afterSinoSuffix, isSinoSuffix, lawSyllable } from './sino-suffixes';
import { COPULA, nounTail } from './word-shapes';
import { V_A, V_AE, V_EO, V_E, V_I, T_SIOT, L_RIEUL, L_NIEUN, L_IEUNG } from './syllables';

let nouns: Set<string> | null = null;
let roots: Set<string> | null = null;

function lexicon(): { nouns: Set<string>; roots: Set<string> } {
  nouns ??= new Set(SINO_NOUNS.split('|'));
  roots ??= new Set(ADVERB_ROOTS.split('|'));
  return { nouns, roots };
}

/** Whether the lexicon lists the root as a Sino-Korean noun or the root of a 하다 adjective (솔직, 정확). */
export function sinoAdverbRoot(root: string): boolean {
  const { nouns: n, roots: r } = lexicon();
  return r.has(root) || n.has(root);
}

/**
 * The listed noun the word is, alone or before particles or the copula (어보를, 수월관음도다, 야포의);
 * null when there is none. A lone 이 after the root of a 하다 adjective is the adverb misspelt
 * (솔직이 → 솔직히, 각별이), not the subject particle, so no noun.
 */
export function lexiconNoun(word: string): string | null {
  if (word.length < 2 || word.length > 9) return null;
  const { nouns: n, roots: r } = lexicon();
  if (n.has(word)) return word;
  for (let cut = Math.min(word.length - 1, 5); cut >= 2; cut--) {
    const stem = word.slice(0, cut),
      tail = word.slice(cut);
    if (!n.has(stem) || !(nounTail(tail) || COPULA.has(tail))) continue;
    if (r.has(stem) && tail.startsWith('이')) return null;
    return stem;
  }
  return null;
}

/**
 * A listed noun and a one-syllable Sino-Korean suffix, then particles or the copula (차륜형 車輪型,
 * 동맥혈관의): the suffix as sinoPair takes it after a pair the lexicon lacks (율/률 as the norm writes
 * it). Returns the listed noun, or null.
 */
export function lexiconSuffixed(word: string): string | null {
  if (word.length < 3 || word.length > 9) return null;
  const { nouns: n } = lexicon();
  for (let cut = Math.min(word.length - 1, 5); cut >= 2; cut--) {
    const stem = word.slice(0, cut);
    if (!n.has(stem)) continue;
    const rest = afterSinoSuffix(stem.at(-1)!, word.slice(cut));
    if (rest !== null && (nounTail(rest) || COPULA.has(rest))) return stem;
  }
  return null;
}

// The start of a form of 하다, 되다 or 시키다 after a 하다 noun (입항했다고, 접안할, 입거된, 정박시킨).
const VERB_TAIL = /^(?:하|했|한|할|함|합|해|되|됐|된|될|됨|됩|돼|시키|시켜|시켰|시킨|시킬|시킴)/;

// A form of 되다 (됐다, 되지는, 돼, 된): not 되 alone (a measure, or a stem cut short).
const PASSIVE_TAIL = /^[되돼됐된될됨됩]/;

/**
 * A form of 되다 after a 하다 noun, the passive (폐선됐다, 입항된): the dictionary conjugates 되다 alone
 * (됐다) but few nouns with it, and the probe nouns take 되다 for few endings (운동됐다 is no word), so
 * the form is asked alone. Misspelt forms of 되다 (되요, 됬다) are refused alone.
 */
export function passiveTail(tail: string, spell: (s: string) => boolean): boolean {
  return tail.length >= 2 && PASSIVE_TAIL.test(tail) && spell(tail);
}

/**
 * What may follow a noun: particles, the copula, or a form of 하다/되다/시키다 that the dictionary
 * takes after a 하다 noun it knows (`spell` answers compoundQueries' probes: 운동했다고), or a form of
 * 되다 it takes alone (passiveTail).
 */
export function nounOrVerbTail(before: string, tail: string, spell: (s: string) => boolean): boolean {
  return (
    tail === '' ||
    nounTail(tail) ||
    COPULA.has(tail) ||
    (VERB_TAIL.test(tail) && takesNounEnding(before, tail, spell)) ||
    passiveTail(tail, spell)
  );
}

/**
 * A listed noun with a form of 하다/되다/시키다 after it (입항했다고 ← 입항, 출항시킨): the dictionary
 * conjugates few of the lexicon's nouns. null when there is none, or for an adjective root (정확하게
 * is the dictionary's own business; 정확이 is no verb form).
 */
export function lexiconVerbNoun(word: string, spell: (s: string) => boolean): string | null {
  if (word.length < 3 || word.length > 10) return null;
  const { nouns: n } = lexicon();
  for (let cut = Math.min(word.length - 1, 5); cut >= 2; cut--) {
    const stem = word.slice(0, cut),
      tail = word.slice(cut);
    if (n.has(stem) && ((VERB_TAIL.test(tail) && takesNounEnding(stem.at(-1)!, tail, spell)) || passiveTail(tail, spell))) return stem;
  }
  return null;
}

let firsts: Map<string, number> | null = null;
let seconds: Map<string, number> | null = null;

/**
 * The fewest two-syllable nouns of the lexicon a syllable must begin (or end) to count as a known
 * Sino-Korean morpheme in that place: 입 begins 65 (입국, 입항, 입학 …), 령 ends 81 (수령, 명령, 선령's
 * 船齡 among them), 벽 ends 31; 할 ends 4 and 억 ends 8, so 갈할 or 부억 are no such pair.
 */
export const MORPHEME_MIN = 20;

/**
 * A two-syllable Sino-Korean word the lexicon lacks (입거 入渠, 선령 船齡, 접안 接岸, 안벽 岸壁, 북항
 * 北港, 신항, 구항): each syllable begins or ends at least MORPHEME_MIN listed two-syllable nouns in
 * its place, with particles, the copula or a 하다 form after it. Returns the two syllables, or null.
 * Only a plausible noun: the verdict takes it when none of its pairRivals is a word of the dictionary,
 * alone or with the word's tail (돌맹이 is 돌멩이 misspelt, not 돌맹 + 이), as a misspelling sits one
 * confusion from its correct form (금새 → 금세, 삼춘 → 삼촌).
 */
export function sinoPair(word: string, spell: (s: string) => boolean): string | null {
  if (word.length < 2 || word.length > 8) return null;
  const stem = word.slice(0, 2);
  if (!/^[가-힣]{2}$/.test(stem)) return null;
  if (!firsts || !seconds) {
    firsts = new Map();
    seconds = new Map();
    for (const w of lexicon().nouns)
      if (w.length === 2) {
        firsts.set(w[0]!, (firsts.get(w[0]!) ?? 0) + 1);
        seconds.set(w[1]!, (seconds.get(w[1]!) ?? 0) + 1);
      }
  }
  // A listed noun is lexiconNoun's and lexiconVerbNoun's (간편이 is 간편히 misspelt, no noun and 이).
  if (lexicon().nouns.has(stem)) return null;
  // A one-syllable Sino-Korean suffix ends Sino-Korean nouns too (층: 계층, 지층, 표층), however few of
  // two syllables the lexicon lists.
  const second = (seconds.get(stem[1]!) ?? 0) >= MORPHEME_MIN || isSinoSuffix(stem[1]!);
  if ((firsts.get(stem[0]!) ?? 0) < MORPHEME_MIN || !second) return null;
  const tail = word.slice(2);
  // An adjective root and a lone 이 or 히 is an adverb (가만히, 깨끗이), the dictionary's business.
  if (/^[이히]/.test(tail) && spell(`${stem}하다`)) return null;
  if (nounOrVerbTail(stem[1]!, tail, spell)) return stem;
  // The pair and a one-syllable Sino-Korean suffix, with particles (위판장에서, 폐사율이, 집어등을; 율 or
  // 률 as the norm writes it: sino-suffixes.ts).
  // Not when the suffix and a one-syllable particle are a listed noun: the word is then two pairs, the
  // shape of a four-syllable idiom, where misspellings hide (일사분란 is 일사불란 misspelt, not 일사 + 분 + 란).
  if (tail.length === 2 && lexicon().nouns.has(tail)) return null;
  if (lawSyllable(stem[1]!)) return null;
  const rest = afterSinoSuffix(stem[1]!, tail);
  return rest !== null && (nounTail(rest) || COPULA.has(rest)) ? stem : null;
}

/** The dictionary answers sinoPair and its gate need beyond compoundQueries. */
export function sinoPairQueries(word: string): string[] {
  if (word.length < 2 || word.length > 8) return [];
  const stem = word.slice(0, 2);
  const tail = word.slice(2);
  // The forms of 되다 passiveTail asks alone, after a listed noun of two to five syllables.
  const passives = [2, 3, 4, 5].map((k) => word.slice(k)).filter((t) => PASSIVE_TAIL.test(t));
  return [`${stem}하다`, ...passives, ...pairRivals(stem).flatMap((r) => (tail ? [r, r + tail] : [r]))];
}

// Plain and aspirated initials (폭발, not 폭팔): ㄱㅋ ㄷㅌ ㅂㅍ ㅈㅊ.
const ASPIRATE_PAIRS: Record<number, number> = { 0: 15, 15: 0, 3: 16, 16: 3, 7: 17, 17: 7, 12: 14, 14: 12 };
// ㅗ/ㅜ (표준어 규정 제8항: 사돈, 삼촌, 부조), ㅚ/ㅙ/ㅞ (훼손, 괴팍), ㅖ for ㅐ/ㅔ and back (게재, 휴게실).
// ㅡ/ㅣ/ㅢ (흉측, not 흉칙; 희한).
const PAIR_VOWELS: Record<number, number[]> = {
  8: [13],
  13: [8],
  11: [10, 15],
  10: [11, 15],
  15: [10, 11],
  7: [1, 5],
  1: [7],
  5: [7],
  18: [20, 19],
  20: [18, 19],
  19: [18, 20],
};

// ㅗ and ㅜ, confused only after the first syllable: 제8항 is vowel harmony, which changes a later
// syllable (사돈, 삼촌, 부조, 쌍둥이, 오뚝이); in a word's first syllable the two make different morphemes
// (수율 收率 is no 소율 misspelt). Of the misspelling lists' 30 ㅗ/ㅜ pairs, none is in the first syllable.
const ROUNDED = new Set([8, 13]);

// Finals after which a plain initial keeps its sound (a vowel, ㄴ ㄹ ㅁ ㅇ): 어장 [어장] and 어창, 위반
// and 위판 sound apart there.
const SONORANT_FINALS = new Set([0, 4, 8, 16, 21]);
// Finals ㄱ ㅂ ㅁ ㅇ, after which ㄹ is said [ㄴ]; finals ㄱ and ㄲ.
const RIEUL_AS_NIEUN_AFTER = new Set([1, 17, 16, 21]);
const T_GIYEOK = 1;
const T_SSANGGIYEOK = 2;

/**
 * Whether the initial at i may be written plain for aspirated or back because the two sound alike
 * there: at the start of the word (as before), or after an obstruent final, which makes a plain initial
 * tense (폭발 [폭빨], written 폭팔). After a vowel or a sonorant the plain initial is voiced and the
 * aspirated one is not, so 어창 (魚艙) and 위판 (委販) are no misspellings of 어장 and 위반.
 */
function soundsAlike(pair: string, i: number): boolean {
  if (i === 0) return true;
  const before = jamo(pair, i - 1);
  return before !== null && !SONORANT_FINALS.has(before.t);
}

/**
 * The confusions that make a two-syllable Sino-Korean word a misspelling when one of them is a word of
 * the dictionary: lexiconRivals' (ㅐ/ㅔ, ㅡ/ㅜ, ㅠ/ㅜ, plain/tense, ㄹ written ㄴ or ㅇ), plain/aspirated
 * initials where they sound alike (soundsAlike), and the vowels the style guides correct in Sino-Korean words (PAIR_VOWELS). Not ㅓ/ㅗ or ㅏ/ㅐ, the norms' confusions of
 * native words (비로소, 냄비): 입거 ↔ 입고 and 북항 ↔ 북행 are two words each, not one misspelt.
 * Not Hunspell's suggestions either: every such word has one a jamo away (선령 ↔ 선영, 안벽 ↔ 암벽).
 */
export function pairRivals(pair: string): string[] {
  const out = new Set(lexiconRivals(pair));
  for (let i = 0; i < pair.length; i++) {
    const s = jamo(pair, i);
    if (!s) continue;
    for (const v2 of PAIR_VOWELS[s.v] ?? [])
      if (i > 0 || !ROUNDED.has(s.v)) out.add(pair.slice(0, i) + compose(s.l, v2, s.t) + pair.slice(i + 1));
    if (ASPIRATE_PAIRS[s.l] !== undefined && soundsAlike(pair, i))
      out.add(pair.slice(0, i) + compose(ASPIRATE_PAIRS[s.l]!, s.v, s.t) + pair.slice(i + 1));
    // ㄹ said [ㄴ] after ㅁ ㅇ ㄱ ㅂ (표준 발음법 제19항: 승낙 and 승락 both [승낙], 심리 [심니]): the
    // ㄴ form a word of the dictionary makes 승락 승낙 misspelt.
    const before = i > 0 ? jamo(pair, i - 1) : null;
    if (s.l === L_RIEUL && before !== null && RIEUL_AS_NIEUN_AFTER.has(before.t))
      out.add(pair.slice(0, i) + compose(L_NIEUN, s.v, s.t) + pair.slice(i + 1));
    // A final ㄲ written ㄱ (낚시 as 낙시): no Sino-Korean syllable ends in ㄲ, so a native word of the
    // dictionary with it makes the pair that word misspelt.
    if (s.t === T_GIYEOK) out.add(pair.slice(0, i) + compose(s.l, s.v, T_SSANGGIYEOK) + pair.slice(i + 1));
  }
  out.delete(pair);
  return [...out];
}

/**
 * The listed nouns a compound written solid is made of, when it splits into two or three parts of
 * two syllables or more, each a listed noun or a noun of the dictionary (`spell` takes it with 을/를),
 * at least one listed (대한 + 불교 + 조계종, 국립 + 문화유산 + 연구원), before particles or the copula;
 * else null. Five syllables or more: four-syllable idioms are where misspellings split into listed
 * halves (a 남녀노소 written 남여 + 노소).
 */
export function lexiconCompound(word: string, spell: (s: string) => boolean): string[] | null {
  if (word.length < 5 || word.length > 12) return null;
  const { nouns: n } = lexicon();
  const isNoun = (p: string) => spell(`${p}을`) || spell(`${p}를`);
  const split = (stem: string, parts: number): string[][] => {
    if (parts === 1) return stem.length >= 2 && (n.has(stem) || isNoun(stem)) ? [[stem]] : [];
    const out: string[][] = [];
    for (let i = 2; i <= stem.length - 2 * (parts - 1); i++) {
      const head = stem.slice(0, i);
      if (!n.has(head) && !isNoun(head)) continue;
      for (const rest of split(stem.slice(i), parts - 1)) out.push([head, ...rest]);
    }
    return out;
  };
  for (let cut = word.length; cut >= 5; cut--) {
    const tail = word.slice(cut);
    if (tail && !nounTail(tail) && !COPULA.has(tail)) continue;
    for (const parts of [2, 3]) {
      for (const s of split(word.slice(0, cut), parts)) {
        const listed = s.filter((p) => n.has(p) && !isNoun(p));
        if (listed.length > 0) return listed;
      }
    }
  }
  return null;
}

/** Every listed noun inside the word (two syllables or more): what lexiconCompound may ask about. */
export function listedParts(word: string): string[] {
  if (word.length > 12) return [];
  const { nouns: n } = lexicon();
  const out: string[] = [];
  for (let i = 0; i < word.length; i++)
    for (let j = i + 2; j <= Math.min(word.length, i + 5); j++) if (n.has(word.slice(i, j))) out.push(word.slice(i, j));
  return out;
}

const BASE = 0xac00;
const compose = (l: number, v: number, t: number) => String.fromCharCode(BASE + (l * 21 + v) * 28 + t);
function jamo(word: string, i: number): { l: number; v: number; t: number } | null {
  const code = word.charCodeAt(i) - BASE;
  if (code < 0 || code > 11171) return null;
  return { l: Math.floor(code / 588), v: Math.floor((code % 588) / 28), t: code % 28 };
}

// Plain ↔ tense initials (한글 맞춤법 제5항: 눈썹, 깍두기): ㄱㄲ ㄷㄸ ㅂㅃ ㅅㅆ ㅈㅉ.
const TENSE: Record<number, number> = { 0: 1, 1: 0, 3: 4, 4: 3, 7: 8, 8: 7, 9: 10, 10: 9, 12: 13, 13: 12 };
// Vowels: ㅐ/ㅔ (the style guides' first confusion: 베개, 찌개), ㅡ/ㅜ (뇌졸중), ㅠ/ㅜ (미루나무).
const VOWELS: Record<number, number[]> = { 1: [5], 5: [1], 18: [13], 13: [18, 17], 17: [13] };
// Initials ㄱ ㄴ ㄷ ㅁ ㅂ ㅅ ㅈ, after which a compound's sai-siot is written (the first tensed, ㄴ/ㅁ with
// an ㄴ sound added), and the final ㅅ.
const SAI_SIOT_NEXT = new Set([0, 2, 3, 6, 7, 9, 12]);

/**
 * One-syllable variants of a listed noun along the confusions the style guides list: ㅐ/ㅔ, ㅡ/ㅜ,
 * ㅠ/ㅜ, a plain or tense initial, the ㅣ-umlaut before a syllable with ㅣ (표준어 규정 제9항: 냄비 is
 * standard, 대장장이 is not 대장쟁이), and ㄹ written ㄴ or ㅇ inside a word (한글 맞춤법 제10–12항,
 * 두음 법칙 only at the start: 폐렴, 희로애락), and a sai-siot left out (찻잔). The caller asks the
 * dictionary which are words.
 */
export function lexiconRivals(noun: string): string[] {
  const out = new Set<string>();
  const put = (i: number, syl: string) => out.add(noun.slice(0, i) + syl + noun.slice(i + 1));
  for (let i = 0; i < noun.length; i++) {
    const s = jamo(noun, i);
    if (!s) continue;
    const { l, v, t } = s;
    for (const v2 of VOWELS[v] ?? []) put(i, compose(l, v2, t));
    if (TENSE[l] !== undefined) put(i, compose(TENSE[l]!, v, t));
    const next = i + 1 < noun.length ? jamo(noun, i + 1) : null;
    if (next?.v === V_I) {
      if (v === V_A) put(i, compose(l, V_AE, t));
      if (v === V_AE) put(i, compose(l, V_A, t));
      if (v === V_EO) put(i, compose(l, V_E, t));
    }
    if (i > 0 && (l === L_NIEUN || l === L_IEUNG)) put(i, compose(L_RIEUL, v, t));
    // A sai-siot left out (한글 맞춤법 제30항): an open syllable before a plain initial or ㄴ/ㅁ (차잔 → 찻잔,
    // 초불 → 촛불).
    if (t === 0 && next && SAI_SIOT_NEXT.has(next.l)) put(i, compose(l, v, T_SIOT));
  }
  out.delete(noun);
  return [...out];
}
