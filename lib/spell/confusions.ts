// Corrections Hunspell's suggestions miss for Korean: the confusions style guides list (한글 맞춤법,
// 표준어 규정), as one change to one syllable: ㅐ/ㅔ (베게 → 베개), ㅚ/ㅙ/ㅞ (되요 → 돼요, 왠만 → 웬만),
// a sai-siot written where none belongs (댓가 → 대가, 촛점 → 초점), plain/tense/aspirated initials
// (곱배기 → 곱빼기, 널판지 → 널빤지), 이/히 at the end (꼼꼼이 → 꼼꼼히), ㅓ/ㅗ and ㅡ/ㅜ (비로서 →
// 비로소, 움추리다 → 움츠리다). The candidates the dictionary accepts come before Hunspell's own.
import {
  T_DIGEUT,
  T_HIEUT,
  T_RIEUL,
  L_RIEUL,
  L_IEUNG,
  V_YU,
  V_YEO,
  V_WI,
  T_SSANGSIOT,
  L_NIEUN,
  L_MIEUM,
  V_YA,
  T_NH,
  V_I,
  V_EU,
} from './syllables';
const BASE = 0xac00;
const VOWEL_SWAPS: Record<number, number[]> = {
  1: [5],
  5: [1],
  3: [7],
  7: [3], // ㅐ/ㅔ, ㅒ/ㅖ
  11: [10, 15],
  10: [11, 15],
  15: [10, 11], // ㅚ/ㅙ/ㅞ
  4: [8],
  8: [4], // ㅓ/ㅗ
  18: [13],
  13: [18], // ㅡ/ㅜ
  0: [1], // ㅏ → ㅐ (표준어 규정 제9항: 냄비, 풋내기 keep ㅐ; 남비 → 냄비)
};
// ㅗ/ㅜ (표준어 규정 제8항: 사돈, 삼촌, 부조 keep ㅗ; 깡충깡충, 오뚝이 take ㅜ or ㅗ as fixed).
VOWEL_SWAPS[8]!.push(13);
VOWEL_SWAPS[13]!.push(8);
// ㅐ → ㅏ (제9항: ㅣ-umlaut is not standard, 아지랭이 → 아지랑이), added beside ㅐ/ㅔ.
VOWEL_SWAPS[1]!.push(0);
// ㅖ is said as ㅔ after a consonant (표준 발음법 제5항), so written for ㅔ or ㅐ (휴계실 → 휴게실).
VOWEL_SWAPS[7]!.push(1, 5);
VOWEL_SWAPS[1]!.push(7);
VOWEL_SWAPS[5]!.push(7);
// ㅔ for ㅣ in loanwords (외래어 표기법: English [ɪ] is 이: 소시지, 비스킷, 초콜릿; 소세지, 비스켓 are errors).
VOWEL_SWAPS[5]!.push(20);
// After ㅈ ㅉ ㅊ loanwords take no ㅑ ㅕ ㅛ ㅠ (외래어 표기법 제3장: 주스, 스케줄, 차트; not 쥬스, 챠트).
const Y_TO_PLAIN: Record<number, number> = { 2: 0, 6: 4, 12: 8, 17: 13 };
const AFFRICATES = new Set([12, 13, 14]);
// Initials: ㄱㄲㅋ (0 1 15), ㄷㄸㅌ (3 4 16), ㅂㅃㅍ (7 8 17), ㅈㅉㅊ (12 13 14), ㅅㅆ (9 10).
const INITIAL_GROUPS = [
  [0, 1, 15],
  [3, 4, 16],
  [7, 8, 17],
  [12, 13, 14],
  [9, 10],
];
const SIOT = 19;
// Plain initials a sai-siot makes tense (ㄱ ㄷ ㅂ ㅅ ㅈ).
const SAI_SIOT_BEFORE = new Set([0, 3, 7, 9, 12]);
// Plain initial → its aspirate: ㄱ → ㅋ, ㄷ → ㅌ, ㅂ → ㅍ, ㅈ → ㅊ.
const ASPIRATE: Record<number, number> = { 0: 15, 3: 16, 7: 17, 12: 14 };

const compose = (l: number, v: number, t: number) => String.fromCharCode(BASE + (l * 21 + v) * 28 + t);

/** The initial, vowel and final indexes of the Hangul syllable at `i`; null for anything else. */
function jamo(word: string, i: number): { l: number; v: number; t: number } | null {
  const code = word.charCodeAt(i) - BASE;
  if (code < 0 || code > 11171) return null;
  return { l: Math.floor(code / 588), v: Math.floor((code % 588) / 28), t: code % 28 };
}

// ㄴ and ㅁ, before which a sai-siot adds an ㄴ sound (한글 맞춤법 제30항 1(2): 아랫니, 냇물, 존댓말).

/**
 * The next syllable starts with a plain consonant a sai-siot would make tense, or with ㄴ/ㅁ before
 * which it adds an ㄴ sound (한글 맞춤법 제30항).
 */
function saiSiotSpot(word: string, i: number): boolean {
  const next = i + 1 < word.length ? jamo(word, i + 1) : null;
  return next !== null && (SAI_SIOT_BEFORE.has(next.l) || next.l === L_NIEUN || next.l === L_MIEUM);
}

// ㄲ ㄸ ㅃ ㅆ ㅉ ㅊ ㅋ ㅌ ㅍ (initial indexes).
const TENSE_OR_ASPIRATE = new Set([1, 4, 8, 10, 13, 14, 15, 16, 17]);

function tenseOrAspirateNext(word: string, i: number): boolean {
  const next = i + 1 < word.length ? jamo(word, i + 1) : null;
  return next !== null && TENSE_OR_ASPIRATE.has(next.l);
}

/**
 * -잖-/-찮- (-지 않-, -하지 않- shortened: 한글 맞춤법 제39항: 그렇잖다, 적잖다, 괜찮다, 편찮다) written
 * 챦, 쟎 or 쨚, which no Korean word has: both standard syllables, the dictionary decides.
 */
function contractionForms(l: number, v: number, t: number): string[] {
  return AFFRICATES.has(l) && v === V_YA && t === T_NH ? [compose(12, 0, T_NH), compose(14, 0, T_NH)] : [];
}

/**
 * 안 after an open ㅣ syllable, where a loanword's -ian [iən] is 이언 (외래어 표기법 표 1: [ə] 어;
 * 인디언, 코미디언, 에일리언): written 이안 after the letter a, the word splits as a noun and the
 * suffix 안 (案), so only the listed 언 form tells it is misspelt.
 */
function ianSpot(word: string, i: number): boolean {
  if (i < 1 || word[i] !== '안') return false;
  const prev = jamo(word, i - 1);
  return prev !== null && prev.v === V_I && prev.t === 0;
}

/** One-syllable variants of the word along the confusions above (not checked against a dictionary). */
export function confusionCandidates(word: string): string[] {
  if (word.length > 12) return [];
  const out = new Set<string>();
  const put = (i: number, syl: string) => out.add(word.slice(0, i) + syl + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) {
    const syl = jamo(word, i);
    if (!syl) continue;
    const { l, v, t } = syl;
    for (const v2 of VOWEL_SWAPS[v] ?? []) put(i, compose(l, v2, t));
    if (AFFRICATES.has(l) && Y_TO_PLAIN[v] !== undefined) put(i, compose(l, Y_TO_PLAIN[v]!, t));
    for (const c of contractionForms(l, v, t)) put(i, c);
    if (ianSpot(word, i)) put(i, '언');
    for (const g of INITIAL_GROUPS) if (g.includes(l)) for (const l2 of g) if (l2 !== l) put(i, compose(l2, v, t));
    // A sai-siot left out before a plain consonant, ㄴ or ㅁ (등굣길, 장맛비, 존댓말: 한글 맞춤법 제30항).
    if (t === 0 && saiSiotSpot(word, i)) put(i, compose(l, v, SIOT));
    // ㄹ that a compound turns into ㄷ (한글 맞춤법 제29항: 이튿날, 사흗날, 섣달, 숟가락, 반짇고리).
    if (t === T_RIEUL && i > 0 && saiSiotSpot(word, i)) put(i, compose(l, v, T_DIGEUT));
    if (t === SIOT) {
      put(i, compose(l, v, 0));
      put(i, compose(l, v, T_DIGEUT)); // ㄷ written as ㅅ (숫가락 → 숟가락, 숫제 stays)
    }
    // ㅎ and a plain consonant heard as one aspirate (아뭏든 → 아무튼, 어떻든 stays).
    const next = i + 1 < word.length ? word.charCodeAt(i + 1) - BASE : -1;
    if (t === T_HIEUT && next >= 0 && next <= 11171) {
      const nl = Math.floor(next / 588),
        asp = ASPIRATE[nl];
      if (asp !== undefined)
        out.add(word.slice(0, i) + compose(l, v, 0) + compose(asp, Math.floor((next % 588) / 28), next % 28) + word.slice(i + 2));
    }
    // 률/율 (한글 맞춤법 제11항: 율 after a vowel or ㄴ, 률 elsewhere).
    if (l === L_RIEUL && v === V_YU && t === T_RIEUL) put(i, compose(L_IEUNG, v, t));
    if (l === L_IEUNG && v === V_YU && t === T_RIEUL) put(i, compose(L_RIEUL, v, t));
  }
  // A reduplicated word changes alike in both halves (끄덕끄덕 → 끄떡끄떡): each
  // one-syllable change is also made to every other occurrence of the syllable.
  for (const c of [...out]) {
    const i = [...c].findIndex((ch, k) => ch !== word[k]);
    if (i < 0 || word.indexOf(word[i]!) === word.lastIndexOf(word[i]!)) continue;
    out.add(word.split(word[i]!).join(c[i]!));
  }
  // ㅟ + 었 never contracts (표준어 규정; 바뀌었다, not 바꼈다): a ㅕ with ㅆ may be ㅟ + 었.
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - BASE;
    if (code < 0 || code > 11171 || Math.floor((code % 588) / 28) !== V_YEO || code % 28 !== T_SSANGSIOT) continue;
    out.add(word.slice(0, i) + compose(Math.floor(code / 588), V_WI, 0) + '었' + word.slice(i + 1));
  }
  for (const w of upperForms(word)) out.add(w);
  if (word.endsWith('이')) out.add(`${word.slice(0, -1)}히`);
  if (word.endsWith('히')) out.add(`${word.slice(0, -1)}이`);
  out.delete(word);
  return [...out];
}

// Vowels a loanword is misspelt with, two syllables at once (악세사리 → 액세서리, 프로포즈 → 프러포즈):
// English [æ] is 애 and [ə] 어 (외래어 표기법 표 1), [ɪ] is 이; the writer follows the letter a, o, e.
const LOAN_VOWELS: Record<number, number[]> = { 0: [1, 4], 8: [4], 5: [20, 1] };
// ㅌ → ㅅ, ㅍ → ㅂ, ㅋ → ㄱ (initial → final index).
const STOP_FINAL: Record<number, number> = { 16: SIOT, 17: 17, 15: 1 };

/**
 * Loanword spellings two vowel changes away (for suggestions only; one change is in
 * confusionCandidates): a word of three syllables or more.
 */
export function loanwordCandidates(word: string): string[] {
  if (word.length < 3 || word.length > 8) return [];
  const out = new Set<string>();
  const changes: [number, string][] = [];
  for (let i = 0; i < word.length; i++) {
    const syl = jamo(word, i);
    if (!syl) return [];
    for (const v2 of LOAN_VOWELS[syl.v] ?? []) changes.push([i, compose(syl.l, v2, syl.t)]);
  }
  // A voiceless stop at the end after a short vowel is a final (외래어 표기법 제3장 제1절 제1항: 로봇,
  // 카펫, 커닝): the ㅡ-syllable 트 프 크 written out at the end becomes ㅅ ㅂ ㄱ on the vowel before it.
  const end = jamo(word, word.length - 1);
  const prev = jamo(word, word.length - 2);
  if (end && prev && end.v === V_EU && end.t === 0 && prev.t === 0 && STOP_FINAL[end.l] !== undefined)
    out.add(word.slice(0, -2) + compose(prev.l, prev.v, STOP_FINAL[end.l]!));
  for (let a = 0; a < changes.length; a++)
    for (let b = a + 1; b < changes.length; b++) {
      const [i, x] = changes[a]!;
      const [j, y] = changes[b]!;
      if (i === j) continue;
      const chars = [...word];
      chars[i] = x;
      chars[j] = y;
      out.add(chars.join(''));
    }
  return [...out];
}

/**
 * The confusions that make a word the dictionary lacks a misspelling even when it splits into words:
 * ㅖ for ㅔ/ㅐ or back (계시판 → 게시판), a sai-siot left out (장마비 → 장맛비, 존대말 → 존댓말) and
 * a tense initial for a plain one (새침떼기 → 새침데기). Others (ㅊ/ㅈ,
 * ㅏ/ㅐ) turn correct compounds into other words too often (전기차 → 전기자, 달라며 → 달래며).
 */
export function strongConfusions(word: string): string[] {
  if (word.length > 12) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const syl = jamo(word, i);
    if (!syl) continue;
    const { l, v, t } = syl;
    const put = (syl: string) => out.add(word.slice(0, i) + syl + word.slice(i + 1));
    if (v === 7) for (const v2 of [1, 5]) put(compose(l, v2, t));
    for (const c of contractionForms(l, v, t)) put(c);
    if (ianSpot(word, i)) put('언');
    if (v === 1 || v === 5) put(compose(l, 7, t));
    if (t === 0 && saiSiotSpot(word, i)) put(compose(l, v, SIOT));
    // A sai-siot written where the norm has none (전셋방 → 전세방: two Sino-Korean parts take none save
    // six words, 한글 맞춤법 제30항 3), when the word without it is one the dictionary knows.
    if (t === SIOT && i > 0 && saiSiotSpot(word, i)) put(compose(l, v, 0));
    // Nor before a tense or aspirated consonant, which needs no sai-siot to sound so (뒤뜰, 뒤풀이, 위층:
    // 한글 맞춤법 제30항 writes it only where the plain consonant turns tense or an ㄴ sound is added).
    if (t === SIOT && tenseOrAspirateNext(word, i)) put(compose(l, v, 0));
    // A tense initial written where the norm has a plain one, after the first syllable (한글 맞춤법
    // 제5항 writes a tense sound only where the word has it: 새침데기, 부엌데기; 갑자기, 법석).
    if (i > 0 && TENSE_TO_PLAIN[l] !== undefined) put(compose(TENSE_TO_PLAIN[l]!, v, t));
    // ㄹ written where a compound has ㄷ (한글 맞춤법 제29항: 이튿날, 사흗날, 삼짇날): 이틀 + 날 splits
    // into nouns, so only the listed ㄷ form tells it is misspelt.
    if (t === T_RIEUL && i > 0 && saiSiotSpot(word, i)) put(compose(l, v, T_DIGEUT));
    // The suffix -째 (whole, as it is: 통째, 송두리째, 껍질째) written as the noun 채 (한글 맞춤법 제54항
    // lists -째 among the suffixes written tense): a word the dictionary lacks ending so.
    if (i > 0 && word[i] === '채') put('째');
    // -내기 (one from a place or of a kind: 서울내기, 풋내기, 신출내기) keeps its ㅐ (표준어 규정 제9항);
    // written 나기 it reads as 나다's noun (겨울나기, which the dictionary decides alone).
    if (i > 0 && word[i] === '나' && word[i + 1] === '기') put('내');
  }
  for (const w of upperForms(word)) out.add(w);
  out.delete(word);
  return [...out];
}

/**
 * 웃- written for 윗- or 위- (표준어 규정 제12항: 윗니, 윗도리; 위- before a tense or aspirated
 * consonant: 위층, 위쪽; 웃- only where no 아래 counterpart exists: 웃어른, 웃돈). The candidates the
 * dictionary lists decide.
 */
export function upperForms(word: string): string[] {
  if (!word.startsWith('웃') || word.length < 2) return [];
  return [`윗${word.slice(1)}`, `위${word.slice(1)}`];
}

// ㄲ → ㄱ, ㄸ → ㄷ, ㅃ → ㅂ, ㅆ → ㅅ, ㅉ → ㅈ (initial indexes).
const TENSE_TO_PLAIN: Record<number, number> = { 1: 0, 4: 3, 8: 7, 10: 9, 13: 12 };
