// Test helpers for the check specs (imported only by *.test.ts).
import type { CheckContext, SegmentCheck } from './check';
import { compileTerms } from './term-matching';
import type { QaIssue, QaLocale, QaSegment, QaTerm } from './types';

export function seg(sourceText: string, targetText: string, extra: Partial<QaSegment> = {}): QaSegment {
  return { id: 's1', sourceText, targetText, state: 'TRANSLATED', ...extra };
}

export function ctxFor(terms: QaTerm[] = [], locale: QaLocale = 'en'): CheckContext {
  return { locale, terms: compileTerms(terms) };
}

export function runOne(
  check: SegmentCheck,
  source: string,
  target: string,
  terms: QaTerm[] = [],
  extra: Partial<QaSegment> = {},
): QaIssue[] {
  return check.run(seg(source, target, extra), ctxFor(terms));
}

export const keys = (issues: QaIssue[]) => issues.map((i) => i.key);
export const hasHangul = (s: string) => /[가-힣]/.test(s);

/** A paragraph of the usual length ratio, for document checks that compare a paragraph with others. */
export const USUAL_PARAGRAPH = {
  sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases in the courts.',
  targetText: '재단은 앞서 소송에서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
};
/** A document of five paragraphs: the one under test (id `x`) among four of the usual ratio. */
export const amongUsual = (en: string, ko: string): QaSegment[] =>
  ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
    id,
    state: 'TRANSLATED' as const,
    ...(i === 0 ? { sourceText: en, targetText: ko } : USUAL_PARAGRAPH),
  }));
