import 'server-only';
// Project settings live as JSON in Project.settings. One schema, with defaults, for every feature
// that reads them (formality for DeepL, QA checks switched off, reviewer edits, quality threshold).
import { z } from 'zod';
import { CHECK_IDS, SPEECH_LEVEL_SETTINGS } from '../../qa';

export const ZProjectSettings = z.object({
  formality: z.enum(['default', 'prefer_more', 'prefer_less']).default('default'),
  qaDisabledChecks: z.array(z.enum(CHECK_IDS)).default([]),
  /** Checks that are off by default (DEFAULT_OFF_CHECKS in lib/qa) switched on. */
  qaEnabledChecks: z.array(z.enum(CHECK_IDS)).default([]),
  /** The Korean speech level (말투) QA expects; 'auto' takes each document's majority. */
  qaSpeechLevel: z.enum(SPEECH_LEVEL_SETTINGS).default('auto'),
  reviewersMayEdit: z.boolean().default(true),
  qualityThreshold: z.number().min(0).max(100).default(95),
});
export type TProjectSettings = z.infer<typeof ZProjectSettings>;

export const ZUpdateProjectSettingsRequest = ZProjectSettings.partial().refine(
  (v) => Object.keys(v).length > 0,
  'send at least one setting',
);

/** Reads known settings with defaults; unknown keys (a feature's own bookkeeping) are kept aside. */
export function readSettings(json: string | null | undefined): TProjectSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json || '{}');
  } catch {
    raw = {};
  }
  const parsed = ZProjectSettings.safeParse(raw);
  if (parsed.success) return parsed.data;
  // One unreadable value (a check id this release does not know, say) must not reset the others:
  // reviewersMayEdit is an authorization setting. Each key is read on its own, with its default.
  const obj = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const known = new Set<string>(CHECK_IDS);
  const checks = Array.isArray(obj.qaDisabledChecks)
    ? obj.qaDisabledChecks.filter((c) => typeof c === 'string' && known.has(c))
    : obj.qaDisabledChecks;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ZProjectSettings.shape)) {
    const enabled = Array.isArray(obj.qaEnabledChecks)
      ? obj.qaEnabledChecks.filter((c) => typeof c === 'string' && known.has(c))
      : obj.qaEnabledChecks;
    const one = schema.safeParse(key === 'qaDisabledChecks' ? checks : key === 'qaEnabledChecks' ? enabled : obj[key]);
    out[key] = one.success ? one.data : schema.parse(undefined);
  }
  return out as TProjectSettings;
}

export function mergeSettings(json: string | null | undefined, patch: Partial<TProjectSettings>): string {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(json || '{}') as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return JSON.stringify({ ...raw, ...patch });
}
