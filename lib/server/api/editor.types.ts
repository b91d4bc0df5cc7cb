import { z } from 'zod';

export const ZReplaceInDocumentRequest = z.object({
  find: z.string().min(1).max(500),
  replace: z.string().max(2000),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  /** Limit to these segments (e.g. the rows the user ticked in the preview); all segments when absent. */
  segmentIds: z.array(z.string().min(1)).max(20_000).optional(),
  /** Versions seen in the preview, by segment id: a segment saved since then is skipped as a conflict. */
  versions: z.record(z.string(), z.number().int().min(1)).optional(),
  dryRun: z.boolean().default(true),
});
export type TReplaceInDocumentRequest = z.infer<typeof ZReplaceInDocumentRequest>;

export const ZPresenceRequest = z.object({
  segmentId: z.string().min(1).max(100).nullable(),
  /** One id per open tab, so a user with two tabs shows where each is. */
  clientId: z.string().min(1).max(100).optional(),
  /** The active segment has unsaved edits (someone is typing in it). */
  editing: z.boolean().optional(),
});
export type TPresenceRequest = z.infer<typeof ZPresenceRequest>;

export const ZDocumentEventsQuery = z.object({
  /** Send the current presence and close (tests, polling clients). */
  once: z.enum(['0', '1']).optional(),
  clientId: z.string().max(100).optional(),
});
