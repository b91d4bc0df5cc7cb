'use client';
// The glossary's matcher over the documents' terms, and the terms found in the active segment's
// source (in order of first appearance: Ctrl+Shift+1…9 inserts them).
import { useMemo } from 'react';
import { createMentionMatcher, type MentionMatcher } from '@/lib/names/mentions';
import type { EditorStore } from './editor-store';
import type { EditorTerm } from './types';

export function useTermHits(store: EditorStore, terms: EditorTerm[], activeId: string | null) {
  const matcher: MentionMatcher | null = useMemo(() => (terms.length ? createMentionMatcher(terms) : null), [terms]);
  const hits = useMemo(() => {
    if (!activeId || !matcher) return [];
    const seen: EditorTerm[] = [];
    for (const m of matcher.find(store.get(activeId)!.server.sourceText)) {
      const term = terms[m.termIndex]!;
      if (!seen.includes(term)) seen.push(term);
    }
    return seen;
  }, [activeId, matcher, terms, store]);
  return { matcher, hits };
}
