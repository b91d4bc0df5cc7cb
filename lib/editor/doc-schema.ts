// The zod schemas of a segment's TipTap JSON as a save may send it (lib/server/api/segments.types.ts).
// Kept apart from doc.ts so the browser bundle, which imports doc.ts, carries no zod: zod probes
// for eval support (Function("")), which the Content-Security-Policy reports as a violation.
import { z } from 'zod';

/** Where a saved link may point: http(s), mailto, or within the site ('#…', '/…' but not '//host'). */
const LINK_HREF = /^(https?:|mailto:|#|\/(?!\/))/i;
const ZScalarAttrs = z
  .record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((a) => Object.keys(a).length <= 10, 'at most 10 attributes');
/**
 * Marks as a save may send them: flat attributes only, a link with an http(s)/mailto (or relative)
 * href. TipTap's own link attributes (target, rel, class, title) are accepted and dropped: a stored link
 * has its href only.
 */
export const ZDocMark = z.union([
  z.object({ type: z.enum(['bold', 'italic']), attrs: z.object({}).strict().optional() }).strict(),
  z
    .object({
      type: z.literal('link'),
      attrs: z
        .object({
          href: z
            .string()
            .max(2000)
            .refine((h) => LINK_HREF.test(h.trim()), 'a link needs an http:, https: or mailto: address'),
          target: z.string().max(20).nullable().optional(),
          rel: z.string().max(100).nullable().optional(),
          class: z.string().max(100).nullable().optional(),
          title: z.string().max(500).nullable().optional(),
        })
        .strict()
        .transform((a) => ({ href: a.href.trim() })),
    })
    .strict(),
  z.object({ type: z.literal('annotation'), attrs: ZScalarAttrs.optional() }).strict(),
]);
export const ZInlineNode = z.union([
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(ZDocMark).max(10).optional() }),
  z.object({ type: z.literal('hardBreak') }),
]);
export const ZSegmentDoc = z.object({
  type: z.literal('doc'),
  content: z
    .array(z.object({ type: z.literal('paragraph'), content: z.array(ZInlineNode).max(5000).optional() }))
    .length(1, 'a segment holds exactly one paragraph'),
});
