// Mixed numbers and vulgar fractions, for the numbers check: “178 1/3 innings” and “178⅓ innings”
// in English; 178⅓이닝 and 178과 3분의 1이닝 in Korean. Each is one value (178.333…), not three
// figures: the English 1 and 3 are the fraction's, and the Korean ⅓ is not a figure left out.
// A bare “1/3” is left alone (it is as often a date or a score as a fraction).

/** The Unicode vulgar fractions. */
export const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
const VULGAR_CLASS = Object.keys(VULGAR).join('');
const HAS_VULGAR = new RegExp(`[${VULGAR_CLASS}]`);

export interface MixedNumber {
  value: number;
  /** The figures written inside it (178, 1, 3), which the Korean may show on their own. */
  parts: number[];
  text: string;
  start: number;
  end: number;
}

// 178 1/3, 2 3/4, 178⅓, 178 ⅓, ⅓ (a numerator below its denominator, a denominator up to 16).
const EN_MIXED_RE = new RegExp(
  String.raw`(?<![\d.,/])(\d+)(?:[ \u00a0](\d{1,2})\/(\d{1,2})(?![\d/])|[ \u00a0]?([${VULGAR_CLASS}]))|(?<![\d.,])([${VULGAR_CLASS}])`,
  'g',
);

/** The mixed numbers and vulgar fractions of an English text (cheap when it has neither). */
export function englishMixedNumbers(text: string): MixedNumber[] {
  if (!text.includes('/') && !HAS_VULGAR.test(text)) return [];
  const out: MixedNumber[] = [];
  EN_MIXED_RE.lastIndex = 0;
  for (let m = EN_MIXED_RE.exec(text); m; m = EN_MIXED_RE.exec(text)) {
    const whole = m[1] !== undefined ? Number(m[1]) : 0;
    let frac: number;
    const parts = m[1] !== undefined ? [whole] : [];
    if (m[2] !== undefined) {
      const num = Number(m[2]);
      const den = Number(m[3]);
      if (!(num > 0 && num < den && den <= 16)) continue;
      frac = num / den;
      parts.push(num, den);
    } else frac = VULGAR[m[4] ?? m[5]!]!;
    out.push({ value: whole + frac, parts, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The part of a Korean number the mixed-number pass needs (numbers-ko.ts's TargetNumber). */
interface KoNumber {
  value: number;
  percent: boolean;
  fromDigits: boolean;
  isMonth: boolean;
  fraction?: boolean;
  start: number;
  end: number;
}

// 178과 3분의 1: a whole number, 과/와 and a fraction below one.
const KO_AND_FRACTION = /^\s?[과와]\s?(\d+)\s?분의\s?(\d+)/;

/**
 * Joins a Korean whole number and the fraction after it into one value, in place: 178⅓ (the ⅓ glued
 * to the digits or after a space) and 178과 3분의 1 (whose fraction and its digits are dropped
 * from the list); a ⅓ with no digits before it is a number of its own.
 */
export function joinKoreanMixed<T extends KoNumber>(text: string, out: T[], make: (n: KoNumber) => T): void {
  const vulgar = HAS_VULGAR.test(text);
  if (!vulgar && !text.includes('분의')) return;
  const drop = new Set<T>();
  const glued = new Set<number>();
  for (const t of out) {
    if (!t.fromDigits || t.percent || t.isMonth || !Number.isInteger(t.value) || drop.has(t)) continue;
    const after = text.slice(t.end, t.end + 12);
    const v = vulgar ? /^ ?(.)/u.exec(after) : null;
    if (v && VULGAR[v[1]!] !== undefined) {
      t.value += VULGAR[v[1]!]!;
      t.end += v[0].length;
      glued.add(t.end - 1);
      continue;
    }
    const f = KO_AND_FRACTION.exec(after);
    // 2분의 3과 3분의 2: the 3 is a fraction's own numerator, not a whole number.
    if (f && /분의\s?$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    if (!f || !(Number(f[2]) > 0 && Number(f[2]) < Number(f[1]))) continue;
    const end = t.end + f[0].length;
    for (const o of out) if (o !== t && o.start >= t.end && o.end <= end) drop.add(o);
    t.value += Number(f[2]) / Number(f[1]);
    t.end = end;
  }
  if (drop.size > 0) for (let i = out.length - 1; i >= 0; i--) if (drop.has(out[i]!)) out.splice(i, 1);
  if (!vulgar) return;
  for (let i = 0; i < text.length; i++) {
    const value = VULGAR[text[i]!];
    if (value === undefined || glued.has(i) || /\d/.test(text[i - 1] ?? '') || (text[i - 1] === ' ' && /\d/.test(text[i - 2] ?? '')))
      continue;
    out.push(make({ value, percent: false, fromDigits: true, isMonth: false, start: i, end: i + 1 }));
  }
}
