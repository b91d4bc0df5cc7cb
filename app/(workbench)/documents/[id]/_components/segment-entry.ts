// One segment as the editor's store holds it (the server's version, the unsaved edit, a conflict),
// and the store's save status.
import type { SegmentDoc } from '@/lib/editor/doc';
import { countEnglishWords, countEojeol } from '@/lib/text/paragraphs';
import type { SegmentState } from '@/lib/workflow/segment-states';
import type { QaIssueDto } from './row-overlays';
import type { PendingEdit } from './save-queue';
import type { SegmentDto } from './types';

export interface Conflict {
  mine: SegmentDoc;
  mineText: string;
  mineState?: SegmentState;
  theirs: SegmentDto;
}

export interface SegmentEntry {
  /** The segment as the server last reported it. */
  server: SegmentDto;
  /** Unsaved local edit, if any. */
  pending: PendingEdit | null;
  conflict: Conflict | null;
  error: string | null;
  /** Their text to merge against after "edit merged", until the next save. */
  mergeWith: string | null;
  /** The last confirmation was held back by these QA errors (the text was saved), until the next save. */
  refused: { issues: readonly QaIssueDto[] } | null;
  sourceWords: number;
  targetWords: number;
}

export type SaveStatus =
  { kind: 'saved' } | { kind: 'saving'; pending: number } | { kind: 'unsaved'; pending: number } | { kind: 'offline'; pending: number };

export function newEntry(s: SegmentDto): SegmentEntry {
  return {
    server: s,
    pending: null,
    conflict: null,
    error: null,
    mergeWith: null,
    refused: null,
    sourceWords: countEnglishWords(s.sourceText),
    targetWords: countEojeol(s.targetText),
  };
}

/** "Keep mine" / "edit merged": your text of a conflict as an unsaved edit based on their version. */
export function mineOnTheirs(documentId: string, segmentId: string, { theirs, mine, mineText, mineState }: Conflict): PendingEdit {
  return {
    documentId,
    segmentId,
    target: mine,
    text: mineText,
    state: mineState,
    baseVersion: theirs.version,
    at: Date.now(),
  };
}
