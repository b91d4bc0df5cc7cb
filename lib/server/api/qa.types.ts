import { z } from 'zod';

export const ZQaQuery = z.object({ lang: z.enum(['en', 'ko']).optional() });

export const ZIgnoreQaIssueRequest = z.object({
  key: z.string().min(1).max(300),
  ignored: z.boolean().default(true),
  reason: z.string().trim().max(500).optional(),
});
