'use client';
// React bindings for EditorStore: each hook re-renders its component only for the slice it reads.
import { useSyncExternalStore } from 'react';
import type { EditorStore, SaveStatus, SegmentEntry } from './editor-store';

export function useSegmentEntry(store: EditorStore, id: string): SegmentEntry | undefined {
  return useSyncExternalStore(
    (fn) => store.subscribeRow(id, fn),
    () => store.get(id),
    () => store.get(id),
  );
}

/** Changes whenever a segment's saved state changes (counts, filters). */
export function useStoreRevision(store: EditorStore): number {
  return useSyncExternalStore(
    (fn) => store.subscribe(fn),
    () => store.revision,
    () => store.revision,
  );
}

export function useActiveId(store: EditorStore): string | null {
  return useSyncExternalStore(
    (fn) => store.subscribe(fn),
    () => store.activeId,
    () => store.activeId,
  );
}

export function useSaveStatus(store: EditorStore): SaveStatus {
  return useSyncExternalStore(
    (fn) => store.subscribeStatus(fn),
    () => store.getStatus(),
    () => store.getStatus(),
  );
}
