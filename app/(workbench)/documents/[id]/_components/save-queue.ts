// Unsaved edits, kept in localStorage so they survive a dropped network and a page reload. One key
// per segment (`wb:unsaved:<segmentId>`) holding the edited target and the version it was based on;
// a replay after reload sends that base version, so a save made elsewhere meanwhile comes back as 409
// and is shown as a conflict instead of being overwritten.
import type { SegmentDoc } from '@/lib/editor/doc';
import type { SegmentState } from '@/lib/workflow/segment-states';

export interface PendingEdit {
  documentId: string;
  segmentId: string;
  target: SegmentDoc;
  text: string;
  /** Set when the edit also confirms (TRANSLATED). */
  state?: SegmentState;
  baseVersion: number;
  at: number;
}

const PREFIX = 'wb:unsaved:';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function persistPending(p: PendingEdit) {
  try {
    storage()?.setItem(PREFIX + p.segmentId, JSON.stringify(p));
  } catch {
    /* quota exceeded or storage disabled: the edit stays in memory */
  }
}

export function removePending(segmentId: string) {
  storage()?.removeItem(PREFIX + segmentId);
}

export function loadPending(documentId: string): PendingEdit[] {
  const s = storage();
  if (!s) return [];
  const out: PendingEdit[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const p = JSON.parse(s.getItem(key) ?? '') as PendingEdit;
      if (p.documentId === documentId && p.target?.type === 'doc') out.push(p);
    } catch {
      /* a damaged entry is ignored */
    }
  }
  return out;
}
