// Two slips the value match cannot see, because a number with the same value is in the Korean:
// - a multiplier changed: “42 days, twice the incubation period” written 세 배인 42일. Korean writes
//   a multiple as N배 (두 배, 3배, 1.5배); where the English gives multiples (twice, double, tripled,
//   three times as many, tenfold), a Korean N배 whose N is none of them is flagged. An English
//   sentence with no multiple (up 200% → 3배) is not judged;
// - a count turned into a percentage: “Nineteen patients” written 19%가. A Korean percentage is
//   flagged when the English names no percentage at all (percent, per cent, %, pct, percentage
//   point, a fraction: numbers-idioms.ts reads those) and gives the figure as a plain number.
import type { SourceNumber } from './numbers-en';
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { EN_ONES, EN_TENS } from '../text/number-words-en';

const WORD_VALUES: Record<string, number> = { ...EN_ONES, ...EN_TENS };
const SIMPLE_MULTIPLES: [RegExp, number][] = [
  [/\b(?:twice|doubl(?:e|ed|es|ing))\b/gi, 2],
  [/\b(?:thrice|tripl(?:e|ed|es|ing))\b/gi, 3],
  [/\b(?:quadrupl(?:e|ed|es|ing))\b/gi, 4],
];
// “three times as many”, “1.5 times”, “10-fold”, “threefold”.
const N_TIMES = /\b(\d+(?:\.\d+)?|[a-z]+)[\s-]?(?:times\b|fold\b)/gi;
const KO_MULTIPLE =
  /(?<![가-힣\d.,])(\d+(?:\.\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?배(?=$|[^가-힣]|[로나가의인에는도씩이를와쯤]|가량|이상|이하|이나|까지|정도|에서|로|만큼|수준|씩)/g;
const KO_NATIVE: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

export interface NumberSlip {
  text: string;
  start: number;
  end: number;
}

/** The multiples the English gives (twice → 2, three times → 3), or an empty set. */
function englishMultiples(src: string): Set<number> {
  const out = new Set<number>();
  for (const [re, v] of SIMPLE_MULTIPLES) {
    re.lastIndex = 0;
    if (re.test(src)) out.add(v);
  }
  for (const m of src.matchAll(N_TIMES)) {
    const w = m[1]!.toLowerCase();
    const v = /^\d/.test(w) ? Number(w) : WORD_VALUES[w.replace(/fold$/, '')];
    if (v !== undefined) out.add(v);
  }
  for (const m of src.matchAll(/\b([a-z]+)fold\b/gi)) {
    const v = WORD_VALUES[m[1]!.toLowerCase()];
    if (v !== undefined) out.add(v);
  }
  return out;
}

/** Korean multiples (N배) that are none of the English's multiples. */
export function changedMultiples(src: string, tgt: string): NumberSlip[] {
  if (!tgt.includes('배')) return [];
  const want = englishMultiples(src);
  if (want.size === 0) return [];
  const out: NumberSlip[] = [];
  for (const m of tgt.matchAll(KO_MULTIPLE)) {
    const v = KO_NATIVE[m[1]!] ?? Number(m[1]);
    // 두세 배, 수 배: a range or an indefinite multiple is not one figure.
    if (/[두세네수몇]$/.test(tgt.slice(Math.max(0, m.index! - 1), m.index!))) continue;
    if (!want.has(v)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// - a multiple turned into a quantity: “1.5 to 1.7 times the usual time” written 1.5~1.7시간. A
//   figure the English gives as a multiple of something (N times the/as/more/higher …, not a count of
//   occasions: three times a week) and the Korean writes only before another unit, with no N배
//   anywhere, is flagged.
const EN_MULTIPLE_OF =
  /\b(\d+(?:\.\d+)?)(?:\s?(?:to|-|–|or)\s?(\d+(?:\.\d+)?))?\s+times\s+(?:the|as|more|less|higher|lower|larger|bigger|greater|faster|longer|that|what|its|their|his|her)\b/gi;

/** English multiples (N times the …) the Korean writes as a figure of another unit, never as N배. */
export function lostMultiples(src: string, tgt: string): NumberSlip[] {
  if (!/\btimes\b/i.test(src) || !/\d/.test(tgt)) return [];
  const out: NumberSlip[] = [];
  for (const m of src.matchAll(EN_MULTIPLE_OF)) {
    // “530 times the size of a soccer field” is written 축구장 530개 넓이 (a count of the things): the
    // usual Korean for a size compared, no lost multiple.
    const sizeOf = /^\s+(?:size|area)\b/i.test(src.slice(m.index + m[0].length));
    for (const figure of [m[1], m[2]]) {
      if (!figure) continue;
      const esc = figure.replace('.', '\\.');
      if (new RegExp(`(?<![\\d.])${esc}\\s?배`).test(tgt) || new RegExp(`(?<![\\d.])${esc}\\s?[~∼-]\\s?[\\d.]+\\s?배`).test(tgt)) continue;
      const unit = new RegExp(
        `(?<![\\d.])${esc}(?:\\s?[~∼-]\\s?[\\d.]+)?\\s?(시간|분|초|일|주|개월|년|명|개|곳|건|원|달러|배럴|톤|t|kg|km|m|%)`,
      ).exec(tgt);
      if (!unit || (sizeOf && unit[1] === '개' && /^\s?(?:넓이|크기|면적|규모|만)/.test(tgt.slice(unit.index + unit[0].length)))) continue;
      out.push({ text: unit[0], start: unit.index, end: unit.index + unit[0].length });
      break;
    }
  }
  return out;
}

const ANY_PERCENT =
  /%|\bper\s?cent|\bpct\b|\bpercentage|\bhalf\b|\bhalves\b|\bthirds?\b|\bquarters?\b|\bfifths?\b|\btenths?\b|\bmajority\b/i;
const KO_PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|퍼센트)(?!\s?(?:포인트|[pP](?![A-Za-z])))/g;

/** Korean percentages of a figure the English gives as a plain number, in an English naming no percentage. */
export function addedPercents(src: string, tgt: string, required: readonly SourceNumber[]): NumberSlip[] {
  if (!/[%퍼]/.test(tgt) || ANY_PERCENT.test(src)) return [];
  const plain = new Set(required.filter((s) => s.kind === 'number').map((s) => s.value));
  const out: NumberSlip[] = [];
  for (const m of tgt.matchAll(KO_PERCENT))
    if (plain.has(Number(m[1]))) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The numbers check's issues for both slips. */
export function multiplierIssues(src: string, tgt: string, required: readonly SourceNumber[], locale: QaLocale): QaIssue[] {
  const issue = (u: NumberSlip, key: string, en: string, ko: string) =>
    makeIssue('numbers', locale, { severity: 'error', key, targetSpan: { start: u.start, end: u.end }, message: { en, ko } });
  return [
    ...changedMultiples(src, tgt).map((u) =>
      issue(
        u,
        `multiple:${u.text}`,
        `${q(u.text)}: the source gives another multiple (twice, three times …). Was the figure changed?`,
        `${q(u.text)}: 원문의 배수와 다릅니다. 숫자가 바뀌지 않았습니까?`,
      ),
    ),
    ...lostMultiples(src, tgt).map((u) =>
      issue(
        u,
        `lost-multiple:${u.text}`,
        `${q(u.text)}: the source gives this figure as a multiple (… times), which Korean writes N배.`,
        `${q(u.text)}: 원문에서 이 숫자는 배수(… times)입니다. ‘N배’로 옮겨야 하지 않습니까?`,
      ),
    ),
    ...addedPercents(src, tgt, required).map((u) =>
      issue(
        u,
        `unit:${u.text}`,
        `${q(u.text)} is a percentage, where the source gives a count with no percentage.`,
        `${q(u.text)}: 원문은 백분율이 아니라 수(개수)입니다.`,
      ),
    ),
  ];
}
