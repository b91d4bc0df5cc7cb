// Unsaved edits, kept in localStorage so they survive a dropped network and a page reload. One key
// per segment (`wb:unsaved:<segmentId>`) holding the edited target and the version it was based on;
// a replay after reload sends that base version, so a save made elsewhere meanwhile comes back as 409
// and is shown as a conflict instead of being overwritten.
import { emptyDoc, spliceDocText, type SegmentDoc } from '@/lib/editor/doc';
import type { SegmentState } from '@/lib/workflow/segment-states';

/**
 * What the server-rendered plain editor keeps while the app's scripts have not run (plain-editor.tsx):
 * the text only, without the formatted target, which the store rebuilds on restore.
 */
export interface PlainPendingEdit {
  documentId: string;
  segmentId: string;
  text: string;
  baseVersion: number;
  at: number;
  plain: true;
}

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

export const UNSAVED_PREFIX = 'wb:unsaved:';
const PREFIX = UNSAVED_PREFIX;

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

export function loadPending(documentId: string): (PendingEdit | PlainPendingEdit)[] {
  const s = storage();
  if (!s) return [];
  const out: (PendingEdit | PlainPendingEdit)[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const p = JSON.parse(s.getItem(key) ?? '') as PendingEdit | PlainPendingEdit;
      if (p.documentId !== documentId || typeof p.baseVersion !== 'number') continue;
      if ('plain' in p ? p.plain === true && typeof p.text === 'string' : p.target?.type === 'doc') out.push(p);
    } catch {
      /* a damaged entry is ignored */
    }
  }
  return out;
}

/**
 * A kept edit as the store replays it: the plain editor's text becomes an edit of the segment's
 * target on the server (only the changed part: formatting elsewhere is kept); none when it changes
 * nothing.
 */
export function asPendingEdit(
  p: PendingEdit | PlainPendingEdit,
  server: { target: SegmentDoc | null; targetText: string },
): PendingEdit | null {
  if (!('plain' in p)) return p;
  if (p.text === server.targetText) return null;
  const { plain: _plain, ...rest } = p;
  return { ...rest, target: spliceDocText(server.target ?? emptyDoc(), p.text) };
}
