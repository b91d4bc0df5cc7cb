'use client';
// Which segments have QA issues and which have open annotations, for the editor's filters; reloaded
// a moment after the document changes. The same answers carry what the rows draw (QA spans, open
// annotation highlights): they go to the RowOverlays store, which re-renders only the rows they change.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import type { SegmentFlags } from './filters';
import type { RowOverlays } from './row-overlays';

export type DocumentFlags = SegmentFlags & { counts: { errors: number; warnings: number } | null };
const EMPTY: DocumentFlags = { qa: new Set(), annotations: new Set(), counts: null };

/** A refused answer draws nothing (null); offline or aborted still rejects, and the last flags stay. */
const orNull = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((e: unknown) => {
    if (e instanceof ApiError) return null;
    throw e;
  });

export function useSegmentFlags(documentId: string, revision: number, lang: string, overlays?: RowOverlays): DocumentFlags {
  const [flags, setFlags] = useState<DocumentFlags>(EMPTY);
  const loaded = useRef(false);
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(
      async () => {
        const stamp = performance.now();
        try {
          const [qa, quality] = await Promise.all([
            orNull(call('documentQa', { params: { id: documentId }, query: { lang: lang === 'ko' ? 'ko' : 'en' }, signal: ctrl.signal })),
            orNull(call('documentQuality', { params: { id: documentId }, signal: ctrl.signal })),
          ]);
          loaded.current = true;
          setFlags({
            qa: new Set<string>((qa?.segments ?? []).filter((s) => s.issues.length > 0).map((s) => s.segmentId)),
            annotations: new Set<string>(Object.keys(quality?.openAnnotations ?? {})),
            counts: qa?.counts ?? null,
          });
          if (qa) overlays?.replaceQa(qa.segments, stamp);
          if (quality?.highlights) overlays?.replaceAnnotations(quality.highlights, stamp);
          if (quality?.notes) overlays?.replaceNotes(quality.notes, stamp);
        } catch {
          /* offline or aborted: keep the last flags */
        }
      },
      loaded.current ? 1500 : 300,
    );
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [documentId, revision, lang, overlays]);
  return flags;
}
