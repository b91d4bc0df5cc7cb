// Match minutes (football, and any sport of two 45-minute halves): English counts the clock from
// kick-off (“in the 78th minute”, “three minutes into stoppage time”), Korean reports count each
// half on its own (전반 34분, 후반 33분 for the 78th, 후반 추가시간 3분 or 후반 48분). A minute past
// the 45th may therefore be written 45 less; a stoppage-time minute 45 (or 90) more. And a minute
// within the first half written 후반 M분 puts the goal in the other half (the 34th as 후반 34분 is the
// 79th): flagged when the source has no minute M + 45 that it could stand for.
import type { SourceNumber } from './numbers-en';
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

// The source's minute: an ordinal followed by “minute”, or, in a text that speaks of minutes,
// an ordinal that ends its phrase (“equalised in the 78th and won …”).
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b(?:[- ]minutes?\b|(?=\s*(?:[,.;)]|and\b|with\b|to\b|before\b|after\b|when\b|but\b|$)))/i;
const MINUTE_WORD = /\bminutes?\b/i;
// “three minutes into stoppage time”, “two minutes into added time”, “in the fourth minute of injury time”.
const STOPPAGE_AFTER = /^\s+minutes?\s+into\s+(?:stoppage|injury|added)(?:[- ]time)?\b/i;
// A half as Korean writes it: 전반 34분, 후반 33분 (not 후반 추가시간 3분).
const KO_HALF_MINUTE = /(?<![가-힣])(?:연장\s?)?(전반|후반)\s?(\d{1,2})분/g;

// An age group (under-21, Under-23, U-17) is written 21세 이하 or U-21: its figure may show as digits.
const AGE_GROUP_RE = /\b(?:under|U)-(\d{1,2})(?!\d)/gi;
export function addAgeGroups(source: string, allowed: Set<number>): void {
  if (/\b(?:under|U)-\d/i.test(source)) for (const m of source.matchAll(AGE_GROUP_RE)) allowed.add(Number(m[1]));
}

const isMatchMinute = (source: string, s: SourceNumber) =>
  /^\d+$/.test(s.text) && s.value >= 1 && s.value <= 130 && ORDINAL_AFTER.test(source.slice(s.end, s.end + 14));

/**
 * Adds the Korean half-clock values a match minute may take (the 78th → 33; three minutes into
 * stoppage time → 48 or 93) to the source numbers' alternatives and to the allowed values.
 */
export function addMatchMinutes(source: string, required: SourceNumber[], allowed: Set<number>): void {
  if (!MINUTE_WORD.test(source)) return;
  for (const s of required) {
    let alts: number[] = [];
    if (isMatchMinute(source, s)) {
      if (s.value > 45) alts = s.value > 90 ? [s.value - 45, s.value - 90] : [s.value - 45];
    } else if (STOPPAGE_AFTER.test(source.slice(s.end, s.end + 40)) && s.value <= 15) {
      alts = [s.value + 45, s.value + 90];
    }
    if (alts.length === 0) continue;
    s.alts = [...(s.alts ?? []), ...alts];
    for (const v of alts) allowed.add(v);
  }
}

export interface HalfSlip {
  text: string;
  start: number;
  end: number;
  minute: number;
}

/** 후반 M분 where the source's minute M is in the first half and no minute M + 45 is named. */
export function wrongHalves(source: string, target: string, required: readonly SourceNumber[]): HalfSlip[] {
  if (!target.includes('후반') || !MINUTE_WORD.test(source)) return [];
  const minutes = new Set<number>();
  for (const s of required) if (isMatchMinute(source, s)) minutes.add(s.value);
  if (minutes.size === 0) return [];
  const out: HalfSlip[] = [];
  for (const m of target.matchAll(KO_HALF_MINUTE)) {
    if (m[1] !== '후반' || m[0].startsWith('연장')) continue;
    const v = Number(m[2]);
    if (v > 45 || !minutes.has(v) || minutes.has(v + 45)) continue;
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, minute: v });
  }
  return out;
}

export function wrongHalfIssues(source: string, target: string, required: readonly SourceNumber[], locale: QaLocale): QaIssue[] {
  return wrongHalves(source, target, required).map((h) =>
    makeIssue('numbers', locale, {
      severity: 'error',
      key: `half:${h.minute}`,
      targetSpan: { start: h.start, end: h.end },
      message: {
        en: `${q(h.text)}: the source's minute ${h.minute} is in the first half (minute ${h.minute} of the second half would be minute ${h.minute + 45} of the match).`,
        ko: `${q(h.text)}: 원문의 ${h.minute}분은 전반입니다(후반 ${h.minute}분은 경기 ${h.minute + 45}분째입니다).`,
      },
    }),
  );
}
