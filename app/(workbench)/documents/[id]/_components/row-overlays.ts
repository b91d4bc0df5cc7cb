// What the rows draw over the text besides the content, outside React like EditorStore: per segment
// the open review annotations (highlights), the QA issues of a given version (underlines) and the
// annotation picked in the side panel. Rows and the active editor subscribe to their own segment, and
// a snapshot only changes when its content does, so reloading the whole document's flags re-renders
// only the rows whose overlays changed.
//
// Sources: the document-wide reload in use-flags.ts (GET …/quality → highlights, GET …/qa) and, for
// the active segment, the side panel (its annotation list, its QA list), which is fresher. Each write
// carries a stamp (when its request started) and an older answer never replaces a newer one.
import { useSyncExternalStore } from 'react';
import type { TAnnotationHighlight, TNoteHighlight } from '@/lib/review/types';

export interface QaIssueDto {
  check: string;
  severity: 'error' | 'warning';
  message: string;
  key: string;
  sourceSpan?: { start: number; end: number };
  targetSpan?: { start: number; end: number };
}

export interface QaSnapshot {
  /** The segment version the issues were computed on: they are drawn on that version only. */
  version: number;
  issues: readonly QaIssueDto[];
}

export interface RowOverlay {
  annotations: readonly TAnnotationHighlight[];
  /** The annotation picked in the panel or clicked in the text, if it is on this segment. */
  activeAnnotation: string | null;
  /** Null when the segment has no issue on record. */
  qa: QaSnapshot | null;
  /** Attached reader notes (numbered over the document), drawn apart from the annotations. */
  notes: readonly TNoteHighlight[];
}

const EMPTY: RowOverlay = Object.freeze({
  annotations: Object.freeze([]) as readonly TAnnotationHighlight[],
  activeAnnotation: null,
  qa: null,
  notes: Object.freeze([]) as readonly TNoteHighlight[],
});

type Listener = () => void;

export interface PickedNote {
  segmentId: string;
  id: string;
  /** Picked from the keyboard: the panel moves the focus to it. */
  focus: boolean;
  seq: number;
}

export class RowOverlays {
  private rows = new Map<string, RowOverlay>();
  private annotationStamps = new Map<string, number>();
  private qaStamps = new Map<string, number>();
  private noteStamps = new Map<string, number>();
  private listeners = new Map<string, Set<Listener>>();
  private globalListeners = new Set<Listener>();
  private active: { segmentId: string; id: string } | null = null;
  /** Bumped when the panel changed a segment's annotations (the document's flags are reloaded). */
  localRevision = 0;

  get(segmentId: string): RowOverlay {
    return this.rows.get(segmentId) ?? EMPTY;
  }
  subscribe(segmentId: string, fn: Listener): () => void {
    let set = this.listeners.get(segmentId);
    if (!set) this.listeners.set(segmentId, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }
  subscribeLocal(fn: Listener): () => void {
    this.globalListeners.add(fn);
    return () => this.globalListeners.delete(fn);
  }

  private update(segmentId: string, patch: Partial<RowOverlay>): boolean {
    const prev = this.get(segmentId);
    const next = { ...prev, ...patch };
    if (JSON.stringify(next) === JSON.stringify(prev)) return false;
    if (next.annotations.length === 0 && next.activeAnnotation === null && next.qa === null && next.notes.length === 0)
      this.rows.delete(segmentId);
    else this.rows.set(segmentId, next);
    for (const fn of [...(this.listeners.get(segmentId) ?? [])]) fn();
    return true;
  }

  /** One segment's open annotations; `local` when the panel changed them (the flags reload). */
  setAnnotations(segmentId: string, annotations: readonly TAnnotationHighlight[], stamp: number, { local = false } = {}) {
    if (stamp < (this.annotationStamps.get(segmentId) ?? -Infinity)) return;
    this.annotationStamps.set(segmentId, stamp);
    const changed = this.update(segmentId, { annotations: [...annotations] });
    if (changed && local) {
      this.localRevision += 1;
      for (const fn of [...this.globalListeners]) fn();
    }
  }

  /** Every segment's open annotations (segments missing from the map have none). */
  replaceAnnotations(bySegment: Record<string, readonly TAnnotationHighlight[]>, stamp: number) {
    const ids = new Set([...Object.keys(bySegment), ...[...this.rows.keys()].filter((id) => this.get(id).annotations.length > 0)]);
    for (const id of ids) this.setAnnotations(id, bySegment[id] ?? [], stamp);
  }

  /** Every segment's reader notes (segments missing from the map have none); older answers are ignored. */
  replaceNotes(bySegment: Record<string, readonly TNoteHighlight[]>, stamp: number) {
    const ids = new Set([...Object.keys(bySegment), ...[...this.rows.keys()].filter((id) => this.get(id).notes.length > 0)]);
    for (const id of ids) {
      if (stamp < (this.noteStamps.get(id) ?? -Infinity)) continue;
      this.noteStamps.set(id, stamp);
      this.update(id, { notes: [...(bySegment[id] ?? [])] });
    }
  }

  /** The panel changed something the document-wide answers carry (a note): they are reloaded. */
  touchLocal() {
    this.localRevision += 1;
    for (const fn of [...this.globalListeners]) fn();
  }

  /** One segment's QA issues at a version; an answer about an older version never replaces a newer one. */
  setQa(segmentId: string, qa: QaSnapshot, stamp: number) {
    const cur = this.get(segmentId).qa;
    const curStamp = this.qaStamps.get(segmentId) ?? -Infinity;
    if (cur && (qa.version < cur.version || (qa.version === cur.version && stamp < curStamp))) return;
    if (!cur && stamp < curStamp) return;
    this.qaStamps.set(segmentId, stamp);
    this.update(segmentId, { qa: qa.issues.length ? { version: qa.version, issues: [...qa.issues] } : null });
  }

  /** Every segment's QA issues (segments missing from the list have none). */
  replaceQa(segments: readonly { segmentId: string; version: number; issues: readonly QaIssueDto[] }[], stamp: number) {
    const seen = new Set<string>();
    for (const s of segments) {
      seen.add(s.segmentId);
      this.setQa(s.segmentId, { version: s.version, issues: s.issues }, stamp);
    }
    for (const id of [...this.rows.keys()]) {
      const qa = this.get(id).qa;
      if (qa && !seen.has(id)) this.setQa(id, { version: qa.version, issues: [] }, stamp);
    }
  }

  private picked: PickedNote | null = null;
  private pickedListeners = new Set<Listener>();

  /** A reader note picked in the text (click, Enter): the notes panel shows it, and focuses it for the keyboard. */
  focusNote(segmentId: string, id: string, { focus = false } = {}) {
    this.picked = { segmentId, id, focus, seq: (this.picked?.seq ?? 0) + 1 };
    for (const fn of [...this.pickedListeners]) fn();
  }
  pickedNote(): PickedNote | null {
    return this.picked;
  }
  subscribePicked(fn: Listener): () => void {
    this.pickedListeners.add(fn);
    return () => this.pickedListeners.delete(fn);
  }

  /** Picks an annotation (the panel shows its thread, the text shows it stronger), or none. */
  focusAnnotation(segmentId: string, id: string | null) {
    const prev = this.active;
    this.active = id ? { segmentId, id } : null;
    if (prev && prev.segmentId !== segmentId) this.update(prev.segmentId, { activeAnnotation: null });
    this.update(segmentId, { activeAnnotation: id });
  }
}

export function useRowOverlay(overlays: RowOverlays, segmentId: string): RowOverlay {
  return useSyncExternalStore(
    (fn) => overlays.subscribe(segmentId, fn),
    () => overlays.get(segmentId),
    () => overlays.get(segmentId),
  );
}

export function useLocalOverlayRevision(overlays: RowOverlays): number {
  return useSyncExternalStore(
    (fn) => overlays.subscribeLocal(fn),
    () => overlays.localRevision,
    () => overlays.localRevision,
  );
}

export function usePickedNote(overlays: RowOverlays) {
  return useSyncExternalStore(
    (fn) => overlays.subscribePicked(fn),
    () => overlays.pickedNote(),
    () => overlays.pickedNote(),
  );
}
