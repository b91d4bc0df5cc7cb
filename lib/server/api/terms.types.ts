import { z } from 'zod';
import { TERM_KINDS } from '../../names/term-kind';

export const ZTermKind = z.enum(TERM_KINDS);
export const ZTermStatus = z.enum(['PROPOSED', 'CONFIRMED', 'REJECTED']);

export const ZCreateTermRequest = z.object({
  source: z.string().trim().min(1).max(500),
  target: z.string().trim().max(500).default(''),
  kind: ZTermKind.default('TERM'),
  note: z.string().max(2000).default(''),
  caseSensitive: z.boolean().default(false),
  status: ZTermStatus.default('CONFIRMED'),
});
export type TCreateTermRequest = z.infer<typeof ZCreateTermRequest>;

export const ZUpdateTermRequest = z
  .object({
    source: z.string().trim().min(1).max(500),
    target: z.string().trim().max(500),
    kind: ZTermKind,
    note: z.string().max(2000),
    caseSensitive: z.boolean(),
    status: ZTermStatus,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'send at least one field to change');
export type TUpdateTermRequest = z.infer<typeof ZUpdateTermRequest>;

export const ZListTermsQuery = z.object({
  q: z.string().max(200).optional(),
  kind: ZTermKind.optional(),
  status: ZTermStatus.optional(),
});

// json: the confirmed terms and the project's word list for the spelling check ({ terms, words }).
export const ZExportTermsQuery = z.object({ format: z.enum(['csv', 'tbx', 'json']).default('csv') });
export const ZImportTermsQuery = z.object({ format: z.enum(['csv', 'tbx']).optional() });
