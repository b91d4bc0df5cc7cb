'use client';
// Translation-memory suggestions for the active segment (GET /api/v1/segments/:id/suggestions),
// reloaded when the segment changes. Ctrl+1…3 insert them.
import { useEffect, useState } from 'react';
import type { Suggestion } from './types';

interface TmMatch { kind: 'context' | 'exact' | 'fuzzy'; score: number; target: string }

export function useSuggestions(segmentId: string | null): Suggestion[] {
  const [list, setList] = useState<Suggestion[]>([]);
  useEffect(() => {
    setList([]);
    if (!segmentId) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      fetch(`/api/v1/segments/${segmentId}/suggestions`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : { matches: [] }))
        .then((d: { matches?: TmMatch[] }) => setList((d.matches ?? []).map((m) => ({ text: m.target, origin: 'TM' as const, score: m.score }))))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [segmentId]);
  return list;
}
