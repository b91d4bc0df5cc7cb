// A school year named by a class word: “high-school seniors” → 고교 3학년 (고3), “a college
// freshman” → 대학 1학년, “a junior” → 2학년 (high school) or 3학년 (university). The Korean's 학년
// digit (or 고3, 중2) is the class word's, not an invented number. A class word counts only where it
// names a student (seniors, a senior at, senior students), not an adjective of another noun (a senior
// official, senior sergeant).
import type { TargetNumber } from './numbers-ko';

const CLASS_YEARS: Record<string, number[]> = { freshman: [1], freshmen: [1], sophomore: [2], junior: [2, 3], senior: [3, 4] };
// A plural is always the noun (senior officials pluralise the official); a singular only before a
// student word, a preposition, a verb of being or a stop.
const CLASS_RE =
  /\b(freshmen|sophomores|juniors|seniors|(?:freshman|sophomore|junior|senior)(?=\s+(?:students?|class|year|at|in|from|of|who|and|or|was|is|will|had|has)\b|\s*[.,;:)"”]|\s*$))\b/gi;

/** The school years the source's class words name (an empty set when it names none). */
export function classYears(source: string): Set<number> {
  const out = new Set<number>();
  if (!/freshm|sophomore|junior|senior/i.test(source)) return out;
  CLASS_RE.lastIndex = 0;
  for (let m = CLASS_RE.exec(source); m; m = CLASS_RE.exec(source)) {
    for (const v of CLASS_YEARS[m[1]!.toLowerCase().replace(/s$/, '')] ?? []) out.add(v);
  }
  return out;
}

/** A Korean school year (3학년, 고3, 중2) whose value a class word of the source gives. */
export function isClassYear(target: string, t: TargetNumber, years: () => Set<number>): boolean {
  const schoolYear =
    /^\s?학년/.test(target.slice(t.end, t.end + 3)) || /[고중](?<![가-힣][고중])$/.test(target.slice(Math.max(0, t.start - 2), t.start));
  return schoolYear && years().has(t.value);
}
