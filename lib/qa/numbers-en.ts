// Numbers an English source commits to, for the numbers check. Two lists come out:
// - required: figures the Korean must show in some form (digits, 8월, 일곱, 둘째, 2~3);
// - allowed: values the Korean may show as digits without the source spelling them out
//   (the "first summit" → 1차 정상회담, "twice" → 2배, "the two sides" → 양측, "decade" → 10년).
// Deliberately not required, because Korean renders them without a number so often that they
// would raise false alarms: "one" (a pronoun in "no one", "one of"), "first" (처음, 우선, 먼저,
// 최초), "the two / both" (양측, 남북, 북미), "the two Koreas" (남북), "second" as a time unit.
import { datelineEnd } from './dateline';
import { EN_MONTH_ABBREVIATIONS, EN_MONTHS, EN_ONES, EN_ORDINALS, EN_SCALES, EN_TENS } from '../text/number-words-en';
import { ALL_HOURS_RE, fractionAfter, pluralFraction } from './numbers-idioms';
import { englishMixedNumbers } from './numbers-mixed';
import { trieAlternation } from './trie-alternation';
export type NumberKind = 'number' | 'month' | 'percent';

export interface SourceNumber {
  value: number;
  kind: NumberKind;
  /** An ordinal word (second, third): Korean writes 2차, 셋째, 세 번째. */
  ordinal?: boolean;
  /** Other values that render it (three decades → 30). */
  alts?: number[];
  /** Percentages that render it, as a percentage only (a fifth → 20%, two-thirds → 67%). */
  percentAlts?: number[];
  text: string;
  start: number;
  end: number;
}

export interface EnglishNumbers {
  required: SourceNumber[];
  allowed: Set<number>;
  /** The source names a weekday ("on Tuesday"), which Korean news writes as a date (14일). */
  weekday: boolean;
}

const WEEKDAY_RE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CARDINALS: Record<string, number> = { ...EN_ONES, ...EN_TENS };
const ORDINALS = EN_ORDINALS;
const MULTIPLIERS = EN_SCALES;
const ALLOWED_WORDS: Record<string, number> = {
  // “start again from zero” → 0에서; Korean as often writes 무 or 제로, so zero is never required.
  zero: 0,
  one: 1,
  once: 1,
  first: 1,
  twice: 2,
  both: 2,
  half: 2,
  halves: 2,
  thrice: 3,
  thirds: 3,
  quarter: 4,
  bilateral: 2,
  trilateral: 3,
  tripartite: 3,
  quarters: 4,
  decade: 10,
  decades: 10,
  dozen: 12,
  dozens: 12,
  century: 100,
  // Ages and eras by decade: "people in their twenties" → 20대, "the eighties" → 80년대.
  teens: 10,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
const MONTHS: Record<string, number> = { ...Object.fromEntries(EN_MONTHS.map((m, i) => [m, i + 1])), ...EN_MONTH_ABBREVIATIONS };
// "May" and "March" are also a modal verb and a verb; they count as months only with a date-ish
// neighbour: a preposition before, or a day or year after.
const MONTH_CONTEXT_BEFORE = new Set([
  'as',
  'around',
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'of',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'before',
  'after',
  'through',
  'on',
  'during',
  'between',
  'and',
  'to',
]);
const DEFINITE_PAIR = new Set(['the', 'these', 'those', 'both', 'all']);
const SECOND_AS_TIME = new Set(['a', 'one', 'per', 'split', 'every', 'few', 'each']);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isDigits: boolean;
}

// Only candidate tokens are visited (digits and dictionary words); neighbours are read on demand.
// Tokenising every word of every segment was the slowest part of the whole QA run.
const DICTIONARY = [...Object.keys(CARDINALS), ...Object.keys(ORDINALS), ...Object.keys(MONTHS), ...Object.keys(ALLOWED_WORDS)].sort(
  (a, b) => b.length - a.length,
);
const CANDIDATE_RE = new RegExp(
  `\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\b(?:${trieAlternation(DICTIONARY)})(?:-[A-Za-z]+)*\\b|\\bmid-[A-Za-z]+`,
  'gi',
);
const NEXT_TOKEN_RE = /[^A-Za-z0-9%]*(\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)*|%)/y;

function token(text: string, start: number): Token {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, isDigits: /^\d/.test(text) };
}

function nextToken(text: string, pos: number): Token | undefined {
  NEXT_TOKEN_RE.lastIndex = pos;
  const m = NEXT_TOKEN_RE.exec(text);
  return m ? token(m[1]!, m.index + m[0].length - m[1]!.length) : undefined;
}

/** "Nova Nine", "Maroon Five": a capitalised word, one space, then this capitalised number word. */
function isNameWord(text: string, tok: Token): boolean {
  const c = tok.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  return /\b[A-Z][A-Za-z'’-]*[a-z] $/.test(text.slice(Math.max(0, tok.start - 40), tok.start));
}

/** The word just before `start` (lowercase), skipping spaces and punctuation. */
function prevWord(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && !isWordChar(text.charCodeAt(i), true)) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i), false)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** An ASCII letter, or with `digits` also a digit or %, by character code (no regex per character). */
function isWordChar(c: number, digits: boolean): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (digits && ((c >= 48 && c <= 57) || c === 37));
}

/** Digits glued after letters (G7, F-35, COVID-19) are part of a name, not a quantity. */
export function isIdentifierDigit(text: string, start: number): boolean {
  if (start === 0) return false;
  // Read by character code: this runs for every figure of every segment.
  const c = text.charCodeAt(start - 1);
  if (isWordChar(c, true) && c !== 37) return true; // a letter or digit (not %)
  if (c === 46 || c === 44) return true; // . or ,
  if (c !== 45 || start < 2 || !isWordChar(text.charCodeAt(start - 2), false)) return false;
  // mid-2023 is a date, not a name.
  return !/\bmid-$/i.test(text.slice(Math.max(0, start - 4), start));
}

function wordValue(word: string): number | null {
  if (word in CARDINALS) return CARDINALS[word]!;
  const parts = word.split('-');
  // twenty-five
  if (parts.length === 2 && CARDINALS[parts[0]!] && CARDINALS[parts[0]!]! >= 20) {
    const u = UNITS.indexOf(parts[1]!);
    if (u > 0) return CARDINALS[parts[0]!]! + u;
  }
  return null;
}

/** Percent sign or word right after `t`: returns the last token of the percent expression. */
function percentAfter(text: string, t: Token): Token | null {
  const n = nextToken(text, t.end);
  if (!n) return null;
  if (n.text === '%' && n.start === t.end) return n;
  if (n.lower === 'percent' || n.lower === 'pct') return n;
  if (n.lower === 'per') {
    const c = nextToken(text, n.end);
    if (c?.lower === 'cent') return c;
  }
  return null;
}

// Stretches whose numbers Korean news does not carry over: a wire dateline (dateline.ts), a currency
// conversion in parentheses ("280 trillion won ($210 billion)"), and HTML entities left in a pasted
// source (&#8212;).
const CONVERSION_RE = /\((?:US)?[$€£¥][^)]*\)/g;
const ENTITY_RE = /&#?\w+;/g;

function skippedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const add = (m: RegExpMatchArray) => spans.push({ start: m.index!, end: m.index! + m[0].length });
  // Cheap tests first: this runs on every segment.
  const dateline = datelineEnd(text);
  if (dateline) spans.push({ start: 0, end: dateline });
  if (text.includes('(')) for (const m of text.matchAll(CONVERSION_RE)) add(m);
  if (text.includes('&')) for (const m of text.matchAll(ENTITY_RE)) add(m);
  if (text.includes('/')) for (const m of text.matchAll(ALL_HOURS_RE)) add(m);
  return spans;
}
// "a year earlier" → 1년 전, "a third" → 3분의 1, "half a cent" → 0.5센트, "three decades" → 30년.
const A_UNIT_RE = /\b(?:a|an|the|one|per|each|single)\s+(?:year|month|week|day|hour|third|quarter|fifth|half|decade|person|woman|man)\b/i;

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < r.length; i++) n += v[r[i]!]! < (v[r[i + 1]!] ?? 0) ? -v[r[i]!]! : v[r[i]!]!;
  return n;
}

// A spelled-out count followed by one to three lower-case words (after "of the": two of the five
// choices), a comma or colon, and a list of capitalised names or numbered items ("two members, Han
// Ji-woo and Baek Seung-ho", "two of the options, No. 2 and No. 4", "three lines, Line 1, Line 4 and
// Line 9"); the number of items listed.
const ITEM = `[A-Z][\\w'-]*\\.?(?:\\s+(?:[A-Z][\\w'-]*|\\d[\\w-]*)){0,3}`;
const LISTED_RE = new RegExp(`^(?:\\s+of\\s+the)?(?:\\s+[a-z][\\w-]*){1,3}\\s*[,:]\\s+((?:${ITEM},?\\s+)+and\\s+${ITEM})`);

function countListed(after: string): number {
  const m = LISTED_RE.exec(after);
  return m ? m[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/).length : -1;
}

export function extractEnglishNumbers(text: string): EnglishNumbers {
  const required: SourceNumber[] = [];
  const allowed = new Set<number>([1]);
  if (/\bhalf\b/i.test(text)) allowed.add(0.5);
  if (A_UNIT_RE.test(text)) allowed.add(1);
  // Korean writes a lone 1 for "a/an/one/per/single" so often (1명, 1발, 1년 전) that a 1 in the
  // Korean is never an invented number; a source number the Korean lost is still reported.
  // Fractions give their denominators (two-thirds → 3분의 2); regnal numerals their value (VI → 6세).
  // "a quarter of a percentage point", "a quarter-point cut" → 0.25%포인트; "half a point" → 0.5.
  if (/\bquarter(?:-|\s+of\s+an?\s+)(?:percentage[-\s]+)?point/i.test(text)) allowed.add(0.25);
  if (/third|quarter|fifth/i.test(text)) {
    for (const m of text.matchAll(/\b(?:thirds?|quarters?|fifths?)\b/gi))
      allowed.add(({ t: 3, q: 4, f: 5 } as Record<string, number>)[m[0][0]!.toLowerCase()]!);
  }
  if (/[IVX]\b/.test(text)) {
    for (const m of text.matchAll(/\b(?=[IVX]{1,4}\b)(X{0,3})(IX|IV|V?I{0,3})\b/g)) if (m[0]) allowed.add(romanValue(m[0]));
  }
  const skipped = skippedSpans(text);
  const push = (value: number, kind: NumberKind, from: Token, to: Token, ordinal = false, percentAlt?: number) => {
    allowed.add(value);
    if (skipped.some((s) => from.start >= s.start && from.start < s.end)) return;
    const n: SourceNumber = { value, kind, text: text.slice(from.start, to.end), start: from.start, end: to.end };
    if (ordinal) n.ordinal = true;
    if (percentAlt !== undefined) n.percentAlts = [percentAlt];
    // "three decades" may be written 30년; "6 basis points" 0.06%포인트.
    if (/^\s+decades?\b/i.test(text.slice(to.end, to.end + 9))) {
      n.alts = [value * 10];
      allowed.add(value * 10);
    } else if (/^[\s-]+basis[\s-]+points?\b/i.test(text.slice(to.end, to.end + 14))) {
      n.alts = [value / 100];
      allowed.add(value / 100);
    } else if (value >= 1 && value <= 11 && Number.isInteger(value) && /^(?::[0-5]\d)?\s?p\.?m\b/i.test(text.slice(to.end, to.end + 9))) {
      // An afternoon hour on the 24-hour clock: 5:45 p.m. → 17시 45분.
      n.alts = [value + 12];
      allowed.add(value + 12);
    }
    required.push(n);
  };
  // 178 1/3, 178⅓: one value (numbers-mixed.ts); its figures are the Korean's to show or not.
  const mixed = englishMixedNumbers(text);
  for (const x of mixed) {
    for (const v of x.parts) allowed.add(v);
    const t = token(x.text, x.start);
    push(x.value, 'number', t, t);
  }
  // The module's pattern itself (a copy per call showed in profiles): nothing in the loop below
  // runs it again, so its lastIndex is this call's.
  const re = CANDIDATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = token(m[0], m.index);
    if (mixed.length > 0 && mixed.some((x) => tok.start >= x.start && tok.start < x.end)) continue;
    const prev = prevWord(text, tok.start);
    const next = nextToken(text, tok.end);
    // Digits and cardinal words, with multipliers ("2.5 million") and percent signs.
    let value: number | null = null;
    if (tok.isDigits) {
      if (isIdentifierDigit(text, tok.start)) continue;
      value = Number(tok.text.replace(/,/g, ''));
    } else if (tok.lower === 'one') {
      if (next && (next.lower in MULTIPLIERS || percentAfter(text, tok))) value = 1;
      else {
        allowed.add(1);
        continue;
      }
    } else {
      value = wordValue(tok.lower);
      // A capitalised number word right after another capitalised word is part of a name (the group
      // Nova Nine → 노바 나인, Maroon Five): Korean transliterates it, its figure may be absent.
      if (value !== null && isNameWord(text, tok)) {
        allowed.add(value);
        continue;
      }
      if (value === null && tok.lower.includes('-')) {
        const head = tok.lower.split('-')[0]!; // three-way, second-largest, mid-May
        if (head in CARDINALS) value = CARDINALS[head]!;
        else if (head in ORDINALS && head !== 'first') {
          push(ORDINALS[head]!, 'number', tok, tok, true);
          continue;
        } else {
          const month = MONTHS[tok.text.split('-').pop()!];
          if (month && head === 'mid') push(month, 'month', tok, tok);
          // A month range (July-September → 7∼9월): its months may appear as digits.
          for (const part of tok.text.split('-')) if (MONTHS[part]) allowed.add(MONTHS[part]!);
          continue;
        }
      }
      if (value === 2 && (DEFINITE_PAIR.has(prev) || next?.lower === 'koreas')) {
        allowed.add(2);
        continue;
      }
    }
    if (value !== null) {
      let last = tok;
      for (let n = next; n && n.lower in MULTIPLIERS; n = nextToken(text, n.end)) {
        value *= MULTIPLIERS[n.lower]!;
        last = n;
        // "one hundred fifty-nine" = 159.
        const rest = nextToken(text, n.end);
        const small = rest && !rest.isDigits ? wordValue(rest.lower.replace(/^and$/, '')) : null;
        if (rest && small !== null && small < MULTIPLIERS[n.lower]!) {
          value += small;
          last = rest;
          break;
        }
      }
      const pc = percentAfter(text, last);
      // "Two board members, Han Ji-woo and Baek Seung-ho": Korean names them (한지우·백승호 위원)
      // and often leaves the count implied by the list.
      if (!tok.isDigits && !pc && value === countListed(text.slice(last.end, last.end + 200))) {
        allowed.add(value);
        re.lastIndex = last.end;
        continue;
      }
      // “two-thirds”, “three quarters” → 3분의 2 or 67%.
      const denominator = pc ? undefined : pluralFraction(tok.lower, tok === last ? next?.lower : undefined);
      push(value, pc ? 'percent' : 'number', tok, pc ?? last, false, denominator && (value * 100) / denominator);
      re.lastIndex = (pc ?? last).end;
      continue;
    }
    // Months, then the day that follows them ("May fourth", "June 30th", "May first").
    const month = MONTHS[tok.text.replace(/\.$/, '')];
    if (month) {
      const dayWord = next && !next.isDigits ? ORDINALS[next.lower] : undefined;
      const hasDate = !!next && (next.isDigits || dayWord !== undefined);
      const ambiguous = tok.text === 'May' || tok.text === 'March';
      if (!ambiguous || hasDate || MONTH_CONTEXT_BEFORE.has(prev)) {
        push(month, 'month', tok, tok);
        if (dayWord !== undefined) {
          push(dayWord, 'number', next!, next!);
          re.lastIndex = next!.end;
        }
      }
      continue;
    }
    if (tok.lower in ORDINALS) {
      const v = ORDINALS[tok.lower]!;
      // “The second half” of a year is 하반기 (the first half 상반기): no digit to carry over.
      if (v === 1 || (v === 2 && (SECOND_AS_TIME.has(prev) || next?.lower === 'half'))) allowed.add(v);
      // “by a fifth, a loss”, “a third of the crop”: a fraction, 5분의 1 or 20%.
      else if ((prev === 'a' || prev === 'an' || prev === 'one') && v <= 10 && fractionAfter(text, tok.end))
        push(v, 'number', tok, tok, false, 100 / v);
      else push(v, 'number', tok, tok, true);
      continue;
    }
    if (tok.lower in ALLOWED_WORDS) allowed.add(ALLOWED_WORDS[tok.lower]!);
  }
  return { required, allowed, weekday: WEEKDAY_RE.test(text) };
}
