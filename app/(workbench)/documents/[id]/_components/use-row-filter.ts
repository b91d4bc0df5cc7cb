'use client';
// The rows shown: the filters and search applied to the store, with the QA and annotation flags of
// the document (use-flags.ts, which also feeds the rows' overlays). Re-run after edits only while a
// filter reads the text or the state, and when the whole list joins the page's first screen.
import { useLocale } from 'next-intl';
import { useMemo, useState } from 'react';
import type { EditorStore } from './editor-store';
import { filterIds, NO_FILTERS, type Filters } from './filters';
import { useLocalOverlayRevision, type RowOverlays } from './row-overlays';
import { useSegmentFlags } from './use-flags';
import { useStoreRevision } from './use-store';

export function useRowFilter(store: EditorStore, overlays: RowOverlays, documentId: string) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const revision = useStoreRevision(store);
  const localOverlayRevision = useLocalOverlayRevision(overlays);
  const flags = useSegmentFlags(documentId, revision + localOverlayRevision, useLocale(), overlays);
  const filterRevision = filters.state !== 'all' || filters.origin !== 'all' || filters.query ? revision : 0;
  const total = store.order.length;
  const { ids, error } = useMemo(
    () => filterIds(store, filters, flags),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filterRevision and total re-run the filter
    [store, filters, flags, filterRevision, total],
  );
  return { filters, setFilters, flags, ids, error, total };
}
