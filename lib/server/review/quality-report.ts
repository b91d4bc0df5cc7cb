import 'server-only';
// A document's quality report (MQM counts, penalty points per 1,000 source words, raw quality
// score, pass/fail against settings.qualityThreshold) and its exports (CSV, W3C Web Annotation
// JSON-LD). Source words: countEnglishWords over the source of every segment not marked "do not
// translate"; annotations on such segments are left out as well. The score counts only the reviewed
// words (segments approved, rejected or annotated; lib/review/score.ts) and reports the coverage.
import { annotationsJsonLd, qualityCsv } from '../../review/export';
import { scoreAnnotations } from '../../review/score';
import { numberNotes, toHighlight } from '../../editor/overlays';
import type { TAnnotation, TAnnotationHighlight, TNoteHighlight, TQualityReport } from '../../review/types';
import { countEnglishWords } from '../../text/paragraphs';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { fileDownload } from '../http/download';
import { requireDocument } from '../projects/access';
import { readSettings } from '../projects/settings';
import { DELETED } from './manage-annotations';
import { presentAnnotations, WITH_REPLIES } from './present-annotation';

async function load(actor: Actor, documentId: string) {
  const { document } = await requireDocument(actor, documentId, 'document.read');
  const [project, segments] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: document.projectId }, select: { settings: true } }),
    db.segment.findMany({
      where: { documentId, doNotTranslate: false },
      orderBy: { position: 'asc' },
      select: { id: true, position: true, sourceText: true, state: true },
    }),
  ]);
  const rows = await db.annotation.findMany({
    where: { segment: { documentId, doNotTranslate: false }, status: { not: DELETED }, kind: 'review' }, // reader notes are not review
    orderBy: [{ createdAt: 'asc' }],
    include: WITH_REPLIES,
  });
  const position = new Map(segments.map((s) => [s.id, s.position]));
  rows.sort((a, b) => position.get(a.segmentId)! - position.get(b.segmentId)! || a.start - b.start);
  const annotations = await presentAnnotations(rows, document.projectId);
  return { document, settings: readSettings(project.settings), segments, annotations };
}

/** A segment the report reads: its source, and whether a reviewer decided on it. */
export interface ReportSegment {
  id: string;
  sourceText: string;
  state: string;
}

/** Reviewed: approved or rejected by a reviewer, or carrying a review annotation (any status). */
export function isReviewed(segment: ReportSegment, annotated: ReadonlySet<string>): boolean {
  return segment.state === 'APPROVED' || segment.state === 'REJECTED' || annotated.has(segment.id);
}

export function buildReport(input: {
  documentId: string;
  title: string;
  segments: ReportSegment[];
  annotations: TAnnotation[];
  threshold: number;
}): TQualityReport {
  const annotated = new Set(input.annotations.map((a) => a.segmentId));
  let words = 0;
  let reviewed = 0;
  for (const s of input.segments) {
    const n = countEnglishWords(s.sourceText);
    words += n;
    if (isReviewed(s, annotated)) reviewed += n;
  }
  return {
    ...scoreAnnotations(input.annotations, words, input.threshold, reviewed),
    documentId: input.documentId,
    title: input.title,
    segments: input.segments.length,
    annotations: input.annotations.length,
    detached: input.annotations.filter((a) => a.detached).length,
  };
}

export async function qualityReport(
  actor: Actor,
  documentId: string,
): Promise<
  TQualityReport & {
    openAnnotations: Record<string, number>;
    highlights: Record<string, TAnnotationHighlight[]>;
    notes: Record<string, TNoteHighlight[]>;
  }
> {
  const { document, settings, segments, annotations } = await load(actor, documentId);
  const notes = await noteHighlights(documentId);
  // Open threads per segment, for the editor's "open annotations" filter, and the spans the editor
  // highlights in its rows (open and still on their words).
  const openAnnotations: Record<string, number> = {};
  const highlights: Record<string, TAnnotationHighlight[]> = {};
  for (const a of annotations) {
    if (a.status === 'open') openAnnotations[a.segmentId] = (openAnnotations[a.segmentId] ?? 0) + 1;
    const h = toHighlight(a);
    if (h) (highlights[a.segmentId] ??= []).push(h);
  }
  return {
    ...buildReport({ documentId, title: document.title, segments, annotations, threshold: settings.qualityThreshold }),
    openAnnotations,
    highlights,
    notes,
  };
}

/** The document's attached reader notes, numbered in reading order, for the editor's rows (read after load's access check). */
async function noteHighlights(documentId: string): Promise<Record<string, TNoteHighlight[]>> {
  const rows = await db.annotation.findMany({
    where: { segment: { documentId }, kind: 'note', detached: false, status: { not: DELETED } },
    select: {
      id: true,
      segmentId: true,
      side: true,
      start: true,
      end: true,
      quote: true,
      comment: true,
      approvedAt: true,
      segment: { select: { position: true } },
    },
  });
  return numberNotes(
    rows.map(({ segment, approvedAt, side, ...r }) => ({
      ...r,
      side: side as TNoteHighlight['side'],
      position: segment.position,
      approved: !!approvedAt,
    })),
  );
}

/** A review annotation as the quality report lists it: with its segment's number (position + 1). */
export type TReportAnnotation = TAnnotation & { segmentNumber: number };

/** The report page: the report and every review annotation in document order, with its segment number. */
export async function qualityReportPage(
  actor: Actor,
  documentId: string,
): Promise<{ report: TQualityReport; annotations: TReportAnnotation[] }> {
  const { document, settings, segments, annotations } = await load(actor, documentId);
  const position = new Map(segments.map((s) => [s.id, s.position]));
  return {
    report: buildReport({ documentId, title: document.title, segments, annotations, threshold: settings.qualityThreshold }),
    annotations: annotations.map((a) => ({ ...a, segmentNumber: (position.get(a.segmentId) ?? 0) + 1 })),
  };
}

function fileName(title: string, ext: string) {
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'document';
  return `${base}-quality.${ext}`;
}

export async function qualityReportCsv(actor: Actor, documentId: string): Promise<Response> {
  const report = await qualityReport(actor, documentId);
  return fileDownload('\ufeff' + qualityCsv(report), { filename: fileName(report.title, 'csv'), contentType: 'text/csv; charset=utf-8' });
}

export async function annotationsJsonLdResponse(actor: Actor, documentId: string, origin: string): Promise<Response> {
  const { document, annotations } = await load(actor, documentId);
  const body = annotationsJsonLd({ origin, documentId, title: document.title, annotations });
  return new Response(JSON.stringify(body, null, 2), {
    status: 200,
    headers: {
      'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}
