// Small helpers shared by the checks: building issues with bilingual messages, quoting, and
// literal search. Kept here so each check file reads as the rule it enforces.
import type { Bilingual, QaIssue, QaLocale, Severity, Span } from './types';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of an English term: spaces and hyphens between its words may vary, since
 * romanised names are written "Kwon Jong-gun", "Kwon Jong Gun" and "Kwon Jonggun".
 */
export function termPattern(term: string): string {
  return term
    .trim()
    .split(/[\s\-‐]+/)
    .map(escapeRegExp)
    .join('[\\s\\-‐]?');
}

/** A regex that finds the term as a whole word: not glued to other letters or digits. */
export function wordRegExp(literal: string, caseSensitive: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${termPattern(literal)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

export function findAllRegExp(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** Every occurrence of a literal (substring search; Korean particles attach without a space). */
export function findAllLiteral(needle: string, text: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

export interface IssueInit {
  severity: Severity;
  key: string;
  message: Bilingual;
  sourceSpan?: Span;
  targetSpan?: Span;
  relatedSegmentId?: string;
}

export function makeIssue(check: string, locale: QaLocale, init: IssueInit): QaIssue {
  const issue: QaIssue = { check, severity: init.severity, message: init.message[locale], key: `${check}:${init.key}` };
  if (init.sourceSpan) issue.sourceSpan = init.sourceSpan;
  if (init.targetSpan) issue.targetSpan = init.targetSpan;
  if (init.relatedSegmentId) issue.relatedSegmentId = init.relatedSegmentId;
  return issue;
}

/** Quotes user text in a message; truncated so a long untranslated run does not flood the UI. */
export function q(text: string, max = 40): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${t}”`;
}

/** Makes repeated keys unique within a segment ("…:4", "…:4#2") without using offsets. */
export function uniqueKeys<T extends { key: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const it of items) {
    const n = (seen.get(it.key) ?? 0) + 1;
    seen.set(it.key, n);
    if (n > 1) it.key = `${it.key}#${n}`;
  }
  return items;
}

export const isBlank = (s: string): boolean => s.trim() === '';
