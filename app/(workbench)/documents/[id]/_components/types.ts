// The JSON the editor receives from the REST API (GET /api/v1/documents/:id/segments, PATCH
// /api/v1/segments/:id, GET /api/v1/documents/:id/terms). The shapes are the server presenters'
// own: type-only imports, erased at build time, so no server module reaches the browser.
import type { SegmentDoc } from '@/lib/editor/doc';
import type { TSegment } from '@/lib/server/presenters/segment';
import type { TEditorTerm } from '@/lib/server/terms/list-document-terms';

export type SegmentDto = TSegment;
export type EditorTerm = TEditorTerm;

/** A suggestion for the active segment (translation-memory matches, see use-suggestions.ts). */
export interface Suggestion {
  text: string;
  doc?: SegmentDoc;
  origin: 'TM' | 'MT';
  score?: number;
  /** For a memory match: what the side panel shows beside it (GET /segments/:id/suggestions). */
  tm?: TmMatchInfo;
}

export interface TmMatchInfo {
  kind: 'context' | 'exact' | 'fuzzy';
  score: number;
  source: string;
  diff: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  state: string;
  origin: string;
  createdByName: string | null;
  createdAt: string | null;
}

export interface PresenceUser {
  userId: string;
  name: string;
  clientId: string;
  segmentId: string | null;
  editing: boolean;
}
