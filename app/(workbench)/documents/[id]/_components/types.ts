// The JSON the editor receives from the REST API (GET /api/v1/documents/:id/segments, PATCH
// /api/v1/segments/:id). Declared here so client code does not import server modules.
import type { SegmentDoc } from '@/lib/editor/doc';
import type { Origin, SegmentState } from '@/lib/workflow/segment-states';

export interface SegmentDto {
  id: string;
  documentId: string;
  position: number;
  kind: string;
  level: number | null;
  source: SegmentDoc;
  sourceText: string;
  target: SegmentDoc | null;
  targetText: string;
  state: SegmentState;
  origin: Origin | null;
  matchScore: number | null;
  doNotTranslate: boolean;
  version: number;
  updatedAt: string;
}

export interface EditorTerm {
  id: string;
  source: string;
  target: string;
  kind: 'NAME' | 'TERM' | 'DO_NOT_TRANSLATE';
  status: 'PROPOSED' | 'CONFIRMED';
  note: string;
  caseSensitive: boolean;
}

/** A suggestion for the active segment (TM and MT fill this later; the list is empty for now). */
export interface Suggestion {
  text: string;
  doc?: SegmentDoc;
  origin: 'TM' | 'MT';
  score?: number;
}

export interface PresenceUser {
  userId: string;
  name: string;
  clientId: string;
  segmentId: string | null;
  editing: boolean;
}
