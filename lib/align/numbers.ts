// Numbers, dates and years survive translation almost untouched, so they are the strongest anchors we
// have without a dictionary. English writes them as digits, number words ("seven occasions") or dates
// ("August 20th", "May fourth"); Korean writes digits with counters ("8월 20일", "7차례", "150만").
// Both sides are reduced to the same normalised values ("8", "20", "1500000") so they can be compared.
import { EN_MONTH_ABBREVIATIONS, EN_MONTHS, EN_ONES, EN_ORDINALS, EN_SCALES, EN_TENS } from '../text/number-words-en';

const ONES = EN_ONES;
const TENS = EN_TENS;
const ORDINALS = EN_ORDINALS;
const MONTHS = EN_MONTHS.map((m) => m.toLowerCase());
/** Scales after a count ("1.5 million", "two billion"); "hundred" is left out. */
const SCALES: Record<string, number> = Object.fromEntries(Object.entries(EN_SCALES).filter(([w]) => w !== 'hundred'));
// Native Korean numerals only count before a counter word; alone they are too ambiguous (세 = "world", 네 = "yes").
const KO_NATIVE: Record<string, number> = {
  석: 3,
  넉: 4,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};

/** Canonical string for a numeric value, so "1,000", "1000" and "천" compare equal. */
export function normaliseNumber(value: number): string {
  // 12 significant digits: 67.4 × 10¹² is 67400000000000.01 in binary floating point.
  return String(Number((Math.round(value * 1000) / 1000).toPrecision(12)));
}

/** Day-of-month values are marked ("d20"): a weekday in English often stands for one in Korean (지난 2일). */
export const dayValue = (day: number) => `d${day}`;

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** An English ordinal or cardinal word used as a day after a month name ("May fourth", "June twenty-first"). */
function dayWord(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  const [first = '', second = ''] = parts; // split() always returns at least one part
  const tens = TENS[first];
  if (parts.length === 2 && tens !== undefined) {
    const unit = ORDINALS[second] ?? ONES[second];
    return unit !== undefined && unit < 10 ? tens + unit : undefined;
  }
  return ORDINALS[first] ?? ONES[first] ?? tens;
}

/** A cardinal number word ("seven", "twenty-five"); "one" is left out because it is mostly a pronoun. */
function cardinalWord(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  const [first = '', second = ''] = parts; // split() always returns at least one part
  const tens = TENS[first];
  if (parts.length === 2) {
    const unit = ONES[second];
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  if (parts.length !== 1) return undefined;
  return ONES[first] ?? tens;
}

// AP style abbreviates months before a day: "Aug. 20", "Sept. 19, 2018", "Dec. 3".
const MONTH_ABBREVIATIONS: Record<string, number> = Object.fromEntries(
  Object.entries(EN_MONTH_ABBREVIATIONS).map(([w, n]) => [w.toLowerCase(), n]),
);
// "two-thirds" ↔ "3분의 2", "a third" ↔ "3분의 1": both the denominator and the numerator.
export const DENOMINATORS: Record<string, number> = {
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
// "twice" ↔ "두 배 / 두 번 / 두 차례", "tripled" ↔ "세 배".
const MULTIPLICATIVES: Record<string, number> = {
  twice: 2,
  double: 2,
  doubled: 2,
  triple: 3,
  tripled: 3,
  threefold: 3,
  fourfold: 4,
  quadrupled: 4,
  tenfold: 10,
};
// Ordinals from "third" up are kept ("the third quarter" ↔ "3분기", "the seventh straight time" ↔
// "일곱 차례"); "first" and "second" are left out (첫, 두 번째 and "a second look" carry no digit).
const COUNTED_ORDINALS = Object.fromEntries(Object.entries(ORDINALS).filter(([, v]) => v >= 3));
const NUMBER_WORDS = [
  ...Object.keys(ONES),
  ...Object.keys(TENS),
  ...MONTHS,
  ...Object.keys(MULTIPLICATIVES),
  ...Object.keys(COUNTED_ORDINALS),
];
const FRACTION_WORDS = `(?:a|one|${Object.keys(ONES).join('|')})[- ](?:${Object.keys(DENOMINATORS).join('|')})`;
const FRACTION = new RegExp(`^(a|one|${Object.keys(ONES).join('|')})[- ](${Object.keys(DENOMINATORS).join('|')})$`, 'i');
// Only digits and the words that can carry a number are visited; the word after (scale, day) and
// before ("in May") are read on demand. Scanning every word made this the slowest step of align().
const EN_CANDIDATE = new RegExp(
  `\\d[\\d,]*(?:\\.\\d+)?(?:st|nd|rd|th)?|(?<![A-Za-z])(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.(?=[\\s\\u00a0]+\\d)|(?<![A-Za-z])${FRACTION_WORDS}(?![A-Za-z])|(?<![A-Za-z])(?:${NUMBER_WORDS.join('|')})(?:-[A-Za-z]+)?(?![A-Za-z])`,
  'gi',
);
const NEXT_WORD = /[\s\u00a0]+(\d+(?:st|nd|rd|th)?|[A-Za-z]+(?:-[A-Za-z]+)?)/y;
const PREVIOUS_WORD = /([A-Za-z]+)[\s\u00a0-]+$/;
// "May" is also a modal verb: only read it as a month when a day follows or a preposition precedes it.
const MAY_CONTEXT = /^(?:in|since|until|from|of|by|early|late|mid|last|next|this|on|through|till)$/i;

/** Normalised numeric values mentioned in an English paragraph (digits, number words, dates). */
export function englishNumbers(text: string): string[] {
  const out: string[] = [];
  EN_CANDIDATE.lastIndex = 0;
  for (let m = EN_CANDIDATE.exec(text); m; m = EN_CANDIDATE.exec(text)) {
    const tok = m[0];
    NEXT_WORD.lastIndex = m.index + tok.length;
    const nextMatch = NEXT_WORD.exec(text);
    const next = nextMatch?.[1]!.toLowerCase(); // group 1 is not optional
    const scale = next !== undefined ? SCALES[next] : undefined;
    const skipNext = () => {
      if (nextMatch) EN_CANDIDATE.lastIndex = NEXT_WORD.lastIndex;
    };
    if (/^\d/.test(tok)) {
      const value = parseDigits(tok.replace(/(?:st|nd|rd|th)$/, ''));
      if (Number.isFinite(value)) out.push(normaliseNumber(scale ? value * scale : value));
      if (scale) skipNext();
      continue;
    }
    const lower = tok.toLowerCase();
    const fraction = FRACTION.exec(lower);
    if (fraction) {
      const [, count = '', part = ''] = fraction; // both groups are required by FRACTION
      const numerator = count === 'a' || count === 'one' ? 1 : ONES[count];
      out.push(String(DENOMINATORS[part]), String(numerator));
      continue;
    }
    if (MULTIPLICATIVES[lower] !== undefined) {
      out.push(String(MULTIPLICATIVES[lower]));
      continue;
    }
    if (COUNTED_ORDINALS[lower] !== undefined) {
      out.push(String(COUNTED_ORDINALS[lower]));
      continue;
    }
    const abbreviated = lower.endsWith('.') ? MONTH_ABBREVIATIONS[lower.slice(0, -1)] : undefined;
    if (abbreviated !== undefined) {
      if (!/^[A-Z]/.test(tok)) continue;
      out.push(String(abbreviated));
      const day = next !== undefined ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(next) : null;
      if (day) {
        out.push(dayValue(Number(day[1])));
        skipNext();
      }
      continue;
    }
    const month = MONTHS.indexOf(lower);
    if (month >= 0) {
      if (!/^[A-Z]/.test(tok)) continue;
      const day = next === undefined || /^\d/.test(next) ? undefined : dayWord(next);
      const dayFollows = day !== undefined || (next !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next));
      const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1] ?? '';
      if (lower === 'may' && !dayFollows && !MAY_CONTEXT.test(previous)) continue;
      out.push(String(month + 1));
      const digitDay = next !== undefined ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(next) : null;
      if (day !== undefined || digitDay) {
        out.push(dayValue(day ?? Number(digitDay![1])));
        skipNext();
      }
      continue;
    }
    const card = cardinalWord(tok);
    // "the two Koreas / sides / leaders" is 남북 / 양측 / 두 정상 in Korean: rarely a digit.
    if (card === 2 && /\bthe[\s\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (card !== undefined) {
      // "three decades" ↔ "30년"
      const factor = scale ?? (next === 'decades' ? 10 : 1);
      out.push(normaliseNumber(card * factor));
      if (factor !== 1) skipNext();
    }
  }
  return out;
}

const KO_SCALE = '십만|백만|천만|십억|백억|천억|천|만|억|조';
// A Korean amount can chain groups with falling scales: "13만 3천" = 133,000, "2만 8,500" = 28,500,
// "1억 2천만" = 120,000,000. The whole chain is one number, as the English "133,000" is.
// The scale must touch the digits: "5·24 조치" is a date and "measures", not 24 trillion.
const KO_DIGITS = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(${KO_SCALE})?((?:\\s?\\d[\\d,]*(?:\\.\\d+)?(?:${KO_SCALE})?)*)`, 'g');
const KO_GROUP = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(${KO_SCALE})?`, 'g');

/**
 * Reads a chain like "3조7천500억" (3.75 × 10¹²) or "13만 3천" (133,000) the Korean way: 천/백/십 groups
 * add up into a section that the next 만/억/조 multiplies. A group at least as large as the smallest
 * place already used starts a new number ("2019 2020" stays two numbers).
 */
function koreanAmounts(chain: string): number[] {
  const out: number[] = [];
  let total = 0;
  let section = 0;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  let started = false;
  for (const g of chain.matchAll(KO_GROUP)) {
    const value = parseDigits(g[1]!); // group 1 is not optional
    if (!Number.isFinite(value)) continue;
    const unit = g[2] ?? '';
    const big = unit.endsWith('조') ? 1e12 : unit.endsWith('억') ? 1e8 : unit.endsWith('만') ? 1e4 : 1;
    const smallUnit = big === 1 ? unit : unit.slice(0, -1);
    const small = smallUnit === '천' ? 1e3 : smallUnit === '백' ? 1e2 : smallUnit === '십' ? 10 : 1;
    const continues = small < lastSmall && (big === 1 || big < lastBig) && section + value * small < lastBig;
    if (started && !continues) {
      out.push(total + section);
      total = 0;
      section = 0;
      lastBig = Infinity;
    }
    started = true;
    section += value * small;
    lastSmall = small;
    if (big > 1) {
      total += section * big;
      section = 0;
      lastBig = big;
      lastSmall = Infinity;
    }
  }
  out.push(total + section);
  return out;
}
// Native numerals and day counts Korean writes without digits: "두 배" (twice), "닷새" (five days).
const KO_DAY_COUNTS: Record<string, number> = { 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 열흘: 10 };
const KO_DAY_COUNT = new RegExp(`(?:^|[\\s(“‘"'])(${Object.keys(KO_DAY_COUNTS).join('|')})`, 'g');
// A day of the month: "20일", "지난 2일" (not "20일간", a count of days).
const KO_DAY = /^일(?!간|부(?!터)|대|본|반|단|정|원|치|제|선)/; // 13일부터 is a day, 일부 is "some"
const KO_NATIVE_COUNTER =
  /(?:^|[\s(“‘"'])(두|세|네|석|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?:차례|번|배|명|개|가지|곳|주|달|해|척|발|개월|시간|나라|국|살)/g;

/** Normalised numeric values mentioned in a Korean paragraph (digits with 만/억 scales, native numerals). */
export function koreanNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KO_DIGITS)) {
    const values = koreanAmounts(m[0]);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    // The last value of a chain followed by 일 is a day; "12∼13일" makes both ends days.
    const isDay = !m[2] && KO_DAY.test(after);
    values.forEach((value, k) => {
      const day = isDay && k === values.length - 1 && Number.isInteger(value) && value >= 1 && value <= 31;
      out.push(day ? dayValue(value) : normaliseNumber(value));
    });
  }
  for (const [, word = ''] of text.matchAll(KO_NATIVE_COUNTER)) out.push(String(KO_NATIVE[word]));
  for (const [, word = ''] of text.matchAll(KO_DAY_COUNT)) out.push(String(KO_DAY_COUNTS[word]));

  return out;
}
