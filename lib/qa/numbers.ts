// Numbers and dates: every figure the English commits to (digits, number words up to ninety,
// ordinals, months and days, percentages) must show up in the Korean in some form, and digits the
// Korean adds must come from the source. Values are compared, not spellings: 1,000 = 1000 = 1천,
// seven = 일곱 = 7, August = 8월, "two to three" = 2~3 = 두세. See numbers-en.ts for the words
// deliberately not required ("one", "first", "the two").
import type { SegmentCheck } from './check';
import { extractEnglishNumbers, type SourceNumber } from './numbers-en';
import { extractKoreanNumbers, type TargetNumber } from './numbers-ko';
import { makeIssue, q, uniqueKeys } from './shared';
import type { Bilingual, QaIssue } from './types';
import { PARTICLE_PAIRS, pickParticle } from '../names/particles';

const ID = 'numbers';

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

function expectedForm(s: SourceNumber): string {
  if (s.kind === 'month') return `${s.value}월`;
  if (s.kind === 'percent') return `${fmt(s.value)}%`;
  return fmt(s.value);
}

function missingMessage(s: SourceNumber): Bilingual {
  const form = expectedForm(s);
  if (s.kind === 'month') {
    return {
      en: `The month ${q(s.text)} (${form}) is missing or different in the translation.`,
      ko: `원문의 달 ${q(s.text)}(${form})${pickParticle(form, PARTICLE_PAIRS.subject)} 번역문에 없거나 다릅니다.`,
    };
  }
  return {
    en: `The number ${q(s.text)} (${form}) is missing or different in the translation.`,
    ko: `원문의 숫자 ${q(s.text)}(${form})${pickParticle(form, PARTICLE_PAIRS.subject)} 번역문에 없거나 다릅니다.`,
  };
}

// Months are matched first and prefer a target month (8월); other numbers prefer a target that is
// not a month, so "the second summit in February" ↔ "2월 … 3차" blames “second”, not February.
const ORDER: Record<SourceNumber['kind'], number> = { percent: 0, month: 1, number: 2 };

function preference(s: SourceNumber, t: TargetNumber): number {
  const monthFit = s.kind === 'month' ? (t.isMonth ? 0 : 2) : t.isMonth ? 1 : 0;
  return monthFit * 2 + (t.fromDigits ? 0 : 1);
}

/** Pairs each required source number with an unused target number of the same value. */
function match(required: SourceNumber[], found: TargetNumber[]): { missing: SourceNumber[]; used: Set<TargetNumber> } {
  const used = new Set<TargetNumber>();
  const missing: SourceNumber[] = [];
  // Percentages can only take a target percentage, so they choose first.
  const order = [...required].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.start - b.start);
  for (const s of order) {
    let pick: TargetNumber | undefined;
    for (const t of found) {
      if (used.has(t) || !same(t.value, s.value) || (s.kind === 'percent' && !t.percent)) continue;
      if (!pick || preference(s, t) < preference(s, pick)) pick = t;
    }
    if (pick) used.add(pick);
    else missing.push(s);
  }
  missing.sort((a, b) => a.start - b.start);
  return { missing, used };
}

export const numbersCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const { required, allowed } = extractEnglishNumbers(segment.sourceText);
    const found = extractKoreanNumbers(segment.targetText);
    if (required.length === 0 && !found.some((t) => t.fromDigits)) return [];
    const { missing, used } = match(required, found);
    const issues: QaIssue[] = missing.map((s) =>
      makeIssue(ID, ctx.locale, {
        severity: 'error',
        key: `missing:${s.kind === 'month' ? 'month:' : ''}${fmt(s.value)}`,
        sourceSpan: { start: s.start, end: s.end },
        message: missingMessage(s),
      }),
    );
    // A Korean-only digit is suspicious unless the source holds that value somewhere (e.g. "first
    // summit" → 1차) or it is a sourced number written in parts.
    for (const t of found) {
      if (!t.fromDigits || used.has(t) || allowed.has(t.value)) continue;
      const text = segment.targetText.slice(t.start, t.end);
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `extra:${fmt(t.value)}`,
          targetSpan: { start: t.start, end: t.end },
          message: {
            en: `The number ${q(text)} in the translation does not appear in the source.`,
            ko: `번역문의 숫자 ${q(text)}${pickParticle(text, PARTICLE_PAIRS.subject)} 원문에 없습니다.`,
          },
        }),
      );
    }
    return uniqueKeys(issues);
  },
};
