// Percentage points and percent are different quantities: a share that rose "by 4 percentage
// points" (4%포인트, 4%p) did not rise "by 4 percent" (4%), and the reverse. The number matches
// either way, so the numbers check proper cannot see the unit changed. A percentage-point figure
// of the English must keep 포인트 (or p) after its % in the Korean; a Korean %포인트 needs a
// percentage point (or a basis point, a point) in the English.
import { EN_ONES } from '../text/number-words-en';

const SOURCE_POINTS = /(\d+(?:\.\d+)?)[\s-]*(?:percentage|percent(?:age)?)[\s-]+points?\b/gi;
const ANY_POINT = /\bpoints?\b|\bbps\b/i;
const TARGET_PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|퍼센트)(\s?(?:포인트|[pP](?![A-Za-z])))?/g;

export interface UnitSlip {
  /** The Korean figure as written (4%, 4%포인트). */
  text: string;
  start: number;
  end: number;
  /** The English unit lost: 'points' (4%포인트 written 4%) or 'percent' (4% written 4%포인트). */
  want: 'points' | 'percent';
}

/** Korean percent figures whose unit is not the English's (points given as percent, or the reverse). */
export function percentUnitSlips(src: string, tgt: string): UnitSlip[] {
  if (!/[%퍼]/.test(tgt)) return [];
  const points = new Set([...src.matchAll(SOURCE_POINTS)].map((m) => Number(m[1])));
  const hasPoint = ANY_POINT.test(src);
  const found = [...tgt.matchAll(TARGET_PERCENT)].map((m) => ({ value: Number(m[1]), m }));
  const out: UnitSlip[] = [];
  for (const { value, m } of found) {
    const text = m[0];
    const start = m.index;
    if (m[2]) {
      if (!hasPoint) out.push({ text, start, end: start + text.length, want: 'percent' });
    } else if (points.has(value) && !found.some((f) => f.value === value && f.m[2])) {
      out.push({ text, start, end: start + text.length, want: 'points' });
    }
  }
  return out;
}

// A fraction turned upside down: two-thirds written 2분의 3 (three halves) for 3분의 2. Korean puts
// the denominator first, the reverse of English, so the slip is easy and the numbers check proper
// sees both digits in place.
const NUMERATORS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  ...Object.fromEntries(Object.entries(EN_ONES).filter(([, v]) => v <= 9)),
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halve: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const EN_FRACTION =
  /\b(an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+(half|halves|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?)\b|\b(\d)\/(\d{1,2})\b/gi;
const KO_FRACTION = /(\d+)\s?분의\s?(\d+)/g;

/** Korean fractions (A분의 B) that are the inverse of a fraction of the English and not one of its own. */
export function invertedFractions(src: string, tgt: string): { text: string; start: number; end: number }[] {
  if (!tgt.includes('분의')) return [];
  const fractions = new Set<string>();
  for (const m of src.matchAll(EN_FRACTION)) {
    const num = m[3] ? Number(m[3]) : NUMERATORS[m[1]!.toLowerCase()]!;
    const den = m[4] ? Number(m[4]) : DENOMINATORS[m[2]!.toLowerCase().replace(/(?:ves|s)$/, (x) => (x === 'ves' ? 've' : ''))]!;
    if (num && den) fractions.add(`${num}/${den}`);
  }
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of tgt.matchAll(KO_FRACTION)) {
    const den = Number(m[1]);
    const num = Number(m[2]);
    if (num !== den && !fractions.has(`${num}/${den}`) && fractions.has(`${den}/${num}`))
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
