'use client';
// The command palette's search (command-palette.tsx): while it is open, the query is asked 120 ms
// after the last keystroke, for the current project and document; a newer query aborts the older.
import { useEffect, useState } from 'react';
import type { RouteContext } from '@/lib/ui/route-context';
import { call } from '../api-client/client';
import type { NavData } from './shell-context';

export function usePaletteSearch(open: boolean, query: string, route: Pick<RouteContext, 'projectId' | 'documentId'>) {
  const [data, setData] = useState<NavData | null>(null);
  const [loading, setLoading] = useState(false);
  const { projectId, documentId } = route;

  useEffect(() => {
    if (!open) return;
    const ctrl = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading from the keystroke until the answer
    setLoading(true);
    const timer = setTimeout(() => {
      call('searchPalette', {
        query: { q: query.slice(0, 200), project: projectId, document: documentId },
        signal: ctrl.signal,
      })
        .then((d) => {
          setData(d);
          setLoading(false);
        })
        .catch(() => !ctrl.signal.aborted && setLoading(false));
    }, 120);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [open, query, projectId, documentId]);

  return { data, loading };
}
