'use client';
// Which segments have QA issues and which have open annotations, for the editor's filters; reloaded
// a moment after the document changes.
import { useEffect, useState } from 'react';
import type { SegmentFlags } from './filters';

export type DocumentFlags = SegmentFlags & { counts: { errors: number; warnings: number } | null };
const EMPTY: DocumentFlags = { qa: new Set(), annotations: new Set(), counts: null };

export function useSegmentFlags(documentId: string, revision: number, lang: string): DocumentFlags {
  const [flags, setFlags] = useState<DocumentFlags>(EMPTY);
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const [qa, quality] = await Promise.all([
          fetch(`/api/v1/documents/${documentId}/qa?lang=${lang === 'ko' ? 'ko' : 'en'}`, { signal: ctrl.signal }).then((r) => (r.ok ? r.json() : null)),
          fetch(`/api/v1/documents/${documentId}/quality`, { signal: ctrl.signal }).then((r) => (r.ok ? r.json() : null)),
        ]);
        setFlags({
          qa: new Set<string>((qa?.segments ?? []).filter((s: { issues: unknown[] }) => s.issues.length > 0).map((s: { segmentId: string }) => s.segmentId)),
          annotations: new Set<string>(Object.keys(quality?.openAnnotations ?? {})),
          counts: qa?.counts ?? null,
        });
      } catch {
        /* offline or aborted: keep the last flags */
      }
    }, 1500);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [documentId, revision, lang]);
  return flags;
}
