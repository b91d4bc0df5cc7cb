// Idioms whose Korean is a number the English does not write, and fractions Korean may give as a
// percentage, for the numbers check (numbers.ts reads them for a Korean digit left over).
// - Time idioms: around the clock / round-the-clock → 24시간, 24/7 → 24시간 or 연중무휴, year-round →
//   365일 or 12개월, a fortnight → 2주 (14일, 보름), a week → 7일, half a century → 50년 (반세기),
//   a quarter of a century → 25년, half a dozen → 6, half an hour → 30분, a couple of → 두어 (2),
//   a millennium → 1000년, midnight → 밤 12시 (0시, 24시), noon / midday → 낮 12시. (A decade → 10년, a dozen → 12 and a century → 100 are numbers-en.ts's
//   allowed words.)
// - Fractions: half → 절반 or 50%, a quarter → 4분의 1 or 25%, a fifth → 5분의 1 or 20%, a third →
//   3분의 1 or 33%, two-thirds → 3분의 2 or 67%, three quarters → 75%: the percentage counts, only as
//   a percentage (half → 50% but not 50명).
// The English number of “24/7” is the idiom's, not two figures to carry over.

/** Values (not percentages) each idiom lets the Korean write in digits. */
const IDIOMS: readonly [string, readonly number[]][] = [
  [String.raw`a?round[- ]the[- ]clock`, [24]],
  [String.raw`24\s?\/\s?7`, [24, 7, 365]],
  [String.raw`year[- ]round|all\s+(?:the\s+)?year`, [365, 12]],
  [String.raw`fortnight(?:s|ly)?`, [2, 14]],
  [String.raw`(?:a|one|per|each)\s+week|week-?long`, [7]],
  [String.raw`half(?:\s+a|-)\s?century`, [50]],
  [String.raw`quarter(?:\s+of\s+a|-)\s?century`, [25]],
  [String.raw`half(?:\s+a|-)\s?dozen`, [6]],
  [String.raw`half(?:\s+an|-)\s?hour`, [30]],
  [String.raw`couple`, [2]],
  [String.raw`millenni(?:um|a)`, [1000]],
  [String.raw`midnight|noon|midday`, [12, 0, 24]],
];
// One pattern, a group per idiom: a single scan of the text (this runs on every segment).
const IDIOM_RE = new RegExp(String.raw`\b(?:${IDIOMS.map(([re]) => `(${re})`).join('|')})\b`, 'gi');

/** The 24/7 of a text: its digits are the idiom's, not figures the Korean must carry. */
export const ALL_HOURS_RE = /\b24\s?\/\s?7\b/g;

/** Values the idioms of a text allow in the Korean as digits. */
export function idiomValues(text: string): number[] {
  const out: number[] = [];
  IDIOM_RE.lastIndex = 0;
  for (let m = IDIOM_RE.exec(text); m; m = IDIOM_RE.exec(text)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined);
    out.push(...IDIOMS[k - 1]![1]);
  }
  return out;
}

const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
// “a fifth”, “one in five” is not here (numbers-en reads both figures); “two-thirds”, “three quarters”.
const FRACTION_RE =
  /\b(?:(a|an|one|two|three|four|five|seven|nine)[\s-]+)?(half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)\b/gi;
const FRACTION_GATE = /half|third|quarter|fourth|fifth|sixth|eighth|tenth/i;

/**
 * The percentages of the fractions a text names (“half” 50, “a fifth” 20, “two-thirds” 66.7). An
 * ordinal is no fraction: “the third quarter”, “a fifth term” — a singular ordinal word counts only
 * after a/an/one and before “of”, a punctuation mark or the end, or a word that does not start a noun
 * phrase (“by a fifth, a loss”, “a third of the crop”, “cut by a fifth in May”).
 */
export function fractionPercents(text: string): number[] {
  if (!FRACTION_GATE.test(text)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(FRACTION_RE)) {
    const word = m[2]!.toLowerCase();
    const numerator = m[1] ? NUMERATORS[m[1].toLowerCase()]! : 1;
    const d = DENOMINATORS[word]!;
    const singular = !word.endsWith('s');
    if (word !== 'half' && singular && !(m[1] && numerator === 1 && fractionAfter(text, m.index! + m[0].length))) continue;
    if (numerator >= d || (!singular && numerator === 1)) continue;
    out.push((numerator * 100) / d);
  }
  return out;
}

const AFTER_FRACTION_RE =
  /^(?:\s*(?:[,.;:!?)”"’—–]|$)|\s+(?:of|in|on|by|from|to|over|since|and|or|than|more|less|fewer|last|this|next|compared|a\s+year|each|per|every)\b)/i;

/** Whether what follows a singular fraction word ends its phrase (“by a fifth, a loss”, “a third of”). */
export function fractionAfter(text: string, end: number): boolean {
  return AFTER_FRACTION_RE.test(text.slice(end, end + 14));
}

const PLURAL_FRACTION: Readonly<Record<string, number>> = {
  thirds: 3,
  quarters: 4,
  fourths: 4,
  fifths: 5,
  sixths: 6,
  eighths: 8,
  tenths: 10,
};

/** The denominator of a cardinal's plural fraction word, glued (two-thirds) or next (three quarters). */
export function pluralFraction(word: string, next: string | undefined): number | undefined {
  const tail = word.includes('-') ? word.slice(word.indexOf('-') + 1) : next;
  return tail === undefined ? undefined : PLURAL_FRACTION[tail];
}

/** Whether a percentage target value renders one of the fractions' percentages (33 or 34 for a third). */
export function isFractionPercent(value: number, percents: readonly number[]): boolean {
  return percents.some((p) => Math.abs(p - value) < 1);
}
