// Numbers a Korean target shows: digits with Korean place units (1천, 3억 5천만, 1,000), native
// numerals (일곱 차례, 두세 주, 둘째, 첫), spelled-out months (팔월, 유월) and 양 for a pair
// (양측, 양국). Only digits count as "extra" numbers later: native numerals are too easily part of
// ordinary words (한 = "did", 네 = "yes") to accuse a translator of adding a figure.
import { joinKoreanMixed } from './numbers-mixed';

export interface TargetNumber {
  value: number;
  percent: boolean;
  /** Written with digits (the only kind reported as an unexpected extra). */
  fromDigits: boolean;
  /** Followed by 월: a month, the only match for English month names. */
  isMonth: boolean;
  /** An ordinal: 2차, 셋째, 세 번째, 제3. */
  ordinal?: boolean;
  /** Followed by 일: a day of the month. */
  isDay?: boolean;
  /** Glued to a Hangul name (코로나19, 아이폰15, 프랑스5): matches a source number, never "extra". */
  inName?: boolean;
  /** A fraction read as a percentage (절반 50, 5분의 1 20): matches only a source percentage. */
  fraction?: boolean;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
// Digits glued after Latin letters are identifiers (G7, F-35), as on the English side.
// (The look-behinds are done in code: a regex that starts with one is tried at every position.)
// 4천300억 = (4천 + 300)억: a group with 천/백 and digits after it shares the big unit that follows.
const DIGIT_RE = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:([십백천])(\d+)(?=[만억조]))?([십백천]?)([만억조]?)/g;
// Digits glued to a Hangul name of two syllables or more and not followed by a counter are part
// of the name too (코로나19, 코로나19로), unlike 지난해4월 or 제3.
const COUNTER_START = new Set('년월일시분초명개차번회건곳위배원달주세살척대만천억조퍼프쪽층호등편권장째배톤킬미센'.split(''));
const isIdentifierDigit = (text: string, i: number) =>
  i > 0 && (/[A-Za-z0-9.,]/.test(text[i - 1]!) || (text[i - 1] === '-' && /[A-Za-z]/.test(text[i - 2] ?? '')));
const isNameDigit = (text: string, i: number) =>
  isHangul(text[i - 1]) && isHangul(text[i - 2]) && !COUNTER_START.has(text[i + (/^\d+/.exec(text.slice(i))?.[0].length ?? 0)] ?? '');
const isHangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
const FRACTION_BEFORE = /분의\s?$/;
const PERCENT_RE = /^\s?(?:%|％|퍼센트|프로(?![가-힣]))/;
const RANGE_MONTH_RE = /^\s?[~∼～〜–-]\s?(?:[1-9]|1[0-2])\s?월/;
const RANGE_PERCENT_RE = /^\s?[~∼～〜–-]\s?\d[\d,]*(?:\.\d+)?\s?(?:%|％|퍼센트)/;

function parseDigits(text: string, out: TargetNumber[]): void {
  let last: (TargetNumber & { scale: number }) | null = null;
  DIGIT_RE.lastIndex = 0;
  for (let m = DIGIT_RE.exec(text); m; m = DIGIT_RE.exec(text)) {
    // Digits glued to Latin letters (G7, S&P500) or to a Hangul name (코로나19) are part of a name:
    // they may match a source number but are never an invented one.
    const latinName =
      m.index! > 0 && (/[A-Za-z]/.test(text[m.index! - 1]!) || (text[m.index! - 1] === '-' && /[A-Za-z]/.test(text[m.index! - 2] ?? '')));
    if (!latinName && isIdentifierDigit(text, m.index!)) continue;
    const head = Number(m[1]!.replace(/,/g, ''));
    const n = m[2] ? head * SMALL[m[2]]! + Number(m[3]) : head;
    const small = m[4] ? SMALL[m[4]]! : 1;
    // 3분의 1만: a fraction's numerator followed by the particle 만 ("only a third"), not 10,000.
    const onlyParticle = m[5] === '만' && !m[2] && !m[4] && FRACTION_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    const big = m[5] && !onlyParticle ? BIG[m[5]]! : 1;
    const value = n * small * big;
    const start = m.index!;
    const end = start + m[0].length - (onlyParticle ? 1 : 0);
    // 3억 5천만, 1천500, 1만 2000: a group continues the previous one when that ended in a unit
    // and this one is smaller than the previous unit.
    const gap = last ? text.slice(last.end, start) : '';
    if (last && last.scale > 1 && (gap === '' || gap === ' ') && value < last.scale) {
      last.value += value;
      last.end = end;
      last.scale = big > 1 ? big : small > 1 ? small : 1;
      continue;
    }
    if (last) out.push(finish(last, text));
    last = { value, percent: false, fromDigits: true, isMonth: false, start, end, scale: big > 1 ? big : small > 1 ? small : 1 };
  }
  if (last) out.push(finish(last, text));
}

function finish(n: TargetNumber & { scale: number }, text: string): TargetNumber {
  // The first number of a range shares the second's percent sign (20~53%: 20 % and 53 %).
  const pc = PERCENT_RE.exec(text.slice(n.end, n.end + 5)) ?? (RANGE_PERCENT_RE.test(text.slice(n.end, n.end + 16)) ? [''] : null);
  // 3·1, 6·25, 9·11: month·day, as Korean writes historic dates. The first month of a range shares
  // the second's 월 (1~10월: January to October), as it shares a percent sign.
  const isMonth =
    !pc &&
    (text[n.end] === '월' ||
      ((text[n.end] === '·' || text[n.end] === 'ㆍ') && /\d/.test(text[n.end + 1] ?? '')) ||
      (n.value >= 1 && n.value <= 12 && RANGE_MONTH_RE.test(text.slice(n.end, n.end + 8))));
  const t: TargetNumber = {
    value: n.value,
    percent: !!pc,
    fromDigits: true,
    isMonth,
    start: n.start,
    end: n.end + (pc ? pc[0].length : 0),
  };
  if (isNameDigit(text, n.start) || /[A-Za-z]-?$/.test(text.slice(Math.max(0, n.start - 2), n.start))) t.inName = true;
  return t;
}

// Native numerals. Long stems are unambiguous; short ones (한 두 세 네 열 …) only count before a
// space, a counter or 째, and the noun forms (하나 둘 셋 넷) before a particle or a boundary, so
// 세계, 두려움, 둘러싼 and 네트워크 are not read as numbers.
const NATIVE_LONG: Record<string, number[]> = {
  다섯: [5],
  여섯: [6],
  일곱: [7],
  여덟: [8],
  아홉: [9],
  스물: [20],
  스무: [20],
  서른: [30],
  마흔: [40],
  열셋: [13],
  열세: [13],
  열넷: [14],
  열네: [14],
  열다섯: [15],
  열여섯: [16],
  열일곱: [17],
  열여덟: [18],
  열아홉: [19],
  예순: [60],
  일흔: [70],
  여든: [80],
  아흔: [90],
  한두: [1, 2],
  // Day counts: 이틀 2 days, 사흘 3, 나흘 4, 닷새 5, 엿새 6, 이레 7, 열흘 10, 보름 15.
  이틀: [2],
  사흘: [3],
  나흘: [4],
  닷새: [5],
  엿새: [6],
  이레: [7],
  여드레: [8],
  아흐레: [9],
  열흘: [10],
  보름: [15],
  // Approximate day counts: 하루이틀 1–2 days, 사나흘 3–4, 너더댓새 4–5, 대엿새 5–6.
  하루이틀: [1, 2],
  사나흘: [3, 4],
  너더댓새: [4, 5],
  대엿새: [5, 6],
  두세: [2, 3],
  서너: [3, 4],
  너덧: [4, 5],
  네댓: [4, 5],
  대여섯: [5, 6],
  예닐곱: [6, 7],
  일고여덟: [7, 8],
  열하나: [11],
  열한: [11],
  열둘: [12],
  열두: [12],
  유월: [6],
  시월: [10],
  // Half a century: 50 years written 반세기.
  반세기: [50],
};
// 천 and 백 are Sino-Korean but behave like the short native words (천 명, 백 년); 만 is left out
// because it also means "only".
const NATIVE_SHORT: Record<string, number> = { 한: 1, 첫: 1, 두: 2, 세: 3, 석: 3, 네: 4, 넉: 4, 열: 10, 두어: 2, 백: 100, 천: 1000 };
// 천 and 백 are also surnames: before a title (천 선수, 백 대표, 천 씨) they are a person, not 1,000.
const SURNAME_NUMBERS = new Set(['천', '백']);
const TITLE_AFTER = /^\s(?:선수|씨|대표|사장|감독|회장|의원|장관|교수|기자|위원|총장|코치|단장|작가|변호사|후보)/;
const NATIVE_NOUN: Record<string, number> = { 하나: 1, 둘: 2, 셋: 3, 넷: 4 };
const COUNTERS = '째|차례|번|명|개|가지|달|해|주|시|살|배|척|대|곳|쌍|마리|잔|편|발|건|권|채|사람|분';
const PARTICLES = '은|는|이|가|을|를|과|와|의|도|만|씩|로|으로|에|째';
const SINO_MONTH: Record<string, number> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  칠: 7,
  팔: 8,
  구: 9,
  십일: 11,
  십이: 12,
};

const longRe = new RegExp(
  `(${Object.keys(NATIVE_LONG)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'g',
);
const shortRe = new RegExp(
  `(${Object.keys(NATIVE_SHORT)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\s|${COUNTERS})`,
  'g',
);
// A native tens word with its unit written as one word (스물네 살 24, 서른한 명 31, 마흔다섯 36 +
// 9): the whole is one number, read before the tens word alone (스물 20). Short units only count
// before a space, a counter, a particle or a boundary, as above (스물세계 is not 23).
const TENS: Record<string, number> = { 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
const UNITS: Record<string, number> = {
  ...NATIVE_NOUN,
  ...{ 한: 1, 두: 2, 세: 3, 석: 3, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 },
};
const tensUnitRe = new RegExp(
  `(${Object.keys(TENS).join('|')})(${Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\s|${COUNTERS}|(?:${PARTICLES})?(?![가-힣]))`,
  'g',
);
const nounRe = new RegExp(`(${Object.keys(NATIVE_NOUN).join('|')})(?=(?:${PARTICLES})?(?![가-힣]))`, 'g');
const sinoMonthRe = /(십일|십이|[일이삼사오칠팔구])월/g;
// An amount of won in Sino-Korean numeral words, often a programme's or a product's name (‘천원의
// 아침밥’, 오천 원권, 백만 원): 천 원 1,000, 오천 원 5,000, 백만 원 1,000,000. Only before 원 and a
// particle or a word boundary (천원대, 만원사례 are other words). A stray reading (만원 "full house")
// can only hide a missing number: Hangul numerals never count as extra.
const SINO_DIGIT: Record<string, number> = { 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const sinoWonRe = new RegExp(`([이삼사오육칠팔구]?)(?:([천백])(만)?|(만))\\s?원(?=(?:이[다라나며고었]|${PARTICLES})?(?![가-힣]))`, 'g');
function sinoWon(m: RegExpExecArray): number[] {
  const unit = m[4] ? 10_000 : (m[2] === '천' ? 1000 : 100) * (m[3] ? 10_000 : 1);
  return [(m[1] ? SINO_DIGIT[m[1]]! : 1) * unit];
}
// 양측, 양국, 양 정상: "both/two" as a prefix.
const pairRe = /양(?=국|측|자(?:\s|회담|간|관계)|당|사(?![가-힣])|\s?정상|쪽)/g;

/** Every match of a global pattern, read with an exec loop (matchAll copies the pattern on each
 *  call, and this runs six patterns per segment). No pattern here matches the empty string. */
function collect(re: RegExp, text: string, values: (m: RegExpExecArray) => number[], out: TargetNumber[], isMonth = false): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index! - 1];
    if (isHangul(before) || (before !== undefined && before >= '0' && before <= '9')) continue; // inside a longer word or 1천
    for (const value of values(m)) {
      out.push({ value, percent: false, fromDigits: false, isMonth, start: m.index!, end: m.index! + m[0].length });
    }
  }
}

// A fraction gives a percentage: 절반 50 %, 5분의 1 20 %, 3분의 2 66.7 % (“50 percent” → 절반).
const FRACTION_RE = /(\d+)\s?분의\s?(\d+)|(?<![가-힣])절반/g;
function fractions(text: string, out: TargetNumber[]): void {
  FRACTION_RE.lastIndex = 0;
  for (let m = FRACTION_RE.exec(text); m; m = FRACTION_RE.exec(text)) {
    const value = m[1] ? (Number(m[2]) * 100) / Number(m[1]) : 50;
    if (!(value > 0 && value < 100)) continue;
    out.push({ value, percent: true, fromDigits: false, isMonth: false, fraction: true, start: m.index, end: m.index + m[0].length });
  }
}

// A day of the month before a range sign and the range's last day (13~14일, 13·14일, 13, 14일).
// Not a count of days (2~3일 동안, 1~2일간, 2, 3일 만에).
const DAY_RANGE_AFTER =
  /^\s?[~∼·,-]\s?(?:[12]\d|3[01]|0?[1-9])일(?:(?![가-힣])(?!\s?(?:동안|간|째|만에|씩|가량|이상|이내|정도))|[은는이을의에도부까께쯤경과와로엔])/;

export function extractKoreanNumbers(text: string): TargetNumber[] {
  const out: TargetNumber[] = [];
  if (/\d/.test(text)) parseDigits(text, out);
  if (text.includes('분의') || text.includes('절반')) fractions(text, out);
  joinKoreanMixed(text, out, (n) => n);
  const compounds: TargetNumber[] = [];
  collect(tensUnitRe, text, (m) => [TENS[m[1]!]! + UNITS[m[2]!]!], compounds);
  const before = out.length;
  collect(longRe, text, (m) => NATIVE_LONG[m[1]!]!, out);
  // The tens word of a compound already read (스물 of 스물네) is not a number of its own.
  if (compounds.length > 0) {
    const starts = new Set(compounds.map((n) => n.start));
    for (let i = out.length - 1; i >= before; i--) if (starts.has(out[i]!.start)) out.splice(i, 1);
    out.push(...compounds);
  }
  collect(
    shortRe,
    text,
    (m) => (SURNAME_NUMBERS.has(m[1]!) && TITLE_AFTER.test(text.slice(m.index + 1, m.index + 6)) ? [] : [NATIVE_SHORT[m[1]!]!]),
    out,
  );
  collect(nounRe, text, (m) => [NATIVE_NOUN[m[1]!]!], out);
  if (text.includes('원')) {
    // 천 원 is read above already (천 before a space): one number, not two.
    const won: TargetNumber[] = [];
    collect(sinoWonRe, text, sinoWon, won);
    const read = new Set(out.map((n) => n.start));
    for (const n of won) if (!read.has(n.start)) out.push(n);
  }
  collect(sinoMonthRe, text, (m) => [SINO_MONTH[m[1]!]!], out, true);
  collect(pairRe, text, () => [2], out);
  for (const n of out) {
    const after = text.slice(n.end, n.end + 4);
    if (
      /^\s?(?:차(?!례)|째|번째|회(?![가-힣]{2}))/.test(after) ||
      text.slice(Math.max(0, n.start - 1), n.start) === '제' ||
      text.slice(n.start, n.start + 1) === '첫'
    )
      n.ordinal = true;
    if (/^일(?![가-힣])|^일[은는이을의에도부까께쯤경과와로엔]|^일만(?!에)/.test(after) && n.fromDigits) n.isDay = true;
    // The first day of a range (13~14일, 13·14일, 13, 14일): a day too.
    else if (n.fromDigits && n.value >= 1 && n.value <= 31 && DAY_RANGE_AFTER.test(text.slice(n.end, n.end + 8))) n.isDay = true;
  }
  return out.sort((a, b) => a.start - b.start);
}
