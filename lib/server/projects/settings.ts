import 'server-only';
// Project settings live as JSON in Project.settings. One schema, with defaults, for every feature
// that reads them (formality for DeepL, QA checks switched off, reviewer edits, quality threshold).
import { z } from 'zod';
import { CHECK_IDS, SPEECH_LEVEL_SETTINGS } from '../../qa';
import type { ChecklistEntry } from '../../qa/checklist';

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

/** The stored JSON as an object: {} when missing, malformed or not an object. */
export function rawSettings(json: string | null | undefined): Record<string, unknown> {
  try {
    const v = JSON.parse(json || '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const KNOWN_CHECKS = new Set<string>(CHECK_IDS);
/** A list of check ids without the ones this release does not know (renamed, or from a newer backup). */
const knownChecks = (v: unknown) => (Array.isArray(v) ? v.filter((c) => typeof c === 'string' && KNOWN_CHECKS.has(c)) : v);

/**
 * Reads known settings with defaults; unknown keys (a feature's own bookkeeping) are kept aside.
 * Each key is read on its own: one unreadable value (a check id this release does not know, say)
 * must not reset the others (reviewersMayEdit is an authorization setting).
 */
export function readSettings(json: string | null | undefined): TProjectSettings {
  const obj = rawSettings(json);
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ZProjectSettings.shape)) {
    const one = schema.safeParse(key === 'qaDisabledChecks' || key === 'qaEnabledChecks' ? knownChecks(obj[key]) : obj[key]);
    out[key] = one.success ? one.data : schema.parse(undefined);
  }
  return out as TProjectSettings;
}

/** The DeepL glossary made from the project's terms and the hash of the content it was made from (bookkeeping, not a user setting). */
export function readDeeplGlossary(json: string | null | undefined): { id: string; hash: string } | null {
  const g = rawSettings(json).deeplGlossary as { id?: unknown; hash?: unknown } | undefined;
  return g && typeof g.id === 'string' && typeof g.hash === 'string' ? { id: g.id, hash: g.hash } : null;
}

/** What a settings patch may write: the user settings and the features' own keys (DeepL glossary, QA checklist). */
export type SettingsPatch = Partial<TProjectSettings> & { deeplGlossary?: { id: string; hash: string }; qaChecklist?: ChecklistEntry[] };

/** The stored JSON with the patch merged in; a key set to undefined is removed (its default applies again). */
export function mergeSettings(json: string | null | undefined, patch: SettingsPatch): string {
  const merged: Record<string, unknown> = { ...rawSettings(json), ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
  return JSON.stringify(merged);
}
