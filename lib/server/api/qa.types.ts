import { z } from 'zod';
import { ZChecklist } from '../../qa/checklist-schema';

export const ZQaQuery = z.object({ lang: z.enum(['en', 'ko']).optional() });

export const ZIgnoreQaIssueRequest = z.object({
  key: z.string().min(1).max(300),
  ignored: z.boolean().default(true),
  reason: z.string().trim().max(500).optional(),
});

/** The project checklist (lib/qa/checklist.ts): the whole list is replaced on PUT. */
export const ZPutQaChecklistRequest = z.object({ entries: ZChecklist }).strict();
export type TPutQaChecklistRequest = z.infer<typeof ZPutQaChecklistRequest>;
