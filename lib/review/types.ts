// The review feature's DTOs, shared by the server (lib/server/review) and the UI components
// (app/(workbench)/documents/[id]/_review). Plain data only.
import type { AnnotationStatus, MqmCategory, MqmSeverity } from './mqm';
import type { DiffPart } from '../text/word-diff';
import type { QualityScore } from './score';

export type AnnotationSide = 'source' | 'target';

export interface TPerson {
  id: string;
  name: string;
}

export interface TAnnotationReply {
  id: string;
  annotationId: string;
  author: TPerson;
  body: string;
  mentions: TPerson[];
  createdAt: string;
}

export interface TAnnotation {
  id: string;
  segmentId: string;
  side: AnnotationSide;
  /** Offsets in the side's plain text (docToText); meaningless while detached. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  category: MqmCategory;
  severity: MqmSeverity;
  comment: string;
  mentions: TPerson[];
  status: AnnotationStatus;
  statusBy: TPerson | null;
  statusAt: string | null;
  /** Its words were deleted or changed; it stays listed on the segment. */
  detached: boolean;
  author: TPerson;
  createdAt: string;
  updatedAt: string;
  replies: TAnnotationReply[];
}

/** An open annotation as the editor draws it in the rows (GET …/documents/:id/quality → highlights). */
export type TAnnotationHighlight = Pick<TAnnotation, 'id' | 'side' | 'start' | 'end' | 'quote' | 'category' | 'severity' | 'comment'>;

/** A reader note as the editor's rows draw it: attached, numbered in reading order over the document. */
export interface TNoteHighlight {
  id: string;
  side: AnnotationSide;
  start: number;
  end: number;
  quote: string;
  comment: string;
  /** 1-based, in reading order (paragraph by paragraph, the English side first, each side by position). */
  number: number;
  approved: boolean;
}

/** The reviewer's last rejection of a segment still REJECTED, shown to the translator. */
export interface TRejection {
  reason: string;
  by: TPerson | null;
  at: string;
  version: number;
}

export interface TSegmentReview {
  segmentId: string;
  state: string;
  version: number;
  rejection: TRejection | null;
}

/**
 * A note for readers (annotation kind "note"): a gloss or translator's note on a span, published in
 * the edition once approved (an owner's note is approved as written). No category or severity.
 */
export interface TNote {
  id: string;
  kind: 'note';
  segmentId: string;
  side: AnnotationSide;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  /** Its words were deleted or changed: it stays listed, and is left out of editions. */
  detached: boolean;
  approved: boolean;
  approvedBy: TPerson | null;
  approvedAt: string | null;
  author: TPerson;
  createdAt: string;
  updatedAt: string;
}

export interface TSegmentAnnotations {
  segment: TSegmentReview;
  /** Review annotations (MQM) only; reader notes are in `notes`. */
  annotations: TAnnotation[];
  notes: TNote[];
  /** Project members, for @mention completion. */
  members: (TPerson & { role: string })[];
}

export type SkipCode =
  'not_found' | 'forbidden' | 'do_not_translate' | 'empty' | 'already_approved' | 'open_major' | 'open_critical' | 'qa_error' | 'changed';

export interface TSkipReason {
  code: SkipCode;
  message: string;
  /** For open_*: the blocking annotations; for qa_error: the check id. */
  annotationIds?: string[];
  check?: string;
}

export interface TRevisionRef {
  version: number;
  action: string;
  origin: string | null;
  state: string;
  targetText: string;
  user: TPerson | null;
  createdAt: string;
}

export interface TSegmentDiff {
  segmentId: string;
  from: TRevisionRef | null;
  to: TRevisionRef;
  parts: DiffPart[];
  changed: { inserted: number; deleted: number };
}

export interface TQualityReport extends QualityScore {
  documentId: string;
  title: string;
  segments: number;
  annotations: number;
  detached: number;
}
