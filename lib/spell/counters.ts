// A counter (단위성 의존 명사) after a number, with the suffixes Korean puts on a quantity: -씩 (each),
// -짜리 (worth, of that size), -째 (the n-th), -어치 (worth of), -당 (per), -꼴, -가량, -쯤, -여 (about)
// and particles (두 개씩, 2천 원짜리, 세 번째로, 만 원어치를, 1인당). The dictionary lists the counter
// but not every such chain; written apart from the number (한글 맞춤법 제43항), the counter comes to the
// spelling check as a word of its own.
import type { SpellToken } from './tokenise';
import { objectForms } from './noun-probes';
import { isParticleTail } from './particles';
import { COPULA } from './word-shapes';

const COUNTERS = [
  '개',
  '명',
  '원',
  '달러',
  '엔',
  '유로',
  '위안',
  '파운드',
  '마리',
  '권',
  '대',
  '채',
  '척',
  '벌',
  '켤레',
  '장',
  '잔',
  '병',
  '그릇',
  '접시',
  '통',
  '봉지',
  '상자',
  '곳',
  '군데',
  '가지',
  '번',
  '차례',
  '회',
  '살',
  '년',
  '개월',
  '달',
  '주',
  '일',
  '시간',
  '분',
  '초',
  '층',
  '평',
  '인분',
  '인',
  '쪽',
  '편',
  '곡',
  '점',
  '표',
  '배',
  '포기',
  '송이',
  '그루',
  '알',
  '쌍',
  '줄',
  '판',
  '조각',
  '덩이',
  '칸',
  '량',
  '톤',
  '킬로그램',
  '그램',
  '리터',
  '미터',
  '킬로미터',
  '퍼센트',
  // Currencies counted like 원 and 달러 (800만 동쯤, 50페소씩): the Vietnamese đồng, and others news gives.
  '동',
  '페소',
  '루피',
  '루피아',
  '바트',
  '링깃',
  '루블',
  '리라',
  '프랑',
  '헤알',
  '랜드',
  '크로나',
  '크로네',
  '디르함',
  '리얄',
];
const SUFFIXES = ['씩', '짜리', '째', '어치', '당', '꼴', '가량', '쯤', '여'];
const COUNTER_RE = new RegExp(`^(?:${[...COUNTERS].sort((a, b) => b.length - a.length).join('|')})(?:${SUFFIXES.join('|')})?`);

// Native numerals as they stand before a counter (한 개, 두 명, 스무 살), Sino-Korean ones (삼 년, 이천 원),
// and the words for an unknown number (몇, 여러, 수십), also before the Sino-Korean powers (몇십만, 수백억).
const NATIVE = [
  '한',
  '두',
  '세',
  '석',
  '서',
  '네',
  '넉',
  '너',
  '다섯',
  '여섯',
  '일곱',
  '여덟',
  '아홉',
  '열',
  '스무',
  '스물',
  '서른',
  '마흔',
  '쉰',
  '예순',
  '일흔',
  '여든',
  '아흔',
  '몇',
  '여러',
  '수십',
  '수백',
  '수천',
  '수만',
  '수십만',
  '수백만',
  // Two numbers together for an approximate count (표준국어대사전's 수사/관형사: 한두 개, 두세 명씩, 서너
  // 번, 대여섯 살쯤, 예닐곱 명).
  '한두',
  '두세',
  '두서너',
  '서너',
  '너덧',
  '네댓',
  '너더댓',
  '댓',
  '대여섯',
  '예닐곱',
  '일여덟',
  '일고여덟',
  '엳아홉',
  '두어',
  '여남은',
];
const NUMBER_WORD = new RegExp(
  `^(?:(?:${NATIVE.join('|')})|(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)|(?:몇|수)?[일이삼사오육칠팔구십백천만억조]+)$`,
);
/** Digits, with separators and units written in Hangul (2천, 1만5천, 3,000, 1.5). */
const DIGITS = /^[0-9][0-9,.]*(?:[천만억조][0-9,.]*)*$/;

/** The word before the token, as written (punctuation kept), or ''. */
function wordBefore(text: string, token: SpellToken): string {
  const head = text.slice(0, token.start);
  if (!/[ \u00a0]$/.test(head)) return '';
  return (
    head
      .trimEnd()
      .split(/[ \u00a0]+/)
      .at(-1) ?? ''
  );
}

/** A counter with a quantity's suffix and particles, written after a number (두 개씩, 2천 원짜리). */
export function isCounterAfterNumber(text: string, token: SpellToken): boolean {
  const m = COUNTER_RE.exec(token.word);
  const tail = m ? token.word.slice(m[0].length) : '';
  // Particles, not the 씨/측/쪽 a name takes (두 개씨 is 개씩 misspelt).
  if (!m || !isParticleTail(tail) || /^[씨측쪽]/.test(tail)) return false;
  const before = wordBefore(text, token);
  return DIGITS.test(before) || NUMBER_WORD.test(before);
}

/**
 * A noun used as a unit after a number, with -씩 and particles (한 계단씩, 두 걸음씩, 세 사람씩은): the noun,
 * for the caller to ask the dictionary; else null. Any noun can count so (단위성 의존 명사 or not).
 */
export function nounBeforeSsik(text: string, token: SpellToken): string | null {
  const m = /^([\uac00-\ud7a3]+?)씩(.*)$/.exec(token.word);
  if (!m || !isParticleTail(m[2]!) || /^[씨측쪽]/.test(m[2]!)) return null;
  const before = wordBefore(text, token);
  return DIGITS.test(before) || NUMBER_WORD.test(before) ? m[1]! : null;
}

// -쯤 and -가량 (about) after a noun, then particles or the copula (반쯤, 중간쯤에, 절반가량이, 이쯤이면):
// suffixes 표준국어대사전 writes solid with any noun of time, place or amount; the dictionary lists few
// such words. The noun must take 을/를 in the dictionary, so a misspelt stem (몇일쯤) is still refused.
const APPROX = /^([\uac00-\ud7a3]+?)(쯤|가량)(.*)$/;

/** The noun before -쯤/-가량, when the word is noun + suffix + particles; else null. */
function approxStem(word: string): string | null {
  const m = APPROX.exec(word);
  if (!m || !(isParticleTail(m[3]!) || COPULA.has(m[3]!))) return null;
  return m[1]!;
}

/** Whether the word is a noun of the dictionary with -쯤 or -가량 and particles (반쯤, 중간쯤에). */
export function isApproxNoun(word: string, spell: (s: string) => boolean): boolean {
  const stem = approxStem(word);
  return stem !== null && objectForms(stem).some(spell);
}

/** The dictionary answers isApproxNoun needs. */
export function approxNounQueries(word: string): string[] {
  const stem = approxStem(word);
  return stem === null ? [] : objectForms(stem);
}
