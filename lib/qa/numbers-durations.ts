// Two counts swapped between their counters: “in 11 transfers over nine days” written 11일 동안
// 9차례 (over 11 days, in nine transfers). Both numbers are in the Korean, so the numbers check
// proper sees nothing missing. A Korean duration (a number, a time counter and 동안, 간 or 만에)
// is a slip when the English gives that unit of time only with another number, which the Korean
// does not give as that duration, and gives the duration's number with something else: the number
// was moved to the wrong noun.
import { EN_ONES } from '../text/number-words-en';

const UNITS: Record<string, string> = { day: '일', week: '주', month: '개월', year: '년', hour: '시간', minute: '분' };
const EN_WORDS = Object.keys(EN_ONES).join('|');
const SOURCE_DURATION = new RegExp(`\\b(\\d+|${EN_WORDS})[\\s-]+(day|week|month|year|hour|minute)s?\\b`, 'gi');
const SOURCE_NUMBER = new RegExp(`\\b(\\d+|${EN_WORDS})\\b`, 'gi');
// 9일 동안, 9일간, 3주 만에, 2개월 동안; 주일 is a week too, 달 a month.
const TARGET_DURATION = /(?<![\d.,])(\d+)\s?(일|주일?|개월|달|년|시간|분)(?=\s?동안|간|\s?만에)/g;
const KO_UNIT: Record<string, string> = { 주일: '주', 달: '개월' };

const value = (w: string) => (/^\d+$/.test(w) ? Number(w) : EN_ONES[w.toLowerCase()]!);

export interface CounterSlip {
  text: string;
  start: number;
  end: number;
  /** The duration the English gives with that unit (nine days → 9). */
  want: number;
}

/** Korean durations whose number the English attaches to another noun, and whose unit to another number. */
export function swappedDurations(src: string, tgt: string): CounterSlip[] {
  if (!/동안|간|만에/.test(tgt)) return [];
  const durations = [...tgt.matchAll(TARGET_DURATION)].map((m) => ({
    m,
    value: Number(m[1]),
    unit: KO_UNIT[m[2]!] ?? m[2]!,
  }));
  if (durations.length === 0) return [];
  const sourceDurations = [...src.matchAll(SOURCE_DURATION)].map((m) => ({
    value: value(m[1]!),
    unit: UNITS[m[2]!.toLowerCase()]!,
    start: m.index,
  }));
  const out: CounterSlip[] = [];
  for (const d of durations) {
    const sameUnit = sourceDurations.filter((s) => s.unit === d.unit);
    if (sameUnit.length === 0 || sameUnit.some((s) => s.value === d.value)) continue;
    // The English unit's own number is not given as that duration in the Korean…
    const want = sameUnit.find((s) => !durations.some((o) => o.unit === d.unit && o.value === s.value));
    if (!want) continue;
    // …and the Korean duration's number stands in the English beside another noun.
    const elsewhere = [...src.matchAll(SOURCE_NUMBER)].some(
      (m) => value(m[1]!) === d.value && !sourceDurations.some((s) => s.start === m.index),
    );
    if (elsewhere) out.push({ text: d.m[0], start: d.m.index, end: d.m.index + d.m[0].length, want: want.value });
  }
  return out;
}
