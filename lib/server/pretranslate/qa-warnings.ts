// What a pre-translation records when the engine lost or changed a protected name or term: the MT
// revision's `reason` carries {"qa":[…]} (shown by presentQaWarnings and in the job's summary).
import type { MissingPlaceholder } from '../../mt/protect';
import { safeJson } from '../jobs/runner';

export interface QaWarning {
  type: 'protected-term-missing';
  kind: string;
  /** The source term ("Kwon Jong-gun") and the form that had to appear ("권정근"). */
  term: string;
  matched: string;
  expected: string;
  /** What the engine put in the tag instead, or null when the tag was dropped. */
  found: string | null;
  message: string;
}

export function qaWarningsFor(missing: readonly MissingPlaceholder[]): QaWarning[] {
  return missing.map((m) => ({
    type: 'protected-term-missing',
    kind: m.term.kind,
    term: m.term.source,
    matched: m.matched,
    expected: m.expected,
    found: m.found,
    message:
      m.found === null
        ? `The machine translation lost the protected ${m.term.kind === 'NAME' ? 'name' : 'term'} “${m.matched}” (expected “${m.expected}”). Check the target.`
        : `The machine translation changed the protected ${m.term.kind === 'NAME' ? 'name' : 'term'} “${m.matched}” to “${m.found}” (expected “${m.expected}”). Check the target.`,
  }));
}

export function parseQa(reason: string | null | undefined): QaWarning[] {
  const v = safeJson(reason) as { qa?: unknown };
  return Array.isArray(v.qa) ? (v.qa as QaWarning[]) : [];
}
