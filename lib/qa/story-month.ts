// The month the story is written in, read from the source's own date: a wire dateline ("SEOUL, Dec.
// 3 (Yonhap) --", "JEJU, Thursday, Dec. 3, 2026 —") or, failing that, the first weekday the source
// dates itself ("on Thursday, Dec. 3", "Tuesday 17 March"). Korean news writes a month near the
// story's date from it: "in November" in a story of 3 December is 지난달, "in December" 이달, "in
// January" 다음 달 (numbers.ts takes such a word as the month; the relative-time checks judge the rest).
import { DATELINE_PLACE } from './dateline';
import type { QaSegment } from './types';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DATELINE_RE = new RegExp(
  `^\\s*${DATELINE_PLACE},(?:\\s+${WEEKDAY},?)?\\s+(${MONTHS})\\.?\\s+\\d{1,2}\\b(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{2,30}\\))?\\s*(?:--|—|–|-)`,
);
const WEEKDAY_DATE_RE = new RegExp(`\\b${WEEKDAY},?\\s+(?:(${MONTHS})\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS})\\b)`);
// At the start of a segment, after at most a short title in capitalised words and a comma: weekday, date, year, then a colon,
// dash or the segment's end.
const HEADER_DATE_RE = new RegExp(
  `^\\s*(?:[A-Z0-9][\\w'’&-]*(?:\\s+[A-Z0-9][\\w'’&-]*){0,5},\\s*)?${WEEKDAY},?\\s+(?:(${MONTHS})\\.?\\s+\\d{1,2},?|\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS}),?)\\s+((?:19|20)\\d\\d)\\s*(?::|--|—|–|-|\\||$)`,
);
const MONTH_NUMBER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthOf = (name: string) => MONTH_NUMBER.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The story's month (1–12) from its dateline or first self-dated weekday, and its year from a dateline
 * that gives one (a weekday's date may be one still to come: "takes effect on Saturday, Jan. 9"), or null.
 */
export function storyDate(segments: readonly QaSegment[]): { month: number; year: number | null } | null {
  for (const s of segments) {
    if (!s.sourceText.includes(',')) continue;
    const d = DATELINE_RE.exec(s.sourceText);
    if (d) return { month: monthOf(d[1]!), year: d[2] ? Number(d[2]) : null };
  }
  // A programme's or edition's own date heading the text, with its year (“Business Hour, Friday 11
  // December 2026:”, “Tuesday, March 3, 2026 —”): the date it airs or appears, as good as a dateline.
  for (const s of segments.slice(0, 3)) {
    const h = HEADER_DATE_RE.exec(s.sourceText);
    if (h) return { month: monthOf((h[1] ?? h[2])!), year: Number(h[3]) };
  }
  for (const s of segments) {
    if (!/day\b/.test(s.sourceText)) continue;
    const w = WEEKDAY_DATE_RE.exec(s.sourceText);
    if (w) return { month: monthOf((w[1] ?? w[2])!), year: null };
  }
  return null;
}

/** The story's month (1–12) from its dateline or first self-dated weekday, or null. */
export const storyMonth = (segments: readonly QaSegment[]): number | null => storyDate(segments)?.month ?? null;

// A month word standing alone, with its particles (지난달에만, 이달 말, 다음 달부터), not inside
// another word (내달렸다, 도달) and with no day after it (지난달 29일 is a date: numbers.ts reads it).
const END = '(?=에|의|부터|까지|만|은|는|도|[ ,.](?!\\s*\\d)|$)';
const MONTH_WORDS: [RegExp, number][] = [
  [new RegExp(`(?<![가-힣])지난 ?달${END}`), -1],
  [new RegExp(`(?<![가-힣])(?:이달|이번 ?달)${END}`), 0],
  [new RegExp(`(?<![가-힣])(?:다음 ?달|내달)${END}`), 1],
];

/** Whether the Korean writes `month` as a month word counted from the story's month (11월 → 지난달 in December). */
export function monthAsWord(target: string, month: number, story: number | null): boolean {
  if (story === null) return false;
  return MONTH_WORDS.some(([re, off]) => ((story - 1 + off + 12) % 12) + 1 === month && re.test(target));
}

// A year word counted from the story's year: "April 2025" in a story of 2026 is 지난해 4월. Not 전년
// (전년 동기 is the year before the figures', not the story's).
const YEAR_WORDS: [RegExp, number][] = [
  [/(?<![가-힣])(?:재작년|지지난해)/, -2],
  [/(?<![가-힣])(?:지난해|작년)/, -1],
  [/(?<![가-힣])(?:올해|금년|올(?= [가-힣]))/, 0],
  [/(?<![가-힣])(?:내년|명년)/, 1],
  [/(?<![가-힣])내후년/, 2],
];

/** The offsets from the story's year of the year words the Korean uses (지난해 → -1, 올해 → 0). */
export function yearWordOffsets(target: string): number[] {
  return YEAR_WORDS.filter(([re]) => re.test(target)).map(([, off]) => off);
}

/** Whether the Korean writes `year` as a year word counted from the story's year (2025 → 지난해 in 2026). */
export function yearAsWord(target: string, year: number, story: number | null): boolean {
  return story !== null && yearWordOffsets(target).includes(year - story);
}
