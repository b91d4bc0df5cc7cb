'use client';
// The filter bar's search, shared with the rows so they highlight its hits (<mark class="search-hit">,
// lib/ui/search-hits.ts) in the sides it searches.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { buildSearchRegex, type SearchPattern } from '@/lib/editor/replace';
import type { InlineDecoration } from '@/lib/editor/doc';
import { searchHitDecorations } from '@/lib/ui/search-hits';
import type { Filters } from './filters';

interface SearchHighlight {
  pattern: SearchPattern | null;
  scope: Filters['scope'];
}

const SearchContext = createContext<SearchHighlight>({ pattern: null, scope: 'both' });

export function SearchHighlightProvider({ filters, children }: { filters: Filters; children: ReactNode }) {
  const { query, regex, caseSensitive, scope } = filters;
  const value = useMemo(() => {
    let pattern: SearchPattern | null = null;
    if (query) {
      try {
        pattern = buildSearchRegex({ find: query, regex, caseSensitive });
      } catch {
        pattern = null; // the filter bar shows why
      }
    }
    return { pattern, scope };
  }, [query, regex, caseSensitive, scope]);
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

/** A function giving the search-hit decorations of one side's text. */
export function useSearchHits(): (side: 'source' | 'target', text: string) => InlineDecoration[] {
  const { pattern, scope } = useContext(SearchContext);
  return (side, text) => (scope === 'both' || scope === side ? searchHitDecorations(text, pattern) : []);
}
