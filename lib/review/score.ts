// MQM scoring of a document's review annotations (pure arithmetic, no I/O).
//   penalty points = Σ severity penalties (Neutral 0, Minor 1, Major 5, Critical 25)
//   reviewed words = source words of the segments a reviewer looked at: approved, rejected, or
//                    carrying at least one review annotation (any status)
//   per 1,000 words = penalty points ÷ reviewed words × 1000
//   raw quality score = (1 − penalty points ÷ reviewed words) × 100   (may go below 0)
//   coverage = reviewed words ÷ source words
//   result = "insufficient" (Not enough reviewed) while coverage < MIN_REVIEW_COVERAGE (50 %),
//            whatever the score; else pass when score ≥ threshold (settings.qualityThreshold, default 95)
// Dividing by every source word made an unreviewed document pass (260 of 1,076 words → 99.91).
// Which annotations count: those still describing the text, i.e. status open or wontfix (a
// reviewer agreed to leave it). Resolved annotations are listed in the counts but carry no penalty.
import { MQM_CATEGORIES, MQM_SEVERITIES, PENALTY, type AnnotationStatus, type MqmCategory, type MqmSeverity } from './mqm';

export const DEFAULT_QUALITY_THRESHOLD = 95;
/** Below this share of the source words reviewed, the result is "not enough reviewed". */
export const MIN_REVIEW_COVERAGE = 0.5;

export type QualityResult = 'pass' | 'fail' | 'insufficient';

export interface ScoredAnnotation {
  category: MqmCategory;
  severity: MqmSeverity;
  status: AnnotationStatus;
}

export interface QualityScore {
  sourceWords: number;
  /** Source words of the reviewed segments (approved, rejected or annotated): the score's denominator. */
  reviewedWords: number;
  /** reviewedWords ÷ sourceWords (0–1); null for a document without source words. */
  coverage: number | null;
  /** The coverage below which the result is "insufficient". */
  minCoverage: number;
  result: QualityResult;
  threshold: number;
  /** Annotations that carry penalties (open + wontfix). */
  counted: number;
  /** category → severity → number of counted annotations. */
  counts: Record<MqmCategory, Record<MqmSeverity, number>>;
  bySeverity: Record<MqmSeverity, number>;
  byCategory: Record<MqmCategory, { count: number; penalty: number }>;
  byStatus: Record<AnnotationStatus, number>;
  penaltyPoints: number;
  /** Penalty points per 1,000 reviewed words; null when no word was reviewed. */
  penaltyPer1000: number | null;
  /** (1 − penalty ÷ reviewed words) × 100; null when no word was reviewed. */
  score: number | null;
  /** result === 'pass'. */
  pass: boolean;
}

export function countsPenalty(status: AnnotationStatus): boolean {
  return status === 'open' || status === 'wontfix';
}

export function qualityThreshold(settings: Record<string, unknown>): number {
  const t = settings.qualityThreshold;
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= 100 ? t : DEFAULT_QUALITY_THRESHOLD;
}

const zeroSeverities = () => Object.fromEntries(MQM_SEVERITIES.map((s) => [s, 0])) as Record<MqmSeverity, number>;

/**
 * Scores the annotations over the reviewed words (default: every source word, i.e. a fully
 * reviewed document).
 */
export function scoreAnnotations(
  annotations: readonly ScoredAnnotation[],
  sourceWords: number,
  threshold = DEFAULT_QUALITY_THRESHOLD,
  reviewedWords = sourceWords,
): QualityScore {
  const counts = Object.fromEntries(MQM_CATEGORIES.map((c) => [c, zeroSeverities()])) as Record<MqmCategory, Record<MqmSeverity, number>>;
  const byCategory = Object.fromEntries(MQM_CATEGORIES.map((c) => [c, { count: 0, penalty: 0 }])) as Record<
    MqmCategory,
    { count: number; penalty: number }
  >;
  const bySeverity = zeroSeverities();
  const byStatus: Record<AnnotationStatus, number> = { open: 0, resolved: 0, wontfix: 0 };
  let penaltyPoints = 0;
  let counted = 0;
  for (const a of annotations) {
    byStatus[a.status] += 1;
    if (!countsPenalty(a.status)) continue;
    counted += 1;
    counts[a.category][a.severity] += 1;
    bySeverity[a.severity] += 1;
    byCategory[a.category].count += 1;
    byCategory[a.category].penalty += PENALTY[a.severity];
    penaltyPoints += PENALTY[a.severity];
  }
  const total = Math.max(0, Math.floor(sourceWords));
  const words = Math.min(total, Math.max(0, Math.floor(reviewedWords)));
  const score = words > 0 ? (1 - penaltyPoints / words) * 100 : null;
  const coverage = total > 0 ? words / total : null;
  const result: QualityResult =
    total === 0
      ? penaltyPoints === 0
        ? 'pass'
        : 'fail'
      : coverage! < MIN_REVIEW_COVERAGE || score === null
        ? 'insufficient'
        : score >= threshold
          ? 'pass'
          : 'fail';
  return {
    sourceWords: total,
    reviewedWords: words,
    coverage,
    minCoverage: MIN_REVIEW_COVERAGE,
    result,
    threshold,
    counted,
    counts,
    bySeverity,
    byCategory,
    byStatus,
    penaltyPoints,
    penaltyPer1000: words > 0 ? (penaltyPoints / words) * 1000 : null,
    score,
    pass: result === 'pass',
  };
}

/** Rounds for display and export (two decimals). */
export function round2(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}
