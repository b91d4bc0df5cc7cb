// Project checklists (Xbench-style): an owner's own patterns — forbidden words, house style such as
// 북측 for 북한, regular expressions — each with a message and a severity, run like a built-in check.
// An entry flags a segment whose source, target or either side matches. Patterns run on RE2
// (re2js, through lib/editor/replace.ts): linear time, so no entry can stall QA; an invalid pattern
// is refused when the checklist is saved (validateChecklist) and skipped if one is ever stored.
import type { SegmentCheck } from './check';
import { makeIssue } from './shared';
import type { QaIssue, Span } from './types';
import { buildSearchRegex, InvalidPatternError, type SearchPattern } from '../editor/replace';

const ID = 'checklist';
export const MAX_CHECKLIST_ENTRIES = 500;

/** One entry; validated by ZChecklistEntry (checklist-schema.ts, kept apart so that zod stays out of the browser bundle). */
export interface ChecklistEntry {
  pattern: string;
  /** A regular expression (RE2 syntax) rather than literal text. */
  regex: boolean;
  side: 'source' | 'target' | 'both';
  message: string;
  severity: 'error' | 'warning';
  /** Literal and regex patterns ignore letter case unless this is set. */
  caseSensitive: boolean;
}

export interface CompiledChecklistEntry {
  entry: ChecklistEntry;
  key: string;
  re: SearchPattern;
}

/** Short stable hash (FNV-1a): an ignored checklist alarm stays ignored when entries are reordered. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Why each entry's pattern cannot run (index → reason); empty when all are valid. */
export function validateChecklist(entries: readonly ChecklistEntry[]): { index: number; pattern: string; reason: string }[] {
  const bad: { index: number; pattern: string; reason: string }[] = [];
  entries.forEach((e, index) => {
    try {
      buildSearchRegex({ find: e.pattern, regex: e.regex, caseSensitive: e.caseSensitive });
    } catch (err) {
      if (!(err instanceof InvalidPatternError)) throw err;
      bad.push({ index, pattern: e.pattern, reason: err.message });
    }
  });
  return bad;
}

/** Compiles the entries that can run (invalid ones are skipped). */
export function compileChecklist(entries: readonly ChecklistEntry[] | undefined): CompiledChecklistEntry[] {
  const out: CompiledChecklistEntry[] = [];
  for (const entry of entries ?? []) {
    try {
      out.push({
        entry,
        key: hash(`${entry.side}\u0000${entry.regex ? 're' : 'lit'}\u0000${entry.pattern}`),
        re: buildSearchRegex({ find: entry.pattern, regex: entry.regex, caseSensitive: entry.caseSensitive }),
      });
    } catch (err) {
      if (!(err instanceof InvalidPatternError)) throw err;
    }
  }
  return out;
}

function firstMatch(re: SearchPattern, text: string): Span | null {
  for (const m of re.matches(text)) return { start: m.index, end: m.index + (m.groups[0] ?? '').length };
  return null;
}

export const checklistCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const list = ctx.checklist;
    if (!list || list.length === 0) return [];
    const issues: QaIssue[] = [];
    for (const c of list) {
      const { side } = c.entry;
      const inSource = side !== 'target' ? firstMatch(c.re, segment.sourceText) : null;
      const inTarget = side !== 'source' ? firstMatch(c.re, segment.targetText) : null;
      if (!inSource && !inTarget) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: c.entry.severity,
          key: c.key,
          ...(inSource ? { sourceSpan: inSource } : {}),
          ...(inTarget ? { targetSpan: inTarget } : {}),
          message: { en: c.entry.message, ko: c.entry.message },
        }),
      );
    }
    return issues;
  },
};
