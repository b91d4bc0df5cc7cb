import { z } from 'zod';
import { PRETRANSLATE_SCOPES } from '../../workflow/pretranslate-scope';

export const ZFormality = z.enum(['default', 'prefer_more', 'prefer_less']);

export const ZPretranslateRequest = z.object({
  /** empty (default): EMPTY segments only; machine: also replace TM/MT drafts. Human work is never touched. */
  scope: z.enum(PRETRANSLATE_SCOPES).default('empty'),
  /** true: only estimate (no job is created). */
  dryRun: z.boolean().default(false),
  /** For this job; defaults to the project's preference (settings). Korean accepts only the prefer_* forms. */
  formality: ZFormality.optional(),
});
export type TPretranslateRequest = z.infer<typeof ZPretranslateRequest>;

export const ZPretranslateSettingsRequest = z.object({
  formality: ZFormality,
});
export type TPretranslateSettingsRequest = z.infer<typeof ZPretranslateSettingsRequest>;

export const ZTmSearchQuery = z.object({
  q: z.string().trim().min(1, 'Type something to search for.').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZSuggestionsQuery = z.object({
  minScore: z.coerce.number().int().min(50).max(100).default(75),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
