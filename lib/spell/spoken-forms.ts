// Misspellings that write a word as it is spoken where the norms keep its parts apart (#22, round 13):
// - the copula after a vowel is 예요 (이에요 contracted: 뭐예요, 거예요), a pronoun or the bound noun
//   거 that takes no locative 에 in a reply written 에요 (표준어 규정 제26항, 국립국어원 "예요/이에요");
// - the retrospective ending -더- (-더라도, -더라고, -더라면) written 드 as it is often heard (표준어
//   규정 제17항 keeps -더-): after 하 or a past-tense ㅆ, where no loanword noun ends in 드 (하드 aside,
//   which the spoken form swamps: 하드라도 is 하더라도 misspelt far more often than "even a hard disk");
// - -게시리, a regional form of the connective -게끔 (표준어 규정 제25항 keeps -게끔), and -게끔 itself,
//   which the dictionary lacks: -게 with the emphatic 끔, right wherever the -게 form is (하게끔, 알게끔);
// - -구만 for the exclamative -구먼 (표준어 규정 제17항 keeps -구먼: 하는구먼, 했구먼); -구요 for -고요;
// - a sai-siot left out of a compound the dictionary lists with it (한글 맞춤법 제30항: 나뭇잎, 뒷일,
//   꼭짓점): for a word the dictionary refuses, as 나무 + 잎 would pass as two nouns;
// - a sai-siot written before an aspirated or tense consonant, where none is due (제30항 writes it only
//   where the consonant after it turns tense or an ㄴ sound is added; 표준어 규정 제12항 다만 1: 위쪽,
//   위층, 위턱, not 윗-): 윗턱 → 위턱, 아랫층 → 아래층, for a word the dictionary refuses; and 위 before a
//   noun beginning with such a consonant is a word (위턱, 위팔을).

import { kkunRivalQueries } from './kkun-suffix';
import { objectForms } from './noun-probes';
import { isParticleTail } from './particles';
import { COPULA, nounTail } from './word-shapes';
import { isSyl, parts, compose, L_IEUNG } from './syllables';

const SSANGSIOT = 20;
const SIOT = 19;

/**
 * 뭐에요 → 뭐예요, 거에요 → 거예요, 이거에요 → 이거예요, 누구에요 → 누구예요, 얼마에요 → 얼마예요, 저에요 →
 * 저예요 (the personal pronouns take 에게, not 에); else null.
 */
function copulaAfterVowel(word: string): string | null {
  const m = /^((?:[이그저]?거)|뭐|누구|얼마|저|나|너)에요$/.exec(word);
  return m ? `${m[1]}예요` : null;
}

const DEO_ENDINGS: Record<string, string> = { 드라도: '더라도', 드라고: '더라고', 드라구: '더라고', 드라면: '더라면', 드니: '더니' };

/** 하드라도 → 하더라도, 했드라도 → 했더라도, 공부하드라구 → 공부하더라고, 하드니 → 하더니; else null. */
function deoAsDeu(word: string): string | null {
  const m = /^(.*)(.)(드라도|드라고|드라구|드라면|드니)$/.exec(word);
  if (!m) return null;
  const last = m[2]!;
  if (last !== '하' && !(isSyl(last) && parts(last).t === SSANGSIOT)) return null;
  return `${m[1]}${last}${DEO_ENDINGS[m[3]!]}`;
}

/** 하게시리 → 하게끔; else null. */
function geSiri(word: string): string | null {
  return word.length >= 4 && word.endsWith('게시리') ? `${word.slice(0, -2)}끔` : null;
}

/** 하는구만 → 하는구먼, 했구만 → 했구먼 (after 는 or a past ㅆ: 이십구만 is a number); else null. */
function guman(word: string): string | null {
  const m = /^(.*)(.)구만$/.exec(word);
  if (!m || !(m[2] === '는' || (isSyl(m[2]) && parts(m[2]!).t === SSANGSIOT))) return null;
  return `${m[1]}${m[2]}구먼`;
}

/**
 * 뭐 (무엇) said and written 머 before the endings it takes alone (머라고 → 뭐라고, 머해 → 뭐해, 머야 →
 * 뭐야; 표준어 규정 keeps 뭐): the word is 머 and such an ending only, so 머리, 머물러 are untouched.
 */
function meoForMwo(word: string): string | null {
  return /^머(?:라고|라는|라며|라면|라고요|야|예요|해|해요|했어|하니|하냐|하는|하고|든지|든가|길래|냐)$/.test(word)
    ? `뭐${word.slice(1)}`
    : null;
}

/**
 * The connective -고 said [구] before 요 (표준어 규정 제8항 keeps the 양성 모음 of -고: 하고요, 했고요):
 * 하구요 → 하고요, 했구요 → 했고요, after 하, 되, a past or future ㅆ (했, 있었, 좋겠), 없 or 않 — not a
 * noun in 구 with the polite 요 (친구요, 가구요, 입구요, 연구요).
 */
function guyo(word: string): string | null {
  const m = /^(.*)(.)구요$/.exec(word);
  if (!m || !(/^[하되없않]$/.test(m[2]!) || (isSyl(m[2]) && parts(m[2]!).t === SSANGSIOT))) return null;
  return `${m[1]}${m[2]}고요`;
}

/** The spoken-form misspellings that need no dictionary (the copula, -더-, -게시리, -구만, -구요, 머), or null. */
export function spokenFormMisspelling(word: string): string | null {
  return copulaAfterVowel(word) ?? deoAsDeu(word) ?? geSiri(word) ?? guman(word) ?? guyo(word) ?? meoForMwo(word);
}

/** -게끔 after a form the dictionary takes with -게 (하게끔, 알게끔, 먹게끔). `spell` answers spokenFormQueries. */
export function emphaticGe(word: string, spell: (s: string) => boolean): boolean {
  return word.length >= 3 && word.endsWith('게끔') && spell(word.slice(0, -1));
}

// Initials a sai-siot sounds before: the plain ㄱ ㄷ ㅂ ㅅ ㅈ (made tense: 꼭짓점), ㄴ ㅁ (ㄴ added: 잇몸,
// 콧날), and ㅇ before ㅣ ㅑ ㅕ ㅛ ㅠ (ㄴㄴ added: 나뭇잎, 뒷일, 깻잎).
const SAI_INITIALS = new Set([0, 3, 7, 9, 12, 2, 6]);
const Y_VOWELS = new Set([20, 2, 6, 12, 17]);

/** The word with a sai-siot added after each syllable that may take one (two syllables or more before it). */
function withSaiSiot(word: string): string[] {
  const out: string[] = [];
  if (word.length < 3 || word.length > 10 || ![...word].every(isSyl)) return out;
  for (let i = 1; i < word.length - 1; i++) {
    const a = parts(word[i]!),
      b = parts(word[i + 1]!);
    if (a.t !== 0 || !(SAI_INITIALS.has(b.l) || (b.l === L_IEUNG && Y_VOWELS.has(b.v)))) continue;
    // A noun and its particle or the copula (바다가, 나무도, 소나무지만) is no compound: 바닷가 is another word.
    const rest = word.slice(i + 1);
    if (isParticleTail(rest) || COPULA.has(rest)) continue;
    out.push(word.slice(0, i) + compose(a.l, a.v, SIOT) + word.slice(i + 1));
  }
  return out;
}

// Aspirated and tense initials: ㄲ ㄸ ㅃ ㅆ ㅉ, ㅊ ㅋ ㅌ ㅍ.
const HARD_INITIALS = new Set([1, 4, 8, 10, 13, 14, 15, 16, 17]);

/** The word with each ㅅ final before an aspirated or tense initial taken off (윗턱 → 위턱). */
function withoutHardSaiSiot(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const a = word[i]!,
      b = word[i + 1]!;
    if (!isSyl(a) || !isSyl(b) || parts(a).t !== SIOT || !HARD_INITIALS.has(parts(b).l)) continue;
    out.push(word.slice(0, i) + compose(parts(a).l, parts(a).v, 0) + word.slice(i + 1));
  }
  return out;
}

/** The noun after 위 and what follows it, for each cut (위 + 턱, 위 + 팔 + 을). */
function wiCuts(word: string): [string, string][] {
  if (word.length < 2 || word[0] !== '위' || !isSyl(word[1]) || !HARD_INITIALS.has(parts(word[1]!).l)) return [];
  const out: [string, string][] = [];
  for (let j = 2; j <= word.length; j++) out.push([word.slice(1, j), word.slice(j)]);
  return out;
}

/** 위 and a noun that begins with an aspirated or tense consonant, then particles (위턱, 위팔을, 위층에). */
export function isWiCompound(word: string, spell: (s: string) => boolean): boolean {
  return wiCuts(word).some(([noun, tail]) => nounTail(tail) && objectForms(noun).some(spell));
}

/**
 * A word the dictionary refuses that it lists with a sai-siot (나무잎 → 나뭇잎, 나무잎을 → 나뭇잎을), or
 * that writes one before an aspirated or tense consonant (윗턱 → 위턱, 아랫층 → 아래층): the right
 * form, or null. `spell` answers saiSiotRivalQueries.
 */
export function saiSiotRival(word: string, spell: (s: string) => boolean): string | null {
  const added = withSaiSiot(word).find(spell);
  if (added !== undefined) return added;
  if (spell(word)) return null;
  return withoutHardSaiSiot(word).find((c) => spell(c) || isWiCompound(c, spell)) ?? null;
}

/**
 * The dictionary answers saiSiotRival needs (asked of accepted words too: 꼭지점, 기차길), and those of
 * kkunRival, the other rival asked of accepted words (낚시군), which a batching caller asks with these.
 */
export function saiSiotRivalQueries(word: string): string[] {
  const hard = withoutHardSaiSiot(word);
  return [...withSaiSiot(word), ...hard, ...hard.flatMap(wiQueries), ...kkunRivalQueries(word)];
}

/** The dictionary answers isWiCompound needs. */
function wiQueries(word: string): string[] {
  return wiCuts(word).flatMap(([noun]) => objectForms(noun));
}

/** The dictionary answers saiSiotRival, isWiCompound and emphaticGe need. */
export function spokenFormQueries(word: string): string[] {
  return [...saiSiotRivalQueries(word), ...wiQueries(word), ...(word.endsWith('게끔') ? [word.slice(0, -1)] : [])];
}
