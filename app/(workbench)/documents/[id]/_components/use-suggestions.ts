'use client';
// Translation-memory suggestions for the active segment (GET /api/v1/segments/:id/suggestions),
// reloaded when the segment changes. Ctrl+1…3 insert them; the side panel shows each one's match %,
// state, origin, author, date and source differences (tm-match.tsx).
import { useEffect, useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import type { Suggestion } from './types';

export function useSuggestions(segmentId: string | null): Suggestion[] {
  const [list, setList] = useState<Suggestion[]>([]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- another segment's matches must not show while this one's load
    setList([]);
    if (!segmentId) return;
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      call('segmentSuggestions', { params: { id: segmentId }, signal: ctrl.signal })
        .then((d) =>
          setList(
            d.matches.map((m) => ({
              text: m.target,
              origin: 'TM' as const,
              score: m.score,
              tm: {
                kind: m.kind,
                score: m.score,
                source: m.source,
                diff: m.diff ?? [],
                state: m.state,
                origin: m.origin,
                createdByName: m.createdByName,
                createdAt: m.createdAt,
              },
            })),
          ),
        )
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [segmentId]);
  return list;
}
