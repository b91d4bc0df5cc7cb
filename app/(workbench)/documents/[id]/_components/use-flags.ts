'use client';
// Which segments have QA issues and which have open annotations, for the editor's filters; reloaded
// a moment after the document changes. The same answers carry what the rows draw (QA spans, open
// annotation highlights): they go to the RowOverlays store, which re-renders only the rows they change.
import { useEffect, useRef, useState } from 'react';
import type { TAnnotationHighlight, TNoteHighlight } from '@/lib/review/types';
import type { SegmentFlags } from './filters';
import type { QaIssueDto, RowOverlays } from './row-overlays';

export type DocumentFlags = SegmentFlags & { counts: { errors: number; warnings: number } | null };
const EMPTY: DocumentFlags = { qa: new Set(), annotations: new Set(), counts: null };

interface DocumentQa {
  counts: { errors: number; warnings: number };
  segments: { segmentId: string; version: number; issues: QaIssueDto[] }[];
}
interface DocumentQuality {
  openAnnotations?: Record<string, number>;
  highlights?: Record<string, TAnnotationHighlight[]>;
  notes?: Record<string, TNoteHighlight[]>;
}

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
            fetch(`/api/v1/documents/${documentId}/qa?lang=${lang === 'ko' ? 'ko' : 'en'}`, { signal: ctrl.signal }).then((r) =>
              r.ok ? (r.json() as Promise<DocumentQa>) : null,
            ),
            fetch(`/api/v1/documents/${documentId}/quality`, { signal: ctrl.signal }).then((r) =>
              r.ok ? (r.json() as Promise<DocumentQuality>) : null,
            ),
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
