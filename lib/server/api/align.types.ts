import { z } from 'zod';
import { IMPORT_FORMATS } from '../../formats/import';

/** The existing Korean translation: text (paragraphs separated by blank lines) or a file's content (docx as base64). */
export const ZProposeAlignmentRequest = z.object({
  content: z
    .string()
    .min(1)
    .max(14 * 1024 * 1024),
  format: z.enum(IMPORT_FORMATS).default('text'),
});
export type TProposeAlignmentRequest = z.infer<typeof ZProposeAlignmentRequest>;

export const ZApplyAlignmentRequest = z.object({
  beads: z
    .array(
      z.object({
        /** 0-based positions of the document's segments this bead covers (empty: Korean text with no English). */
        source: z.array(z.number().int().min(0)).max(20),
        /** Indices of the Korean paragraphs (informational). */
        target: z.array(z.number().int().min(0)).max(50).default([]),
        /** The Korean text for these segments, after any merge or split in the alignment view. */
        text: z.string().max(200_000),
        skip: z.boolean().default(false),
      }),
    )
    .max(50_000),
  state: z.enum(['DRAFT', 'TRANSLATED']).default('DRAFT'),
  /** Required to replace segments that already carry human work; without it the answer is 409 listing them. */
  overwriteHumanWork: z.boolean().default(false),
});
export type TApplyAlignmentRequest = z.infer<typeof ZApplyAlignmentRequest>;
