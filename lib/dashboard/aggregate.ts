// A project's dashboard from plain rows (pure: no I/O). Four views:
//   progress  segments per state for each document ("do not translate" segments left out)
//   work      words translated and words reviewed per person per week (UTC weeks from Monday), the
//             source words of each segment counted once per person, kind and week however often it
//             was saved; translated = a human save or confirm leaving the segment TRANSLATED,
//             reviewed = an approve or reject decision
//   issues    open review annotations per MQM category; QA issues per check (given already counted)
//   editions  the quality score of each published edition as it stood when it was published
//             (editionScore below), in publishing order
import { scoreAnnotations, type QualityResult } from '../review/score';
import type { AnnotationStatus, MqmCategory, MqmSeverity } from '../review/mqm';
import { countEnglishWords } from '../text/paragraphs';

export const SEGMENT_STATES = ['APPROVED', 'TRANSLATED', 'REJECTED', 'DRAFT', 'EMPTY'] as const;
export type SegmentStateName = (typeof SEGMENT_STATES)[number];

export interface DashSegment {
  id: string;
  documentId: string;
  state: SegmentStateName;
  sourceText: string;
  doNotTranslate: boolean;
}
export interface DashRevision {
  segmentId: string;
  userId: string | null;
  action: string;
  state: SegmentStateName;
  createdAt: Date;
}
export interface DashAnnotation {
  segmentId: string;
  category: MqmCategory;
  severity: MqmSeverity;
  /** open | resolved | wontfix | deleted */
  status: string;
  statusAt: Date | null;
  createdAt: Date;
}
export interface DashEdition {
  documentId: string;
  version: number;
  publishedAt: Date;
}

export interface DashboardInput {
  now: Date;
  weeks: number;
  threshold: number;
  documents: { id: string; title: string }[];
  people: { id: string; name: string }[];
  segments: DashSegment[];
  revisions: DashRevision[];
  annotations: DashAnnotation[];
  /** QA issues already counted per check id (not ignored). */
  qaByCheck: Record<string, number>;
  editions: DashEdition[];
}

export interface TDashboard {
  /** The project's quality threshold (settings.qualityThreshold) the edition scores are read against. */
  threshold: number;
  progress: { documentId: string; title: string; total: number; counts: Record<SegmentStateName, number> }[];
  /** Mondays (YYYY-MM-DD, UTC), oldest first. */
  weeks: string[];
  work: { userId: string; name: string; translated: number[]; reviewed: number[]; totalTranslated: number; totalReviewed: number }[];
  openAnnotations: { category: MqmCategory; count: number }[];
  qaIssues: { check: string; count: number }[];
  editions: { documentId: string; title: string; version: number; publishedAt: string; score: number | null; result: QualityResult }[];
}

const DAY = 86_400_000;
const TRANSLATE_ACTIONS = new Set(['save', 'confirm', 'replace']);
const REVIEW_ACTIONS = new Set(['approve', 'reject']);

/** The Monday (00:00 UTC) of the week holding `d`. */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/** What a revision counts as in the work chart, if anything. */
export function workKind(r: Pick<DashRevision, 'action' | 'state' | 'userId'>): 'translated' | 'reviewed' | null {
  if (!r.userId) return null;
  if (REVIEW_ACTIONS.has(r.action)) return 'reviewed';
  if (TRANSLATE_ACTIONS.has(r.action) && r.state === 'TRANSLATED') return 'translated';
  return null;
}

function byCount<T extends { count: number }>(rows: T[], name: (r: T) => string): T[] {
  return rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || name(a).localeCompare(name(b)));
}

/**
 * The score of a document's edition as of `at`: annotations made by then count with the status they
 * had then (a status set later was "open" until it was set; one deleted later still counted), and
 * the reviewed words are those of segments whose state at `at` was approved or rejected, or that
 * carried an annotation by then.
 */
export function editionScore(
  at: Date,
  segments: DashSegment[],
  revisions: DashRevision[],
  annotations: DashAnnotation[],
  threshold: number,
): { score: number | null; result: QualityResult } {
  const t = at.getTime();
  const live = annotations
    .filter((a) => a.createdAt.getTime() <= t)
    .map((a) => ({ ...a, status: a.statusAt && a.statusAt.getTime() <= t ? a.status : 'open' }))
    .filter((a) => a.status !== 'deleted');
  const annotated = new Set(live.map((a) => a.segmentId));
  const stateAt = new Map<string, { at: number; state: string }>();
  for (const r of revisions) {
    const rt = r.createdAt.getTime();
    if (rt > t) continue;
    const prev = stateAt.get(r.segmentId);
    if (!prev || rt >= prev.at) stateAt.set(r.segmentId, { at: rt, state: r.state });
  }
  let words = 0;
  let reviewed = 0;
  for (const s of segments) {
    if (s.doNotTranslate) continue;
    const n = countEnglishWords(s.sourceText);
    words += n;
    const st = stateAt.get(s.id)?.state;
    if (st === 'APPROVED' || st === 'REJECTED' || annotated.has(s.id)) reviewed += n;
  }
  const scored = live.map((a) => ({ category: a.category, severity: a.severity, status: a.status as AnnotationStatus }));
  const r = scoreAnnotations(scored, words, threshold, reviewed);
  return { score: r.score, result: r.result };
}

export function buildDashboard(input: DashboardInput): TDashboard {
  const translatable = input.segments.filter((s) => !s.doNotTranslate);
  const segById = new Map(translatable.map((s) => [s.id, s]));
  const zero = () => Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as Record<SegmentStateName, number>;

  const progress = input.documents.map((d) => ({ documentId: d.id, title: d.title, total: 0, counts: zero() }));
  const progressOf = new Map(progress.map((p) => [p.documentId, p]));
  for (const s of translatable) {
    const p = progressOf.get(s.documentId);
    if (!p) continue;
    p.counts[s.state] += 1;
    p.total += 1;
  }

  const weeks = Math.max(1, Math.floor(input.weeks));
  const last = weekStart(input.now).getTime();
  const first = last - (weeks - 1) * 7 * DAY;
  const weekList = Array.from({ length: weeks }, (_, i) => new Date(first + i * 7 * DAY).toISOString().slice(0, 10));
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  const work = new Map<string, TDashboard['work'][number]>();
  const seen = new Set<string>();
  for (const r of input.revisions) {
    const kind = workKind(r);
    const seg = segById.get(r.segmentId);
    if (!kind || !seg || !r.userId) continue;
    const w = weekStart(r.createdAt).getTime();
    if (w < first || w > last) continue;
    const key = `${r.userId}|${kind}|${w}|${r.segmentId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let row = work.get(r.userId);
    if (!row) {
      row = {
        userId: r.userId,
        name: names.get(r.userId) ?? '—',
        translated: new Array<number>(weeks).fill(0),
        reviewed: new Array<number>(weeks).fill(0),
        totalTranslated: 0,
        totalReviewed: 0,
      };
      work.set(r.userId, row);
    }
    const i = Math.round((w - first) / (7 * DAY));
    const n = countEnglishWords(seg.sourceText);
    row[kind][i]! += n;
    if (kind === 'translated') row.totalTranslated += n;
    else row.totalReviewed += n;
  }

  const open = new Map<MqmCategory, number>();
  for (const a of input.annotations) {
    if (a.status === 'open' && segById.has(a.segmentId)) open.set(a.category, (open.get(a.category) ?? 0) + 1);
  }

  const titles = new Map(input.documents.map((d) => [d.id, d.title]));
  const segsOf = (docId: string) => input.segments.filter((s) => s.documentId === docId);
  const editions = [...input.editions]
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.version - b.version)
    .map((e) => {
      const segs = segsOf(e.documentId);
      const ids = new Set(segs.map((s) => s.id));
      const { score, result } = editionScore(
        e.publishedAt,
        segs,
        input.revisions.filter((r) => ids.has(r.segmentId)),
        input.annotations.filter((a) => ids.has(a.segmentId)),
        input.threshold,
      );
      return {
        documentId: e.documentId,
        title: titles.get(e.documentId) ?? '',
        version: e.version,
        publishedAt: e.publishedAt.toISOString(),
        score: score === null ? null : Math.round(score * 100) / 100,
        result,
      };
    });

  return {
    threshold: input.threshold,
    progress,
    weeks: weekList,
    work: [...work.values()].sort(
      (a, b) => b.totalTranslated + b.totalReviewed - (a.totalTranslated + a.totalReviewed) || a.name.localeCompare(b.name),
    ),
    openAnnotations: byCount(
      [...open].map(([category, count]) => ({ category, count })),
      (r) => r.category,
    ),
    qaIssues: byCount(
      Object.entries(input.qaByCheck).map(([check, count]) => ({ check, count })),
      (r) => r.check,
    ),
    editions,
  };
}
