import { z } from 'zod';
import { ANNOTATION_STATUSES, MQM_CATEGORIES, MQM_SEVERITIES } from '../../review/mqm';

export const ZAnnotationSide = z.enum(['source', 'target']);
export const ZMqmCategory = z.enum(MQM_CATEGORIES);
export const ZMqmSeverity = z.enum(MQM_SEVERITIES);
export const ZAnnotationStatus = z.enum(ANNOTATION_STATUSES);

export const ANNOTATION_KINDS = ['review', 'note'] as const;

export const ZCreateAnnotationRequest = z
  .object({
    /** "review" (default): an MQM comment for the team; "note": a note for readers, published once approved. */
    kind: z.enum(ANNOTATION_KINDS).default('review'),
    side: ZAnnotationSide,
    /** Character offsets (UTF-16) in the side's plain text; end is exclusive. */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** Required for a review annotation; not allowed on a note. */
    category: ZMqmCategory.optional(),
    severity: ZMqmSeverity.optional(),
    comment: z.string().max(10_000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: 'custom', message: 'end must be greater than start', path: ['end'] });
    if (v.kind === 'note') {
      for (const f of ['category', 'severity'] as const) {
        if (v[f] !== undefined) ctx.addIssue({ code: 'custom', message: `a note has no ${f}`, path: [f] });
      }
      if (!v.comment.trim()) ctx.addIssue({ code: 'custom', message: 'write the note', path: ['comment'] });
    } else {
      for (const f of ['category', 'severity'] as const) {
        if (v[f] === undefined) ctx.addIssue({ code: 'custom', message: `a review annotation needs a ${f}`, path: [f] });
      }
    }
  });
export type TCreateAnnotationRequest = z.infer<typeof ZCreateAnnotationRequest>;

export const ZUpdateAnnotationRequest = z
  .object({
    status: ZAnnotationStatus.optional(),
    /** Only the annotation's author may change its text. */
    comment: z.string().max(10_000).optional(),
    category: ZMqmCategory.optional(),
    severity: ZMqmSeverity.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'send status, comment, category or severity');
export type TUpdateAnnotationRequest = z.infer<typeof ZUpdateAnnotationRequest>;

export const ZAddReplyRequest = z.object({ body: z.string().trim().min(1, 'write a reply').max(10_000) });
export type TAddReplyRequest = z.infer<typeof ZAddReplyRequest>;

export const ZDecisionRequest = z.object({
  /** The segment version the decision was made on; a stale version gets 409. */
  version: z.number().int().min(1).optional(),
  /** Approve although QA reports errors; the reason is recorded in the revision. */
  qaOverrideReason: z.string().trim().min(1).max(500).optional(),
});
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;

export const ZRejectRequest = z.object({
  reason: z.string().trim().min(1, 'say why the segment is rejected').max(5_000),
  version: z.number().int().min(1).optional(),
});
export type TRejectRequest = z.infer<typeof ZRejectRequest>;

export const ZReopenRequest = z.object({
  reason: z.string().trim().max(5_000).optional(),
  version: z.number().int().min(1).optional(),
});
export type TReopenRequest = z.infer<typeof ZReopenRequest>;

export const ZApproveDocumentRequest = z.object({ segmentIds: z.array(z.string().min(1).max(100)).min(1).max(5_000) });
export type TApproveDocumentRequest = z.infer<typeof ZApproveDocumentRequest>;

export const ZSegmentDiffQuery = z.object({
  /** A revision version; default: the origin (first MT/TM/aligned/imported revision). */
  from: z.coerce.number().int().min(1).optional(),
  /** A revision version; default: the current version. */
  to: z.coerce.number().int().min(1).optional(),
});

export const ZQualityQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
