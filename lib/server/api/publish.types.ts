import { z } from 'zod';

export const EDITION_FORMATS = ['epub', 'pdf', 'docx', 'xliff', 'tmx', 'md'] as const;
export type EditionFormat = (typeof EDITION_FORMATS)[number];

export const ZPublishEditionRequest = z.object({
  /** Publish although some segments are not approved; the edition shows this reason. */
  overrideReason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(1000).optional(),
});
export type TPublishEditionRequest = z.infer<typeof ZPublishEditionRequest>;

export const ZUpdateEditionRequest = z.object({
  /** true unpublishes the version (it stays stored and can be shown again); false shows it again. */
  hidden: z.boolean(),
});
export type TUpdateEditionRequest = z.infer<typeof ZUpdateEditionRequest>;

export const ZDownloadEditionQuery = z.object({
  format: z.enum(EDITION_FORMATS),
  /** Markdown only: Korean text alone, or English and Korean paragraph by paragraph. */
  variant: z.enum(['ko', 'bilingual']).default('bilingual'),
});
export type TDownloadEditionQuery = z.infer<typeof ZDownloadEditionQuery>;
