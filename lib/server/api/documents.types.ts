import { z } from 'zod';

export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

export const ZCreateDocumentRequest = z.object({
  title: z.string().trim().min(1).max(300),
  content: z.string().max(MAX_DOCUMENT_CHARS),
  format: z.enum(['text']).default('text'),
});
export type TCreateDocumentRequest = z.infer<typeof ZCreateDocumentRequest>;
