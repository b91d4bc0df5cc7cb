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
