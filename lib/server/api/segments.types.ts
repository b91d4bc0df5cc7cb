import { z } from 'zod';
import { ZSegmentDoc } from '../../editor/doc-schema';
import { SEGMENT_STATES } from '../../workflow/segment-states';

export const ZSegmentState = z.enum(SEGMENT_STATES);

export const ZUpdateSegmentRequest = z.object({
  /** The new target: plain text, a TipTap document, or null to clear it. */
  target: z.union([z.string().max(100_000), ZSegmentDoc, z.null()]),
  state: ZSegmentState.optional(),
  version: z.number().int().min(1),
  /** Confirm although QA reports errors; the reason is recorded in the revision. */
  qaOverrideReason: z.string().trim().min(1).max(500).optional(),
});
export type TUpdateSegmentRequest = z.infer<typeof ZUpdateSegmentRequest>;

export const ZListSegmentsQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(20_000).default(20_000),
  /** "compact": the editor's short format (lib/editor/compact-segment.ts), every segment, offset/limit ignored. */
  format: z.enum(['full', 'compact']).default('full'),
});
