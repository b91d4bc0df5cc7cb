// "Name not vetted": a NAME detected without its Korean form (romanised only: `Oh Gyeong-seop`)
// has Hangul candidates but no chosen form until the owner picks one. Until then every segment
// that mentions it carries a warning, so nobody publishes a guessed 오경섭 unnoticed. Pure; called
// by the QA service next to the other checks.
import type { QaIssue, QaLocale } from './types';
import { createMentionMatcher, type MentionTerm } from '../names/mentions';

export interface UnvettedName {
  source: string;
  /** Best candidates, best first (shown in the message). */
  candidates: string[];
}

export function unvettedNameIssues(sourceText: string, names: readonly UnvettedName[], locale: QaLocale): QaIssue[] {
  if (names.length === 0) return [];
  const terms: MentionTerm[] = names.map((n) => ({ source: n.source, target: '', kind: 'NAME', caseSensitive: true }));
  const seen = new Set<number>();
  const issues: QaIssue[] = [];
  for (const m of createMentionMatcher(terms).find(sourceText)) {
    if (seen.has(m.termIndex)) continue;
    seen.add(m.termIndex);
    const n = names[m.termIndex]!;
    const guesses = n.candidates.slice(0, 3).join(', ');
    issues.push({
      check: 'terms',
      severity: 'warning',
      key: `terms:unvetted:${n.source}`,
      sourceSpan: { start: m.start, end: m.end },
      message:
        locale === 'ko'
          ? `이름이 확인되지 않았습니다: “${n.source}”의 한글 표기를 용어집에서 고르세요${guesses ? ` (후보: ${guesses})` : ''}.`
          : `Name not vetted: choose the Korean form of “${n.source}” in the glossary${guesses ? ` (candidates: ${guesses})` : ''}.`,
    });
  }
  return issues;
}
