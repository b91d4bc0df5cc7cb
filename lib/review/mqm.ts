// MQM (Multidimensional Quality Metrics) categories and severities used by review annotations.
// The ids are the API's wire values; the penalty points follow MQM's scoring model (Neutral 0,
// Minor 1, Major 5, Critical 25). Keys are for the annotation form: digits/letters pick a category,
// n/m/j/c (or 0/1/5/25 typed as digits in the severity field) pick a severity.

export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'terminology',
  'names',
  'linguistic/grammar',
  'linguistic/spelling',
  'linguistic/punctuation',
  'style',
  'locale/date',
  'locale/number',
  'markup',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const MQM_SEVERITIES = ['neutral', 'minor', 'major', 'critical'] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

export const PENALTY: Record<MqmSeverity, number> = { neutral: 0, minor: 1, major: 5, critical: 25 };

/** The top-level dimension of a category (accuracy/omission → accuracy). */
export type MqmDimension = 'accuracy' | 'terminology' | 'names' | 'linguistic' | 'style' | 'locale' | 'markup';
export function dimensionOf(category: MqmCategory): MqmDimension {
  return category.split('/')[0] as MqmDimension;
}

/** Picking keys in the form: 1–9 for the first nine categories, then a, b, c, d. */
export const CATEGORY_KEYS: Record<MqmCategory, string> = Object.fromEntries(
  MQM_CATEGORIES.map((c, i) => [c, i < 9 ? String(i + 1) : String.fromCharCode('a'.charCodeAt(0) + i - 9)]),
) as Record<MqmCategory, string>;

export const SEVERITY_KEYS: Record<MqmSeverity, string> = { neutral: 'n', minor: 'm', major: 'j', critical: 'c' };

export function categoryForKey(key: string): MqmCategory | null {
  const k = key.toLowerCase();
  return MQM_CATEGORIES.find((c) => CATEGORY_KEYS[c] === k) ?? null;
}

/** n/m/j/c, or the penalty points themselves typed as 0, 1, 5, 25. */
export function severityForKey(key: string): MqmSeverity | null {
  const k = key.toLowerCase().trim();
  const byLetter = MQM_SEVERITIES.find((s) => SEVERITY_KEYS[s] === k);
  if (byLetter) return byLetter;
  return MQM_SEVERITIES.find((s) => String(PENALTY[s]) === k) ?? null;
}

/** Severities that block a bulk approve while their annotation is open. */
export const BLOCKING_SEVERITIES: readonly MqmSeverity[] = ['major', 'critical'];

export const ANNOTATION_STATUSES = ['open', 'resolved', 'wontfix'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** i18n key of a category under review.category.* (slashes are not allowed in message keys). */
export function categoryMessageKey(category: MqmCategory): string {
  return category.replace('/', '_');
}
