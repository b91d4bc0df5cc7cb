// Which rows the list shows: filters by state and origin, and a search in source and/or target,
// plain or regex. Pure, so the list and the tests share it.
import { buildSearchRegex, InvalidPatternError, type SearchPattern } from '@/lib/editor/replace';
import type { EditorStore } from './editor-store';

export interface Filters {
  state: 'all' | 'unconfirmed' | 'EMPTY' | 'DRAFT' | 'TRANSLATED' | 'APPROVED' | 'REJECTED';
  origin: 'all' | 'none' | 'HUMAN' | 'TM' | 'MT' | 'ALIGNED';
  query: string;
  scope: 'both' | 'source' | 'target';
  regex: boolean;
  caseSensitive: boolean;
  /** Only segments with QA issues, or with open annotations. */
  flag: 'all' | 'qa' | 'annotations';
}

/** Segment ids with QA issues and with open annotations (loaded by use-flags.ts). */
export interface SegmentFlags {
  qa: ReadonlySet<string>;
  annotations: ReadonlySet<string>;
}

export const NO_FILTERS: Filters = {
  state: 'all',
  origin: 'all',
  query: '',
  scope: 'both',
  regex: false,
  caseSensitive: false,
  flag: 'all',
};

export function isFiltering(f: Filters): boolean {
  return f.state !== 'all' || f.origin !== 'all' || f.query !== '' || (f.flag ?? 'all') !== 'all';
}

export function filterIds(store: EditorStore, f: Filters, flags?: SegmentFlags): { ids: string[]; error: string | null } {
  if (!isFiltering(f)) return { ids: store.order, error: null };
  let re: SearchPattern | null = null;
  let error: string | null = null;
  if (f.query) {
    try {
      re = buildSearchRegex({ find: f.query, regex: f.regex, caseSensitive: f.caseSensitive });
    } catch (err) {
      if (!(err instanceof InvalidPatternError)) throw err;
      error = err.message;
    }
  }
  const ids = store.order.filter((id) => {
    const e = store.get(id)!;
    const s = e.server;
    if (f.state === 'unconfirmed' ? s.state === 'TRANSLATED' || s.state === 'APPROVED' : f.state !== 'all' && s.state !== f.state)
      return false;
    if (f.origin === 'none' ? s.origin !== null : f.origin !== 'all' && s.origin !== f.origin) return false;
    if (f.flag === 'qa' && !flags?.qa.has(id)) return false;
    if (f.flag === 'annotations' && !flags?.annotations.has(id)) return false;
    if (re) {
      const target = e.pending?.text ?? s.targetText;
      const inSource = f.scope !== 'target' && re.test(s.sourceText);
      const inTarget = f.scope !== 'source' && re.test(target);
      if (!inSource && !inTarget) return false;
    }
    return true;
  });
  return { ids, error };
}
