'use client';
// The reader notes of one segment for the panel: loaded with the segment's version, replaced or
// removed after a call, and any change told to the rows (`onChanged`: the document's note
// highlights are reloaded, so the numbers stay in reading order).
import { useCallback, useEffect, useState } from 'react';
import type { TNote } from '@/lib/review/types';
import type { RunNote } from './notes-api';
import { reviewApi } from './review-api';

export function useNotes(segmentId: string, version: number, onChanged: () => void) {
  const [notes, setNotes] = useState<TNote[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setNotes((await reviewApi.list(segmentId)).notes ?? []);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [segmentId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the notes are fetched again for each new version
    void load();
  }, [load, version]);

  const run: RunNote = useCallback(
    async (fn) => {
      setError(null);
      try {
        await fn();
        onChanged();
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [onChanged],
  );
  const replace = useCallback(
    (n: TNote) => setNotes((list) => (list?.some((x) => x.id === n.id) ? list.map((x) => (x.id === n.id ? n : x)) : [...(list ?? []), n])),
    [],
  );
  const remove = useCallback((id: string) => setNotes((list) => (list ?? []).filter((x) => x.id !== id)), []);
  return { notes, error, run, replace, remove };
}
