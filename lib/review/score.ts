// MQM scoring of a document's review annotations (pure arithmetic, no I/O).
//   penalty points = Σ severity penalties (Neutral 0, Minor 1, Major 5, Critical 25)
//   per 1,000 words = penalty points ÷ source words × 1000
//   raw quality score = (1 − penalty points ÷ source words) × 100   (may go below 0)
//   pass = raw quality score ≥ threshold (project settings.qualityThreshold, default 95)
// Which annotations count: those still describing the text, i.e. status open or wontfix (a
// reviewer agreed to leave it). Resolved annotations are listed in the counts but carry no penalty.
import { MQM_CATEGORIES, MQM_SEVERITIES, PENALTY, type AnnotationStatus, type MqmCategory, type MqmSeverity } from './mqm';

export const DEFAULT_QUALITY_THRESHOLD = 95;

export interface ScoredAnnotation {
  category: MqmCategory;
  severity: MqmSeverity;
  status: AnnotationStatus;
}

export interface QualityScore {
  sourceWords: number;
  threshold: number;
  /** Annotations that carry penalties (open + wontfix). */
  counted: number;
  /** category → severity → number of counted annotations. */
  counts: Record<MqmCategory, Record<MqmSeverity, number>>;
  bySeverity: Record<MqmSeverity, number>;
  byCategory: Record<MqmCategory, { count: number; penalty: number }>;
  byStatus: Record<AnnotationStatus, number>;
  penaltyPoints: number;
  /** Penalty points per 1,000 source words; null for a document without source words. */
  penaltyPer1000: number | null;
  /** (1 − penalty ÷ words) × 100; null for a document without source words. */
  score: number | null;
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

export function scoreAnnotations(annotations: readonly ScoredAnnotation[], sourceWords: number, threshold = DEFAULT_QUALITY_THRESHOLD): QualityScore {
  const counts = Object.fromEntries(MQM_CATEGORIES.map((c) => [c, zeroSeverities()])) as Record<MqmCategory, Record<MqmSeverity, number>>;
  const byCategory = Object.fromEntries(MQM_CATEGORIES.map((c) => [c, { count: 0, penalty: 0 }])) as Record<MqmCategory, { count: number; penalty: number }>;
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
  const words = Math.max(0, Math.floor(sourceWords));
  const score = words > 0 ? (1 - penaltyPoints / words) * 100 : null;
  return {
    sourceWords: words,
    threshold,
    counted,
    counts,
    bySeverity,
    byCategory,
    byStatus,
    penaltyPoints,
    penaltyPer1000: words > 0 ? (penaltyPoints / words) * 1000 : null,
    score,
    pass: score === null ? penaltyPoints === 0 : score >= threshold,
  };
}

/** Rounds for display and export (two decimals). */
export function round2(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}
