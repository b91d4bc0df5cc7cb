// A segment as the API presents it (lib/server/presenters/segment.ts) and the editor works with it:
// the one declaration of its shape. The editor's compact wire format expands to it (compact-segment.ts).
import type { Origin, SegmentState } from '../workflow/segment-states';
import type { SegmentDoc } from './doc';

export interface TSegment {
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
