// Exports of a document's review: the quality report as CSV and the annotations as W3C Web
// Annotation JSON-LD (https://www.w3.org/TR/annotation-model/). Pure functions of presented data.
import { neutraliseFormula } from '../text/csv-safe';
import { MQM_CATEGORIES, MQM_SEVERITIES, PENALTY, dimensionOf } from './mqm';
import { round2 } from './score';
import type { TAnnotation, TQualityReport } from './types';

/** One CSV cell: quoted when needed; a leading =, +, -, @ is neutralised (spreadsheet formula injection). */
export function csvCell(v: string | number | null | boolean): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string') s = neutraliseFormula(s);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number | null | boolean)[]) => cells.map(csvCell).join(',');

/**
 * The quality report as CSV: one row per MQM category (counts by severity, penalty points), a total
 * row, then a blank line and the metrics as name,value rows.
 */
export function qualityCsv(r: TQualityReport): string {
  const rows: string[] = [line(['dimension', 'category', ...MQM_SEVERITIES, 'count', 'penalty_points'])];
  for (const c of MQM_CATEGORIES) {
    const counts = r.counts[c];
    rows.push(line([dimensionOf(c), c, ...MQM_SEVERITIES.map((s) => counts[s]), r.byCategory[c].count, r.byCategory[c].penalty]));
  }
  rows.push(line(['total', '', ...MQM_SEVERITIES.map((s) => r.bySeverity[s]), r.counted, r.penaltyPoints]));
  rows.push('');
  rows.push(line(['metric', 'value']));
  const metrics: [string, string | number | null | boolean][] = [
    ['document', r.title],
    ['segments', r.segments],
    ['source_words', r.sourceWords],
    ['reviewed_words', r.reviewedWords],
    ['review_coverage', r.coverage === null ? null : Math.round(r.coverage * 1000) / 1000],
    ['min_review_coverage', r.minCoverage],
    ['annotations', r.annotations],
    ['counted_annotations', r.counted],
    ['detached_annotations', r.detached],
    ['penalty_points', r.penaltyPoints],
    ['penalty_per_1000_words', round2(r.penaltyPer1000)],
    ['quality_score', round2(r.score)],
    ['threshold', r.threshold],
    ['result', r.result],
    ['severity_penalties', MQM_SEVERITIES.map((s) => `${s}=${PENALTY[s]}`).join(' ')],
  ];
  for (const m of metrics) rows.push(line(m));
  return rows.join('\r\n') + '\r\n';
}

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface JsonLdInput {
  /** The site's origin, e.g. https://workbench.example.org */
  origin: string;
  documentId: string;
  title: string;
  annotations: readonly TAnnotation[];
}

/** URL of one side of a segment: the API resource with the side as fragment. */
export function segmentUrl(origin: string, segmentId: string, side: 'source' | 'target'): string {
  return `${origin}/api/v1/segments/${encodeURIComponent(segmentId)}#${side}`;
}

/** The annotations of a document as one AnnotationCollection with a single AnnotationPage. */
export function annotationsJsonLd({ origin, documentId, title, annotations }: JsonLdInput) {
  const collectionId = `${origin}/api/v1/documents/${encodeURIComponent(documentId)}/annotations.jsonld`;
  const items = annotations.map((a) => {
    const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix }];
    // A detached annotation's offsets no longer point at its words; only the quote describes it.
    if (!a.detached) selector.push({ type: 'TextPositionSelector', start: a.start, end: a.end });
    const body: Record<string, unknown>[] = [];
    if (a.comment) body.push({ type: 'TextualBody', value: a.comment, format: 'text/plain', purpose: 'commenting' });
    body.push({ type: 'TextualBody', value: a.category, purpose: 'classifying' });
    body.push({ type: 'TextualBody', value: a.severity, purpose: 'assessing' });
    for (const r of a.replies) {
      body.push({
        type: 'TextualBody',
        value: r.body,
        format: 'text/plain',
        purpose: 'replying',
        creator: { type: 'Person', name: r.author.name },
        created: r.createdAt,
      });
    }
    return {
      id: `${origin}/api/v1/annotations/${encodeURIComponent(a.id)}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: a.createdAt,
      modified: a.updatedAt,
      creator: { type: 'Person', name: a.author.name },
      body,
      target: { source: segmentUrl(origin, a.segmentId, a.side), selector },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: title,
    total: items.length,
    first: {
      id: `${collectionId}?page=0`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}
