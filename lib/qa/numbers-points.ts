// Percentage points and percent are different quantities: a share that rose "by 4 percentage
// points" (4%포인트, 4%p) did not rise "by 4 percent" (4%), and the reverse. The number matches
// either way, so the numbers check proper cannot see the unit changed. A percentage-point figure
// of the English must keep 포인트 (or p) after its % in the Korean; a Korean %포인트 needs a
// percentage point (or a basis point, a point) in the English.
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
