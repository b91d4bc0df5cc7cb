// The month the story is written in, read from the source's own date: a wire dateline ("SEOUL, Dec.
// 3 (Yonhap) --", "JEJU, Thursday, Dec. 3, 2026 —") or, failing that, the first weekday the source
// dates itself ("on Thursday, Dec. 3", "Tuesday 17 March"). Korean news writes a month near the
// story's date from it: "in November" in a story of 3 December is 지난달, "in December" 이달, "in
// January" 다음 달 (numbers.ts takes such a word as the month; the relative-time checks judge the rest).
import type { QaSegment } from './types';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DATELINE_RE = new RegExp(
  `^\\s*[A-Z][A-Za-z .'-]*[A-Z],(?:\\s+${WEEKDAY},?)?\\s+(${MONTHS})\\.?\\s+\\d{1,2}\\b(?:,?\\s+\\d{4})?\\s*(?:\\([^)]{2,30}\\))?\\s*(?:--|—|–|-)`,
);
const WEEKDAY_DATE_RE = new RegExp(`\\b${WEEKDAY},?\\s+(?:(${MONTHS})\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS})\\b)`);
const MONTH_NUMBER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthOf = (name: string) => MONTH_NUMBER.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The story's month (1–12) from its dateline or first self-dated weekday, or null. */
export function storyMonth(segments: readonly QaSegment[]): number | null {
  for (const s of segments) {
    if (!s.sourceText.includes(',')) continue;
    const d = DATELINE_RE.exec(s.sourceText);
    if (d) return monthOf(d[1]!);
  }
  for (const s of segments) {
    if (!/day\b/.test(s.sourceText)) continue;
    const w = WEEKDAY_DATE_RE.exec(s.sourceText);
    if (w) return monthOf((w[1] ?? w[2])!);
  }
  return null;
}

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
