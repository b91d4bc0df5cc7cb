// Word shapes the dictionary lists only in part, recognised whole before any split into nouns
// (lib/spell/compound.ts): -쩍다 adjectives, native prefixes, 당 after a counter, currencies in 화,
// clauses ending in a question form, native numerals written solid; and what may follow a noun.
import { isParticleTail } from './particles';

/** Particles after a noun, not a verb ending in disguise (끼여 + 들다, 으시 + 대다). */
export const nounTail = (tail: string) => !tail.endsWith('다') && isParticleTail(tail);

// -쩍다 adjectives (한글 맞춤법 제54항: 겸연쩍다, 멋쩍다, 객쩍다, 맥쩍다), which the dictionary lists in part.
export const JJEOK = /^(?:겸연|멋|객|맥|해망)쩍(?:다|은|게|어|었다|지|고)$/;

// Native prefixes before a noun (잔-: small, left over; 맨-: bare; 헛-: vain; 덧-: added; 옛-: of old,
// former: 옛소련, 옛동독, 옛집; the adnominal 첫- of a compound written solid: 첫서리, 첫눈).
export const NATIVE_PREFIXES = new Set(['잔', '맨', '헛', '덧', '옛', '첫']);

// 당 (per) after a counter or a unit, without the number (대당 가격, 인당, 가구당, 톤당): the dictionary
// lists few of them.
const PER_COUNTER =
  /^(?:대|인|명|개|건|톤|가구|세대|마리|채|척|곳|회|편|병|권|장|평|시간|킬로그램|킬로미터|킬로와트시|배럴|달러|유로|엔)당(.*)$/;

/** A counter or unit and 당 (per), with particles (대당, 인당의, 가구당은). */
export function isPerCounter(word: string): boolean {
  const m = PER_COUNTER.exec(word);
  return m !== null && nounTail(m[1]!);
}

// Currencies (貨): 엔화, 위안화는, 루블화를, which the dictionary lists in part.
const CURRENCY = /^(?:엔|원|달러|유로|위안|파운드|루블|페소|루피|리라|프랑|마르크|바트|링깃|헤알|루피아)화(.*)$/;

/** A currency name and 화 with particles (엔화는, 루블화를). */
export function isCurrency(word: string): boolean {
  const m = CURRENCY.exec(word);
  return m !== null && nounTail(m[1]!);
}

// The copula after a clause (있느냐다, 하느냐였다, 있느냐였는데), in its plain and connective forms.
export const COPULA = new Set([
  '다',
  '이다',
  '입니다',
  '였다',
  '이었다',
  '였습니다',
  '이라는',
  '라는',
  '이라고',
  '라고',
  '였는데',
  '인데',
  '였고',
  '이고',
  '였으며',
  '이며',
  '였지만',
  '이지만',
  '였다는',
  '였다고',
]);

/** Whether the form ends in a question ending that makes a clause a noun phrase: -냐, -는지/-은지/-을지/-ㄹ지/-ㄴ지. */
export function isQuestionClause(form: string): boolean {
  const n = form.length;
  if (n < 2) return false;
  const last = form[n - 1]!;
  if (last === '냐') return true;
  if (last !== '지') return false;
  const prev = form[n - 2]!;
  const code = prev.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return false;
  const t = code % 28;
  return prev === '는' || t === 4 /* ㄴ */ || t === 8; /* ㄹ */
}

// Native numerals written solid (한글 맞춤법 제44항: 열일곱, 스물한, 서른다섯), which the dictionary
// lists only in part: a ten, then a unit (or its form before a counter), then particles.
const NATIVE_NUMERAL = /^(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|한|두|세|네)(.*)$/;

/** A native numeral of a ten and a unit, with particles after it (열일곱, 스물둘은, 서른다섯의). */
export function isNativeNumeral(word: string): boolean {
  const m = NATIVE_NUMERAL.exec(word);
  return m !== null && nounTail(m[1]!);
}
