import { z } from 'zod';
import { SLUG_PATTERN } from '../../publish/snapshot';

export const EDITION_FORMATS = ['epub', 'pdf', 'docx', 'xliff', 'tmx', 'md'] as const;
export type EditionFormat = (typeof EDITION_FORMATS)[number];

const ZBilingualText = z
  .object({
    /** English form; empty: taken from the document. */
    source: z.string().trim().max(300).optional(),
    /** Korean form; empty: the Korean of the segment it repeats, else the English alone. */
    target: z.string().trim().max(300).optional(),
  })
  .strict();

export const ZPublishEditionRequest = z
  .object({
    /** Publish although some segments are not approved. Internal: kept for the project, never printed in the edition. */
    overrideReason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(1000).optional(),
    /** The edition's title (default: the document's first heading, else its title). */
    title: ZBilingualText.optional(),
    /** An optional subtitle; when it repeats the segment after the title, that segment is not repeated in the body. */
    subtitle: ZBilingualText.optional(),
    /** The public address /e/<slug> (default: the previous edition's, else one made from the title). */
    slug: z
      .string()
      .trim()
      .max(80, 'at most 80 characters')
      .regex(SLUG_PATTERN, 'use lowercase letters a–z, digits and single hyphens (no spaces or accents), e.g. "korea-today-and-tomorrow"')
      .optional(),
    /** A note to readers, shown at the head of the edition only when given. */
    editorNote: z.string().trim().max(4000).optional(),
    /** Put the approved reader notes in the edition (footnotes, popovers); default true. */
    includeNotes: z.boolean().optional(),
  })
  .strict();
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
