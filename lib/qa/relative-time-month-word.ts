// The calendar both relative-time passes share (relative-time-calendar.ts from a full date,
// relative-time-dateline.ts from a dateline without a year): days as UTC times, the story's days on
// a weekday near its date, and a month word before a weekday's day (지난달 30일, 이달 2일, 다음 달 1일)
// checked against the month that day falls in.
import type { WeekdayPair } from './weekday-dates';

export const DAY_MS = 86_400_000;
export const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
/** Monday = 0 … Sunday = 6, as weekday-dates.ts counts. */
export const weekdayOf = (t: number) => (new Date(t).getUTCDay() + 6) % 7;
const monthIndex = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();

/** The dates near the story's date on the pair's weekday whose day of the month is the Korean's. */
export function fitting(anchor: number, p: WeekdayPair): number[] {
  const span = p.shift ? 14 : 7;
  const out: number[] = [];
  // Only the days that fall on the weekday: 7 days apart from the first one after the date.
  const first = (((p.weekday - weekdayOf(anchor)) % 7) + 7) % 7;
  for (let k = first - 14; k <= span; k += 7)
    if (k >= -span && new Date(anchor + k * DAY_MS).getUTCDate() === p.day) out.push(anchor + k * DAY_MS);
  return out;
}

// A month word right before the Korean day: 지난달 27일, 전달, 이달 2일, 이번 달, 다음 달 1일, 내달 4일.
const MONTH_WORD_BEFORE = /(?<![가-힣])(지난 ?달|전달|이달|이번 ?달|다음 ?달|내달)\s?$/;
const offsetOf = (w: string) => (/^(?:지난|전)/.test(w) ? -1 : /^(?:이달|이번)/.test(w) ? 0 : 1);
const WANT = ['지난달', '이달', '다음 달'];

export interface MonthWordSlip {
  /** Where the month word starts in the target (the span runs to the day's end). */
  start: number;
  /** The month word and the day as written. */
  said: string;
  /** The month the day falls in against the story's: -1, 0 or 1. */
  off: number;
  /** The month word it should be: 지난달, 이달 or 다음 달. */
  want: string;
}

/**
 * A month word before a weekday's day that names another month than the one the day falls in, near
 * the story's date (`anchor`; `near`: the pair's fitting dates, non-empty), or null.
 */
export function monthWordSlip(text: string, p: WeekdayPair, near: number[], anchor: number): MonthWordSlip | null {
  const w = MONTH_WORD_BEFORE.exec(text.slice(Math.max(0, p.target!.start - 6), p.target!.start));
  if (!w || near.some((t) => monthIndex(t) - monthIndex(anchor) === offsetOf(w[1]!))) return null;
  const start = p.target!.start - w[0].length;
  const off = Math.sign(monthIndex(near[0]!) - monthIndex(anchor));
  return { start, said: text.slice(start, p.target!.end), off, want: WANT[off + 1]! };
}
