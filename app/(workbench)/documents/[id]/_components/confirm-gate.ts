// Ctrl+Enter on a segment with QA errors (issue #17): the server saves the text and holds the
// confirmation back (qaBlocked). When the errors are already known on the saved text, the editor
// does not move on before the answer; otherwise it moves on at once and comes back if refused,
// unless the translator has already started typing in the next segment.
import type { SegmentEntry } from './editor-store';
import type { QaIssueDto, RowOverlay } from './row-overlays';

/** QA errors known to hold back confirming this segment as it is saved (none when edited since). */
export function knownBlockingIssues(entry: SegmentEntry, overlay: RowOverlay): QaIssueDto[] {
  if (entry.pending || !overlay.qa || overlay.qa.version !== entry.server.version) return [];
  return overlay.qa.issues.filter((i) => i.severity === 'error');
}

/** A confirmation in flight: where it came from and where the editor moves (or moved) next. */
export interface ConfirmMove {
  from: string;
  next: string | null;
  /** True when the editor waits for the answer before moving (errors were known). */
  waiting: boolean;
}

/**
 * Where the focus goes when the answer comes: `next` (confirmed after waiting), `from` (refused after
 * moving on, the translator has not typed in the next segment yet) or nowhere (null).
 */
export function afterConfirmAnswer(move: ConfirmMove, refused: boolean, activeId: string | null, activeHasEdits: boolean): string | null {
  if (move.waiting) return !refused && activeId === move.from && !activeHasEdits ? move.next : null;
  return refused && activeId !== move.from && activeId === move.next && !activeHasEdits ? move.from : null;
}
