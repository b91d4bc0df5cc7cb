import { describe, expect, it } from 'vitest';
import { annotationsJsonLd, csvCell, qualityCsv } from './export';
import { scoreAnnotations } from './score';
import type { TAnnotation } from './types';

const annotation = (over: Partial<TAnnotation> = {}): TAnnotation => ({
  id: 'a1',
  segmentId: 's1',
  side: 'target',
  start: 3,
  end: 6,
  quote: '미사일',
  prefix: '새로운 ',
  suffix: '을',
  category: 'terminology',
  severity: 'major',
  comment: 'Use the glossary term',
  mentions: [],
  status: 'open',
  statusBy: null,
  statusAt: null,
  detached: false,
  author: { id: 'u1', name: 'Reviewer' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  replies: [],
  ...over,
});

describe('annotationsJsonLd', () => {
  it('is a W3C AnnotationCollection with quote and position selectors and classifying bodies', () => {
    const doc = annotationsJsonLd({ origin: 'https://wb.test', documentId: 'd1', title: 'T', annotations: [annotation()] });
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', startIndex: 0 } });
    const item = doc.first.items[0]!;
    expect(item).toMatchObject({
      id: 'https://wb.test/api/v1/annotations/a1',
      type: 'Annotation',
      target: {
        source: 'https://wb.test/api/v1/segments/s1#target',
        selector: [
          { type: 'TextQuoteSelector', exact: '미사일', prefix: '새로운 ', suffix: '을' },
          { type: 'TextPositionSelector', start: 3, end: 6 },
        ],
      },
    });
    expect(item.body).toEqual([
      { type: 'TextualBody', value: 'Use the glossary term', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'terminology', purpose: 'classifying' },
      { type: 'TextualBody', value: 'major', purpose: 'assessing' },
    ]);
  });
  it('leaves the position out for a detached annotation and adds replies', () => {
    const doc = annotationsJsonLd({
      origin: 'o',
      documentId: 'd',
      title: 't',
      annotations: [
        annotation({
          detached: true,
          replies: [{ id: 'r', annotationId: 'a1', author: { id: 'u', name: 'T' }, body: 'fixed', mentions: [], createdAt: 'x' }],
        }),
      ],
    });
    const item = doc.first.items[0]!;
    expect(item.target.selector).toHaveLength(1);
    expect(item.body.at(-1)).toMatchObject({ value: 'fixed', purpose: 'replying' });
  });
});

describe('qualityCsv', () => {
  it('writes a row per category, a total and the metrics', () => {
    const score = scoreAnnotations(
      [
        { category: 'terminology', severity: 'major', status: 'open' },
        { category: 'style', severity: 'minor', status: 'open' },
      ],
      100,
    );
    const csv = qualityCsv({ ...score, documentId: 'd', title: '=cmd|"x"', segments: 3, annotations: 2, detached: 0 });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('dimension,category,neutral,minor,major,critical,count,penalty_points');
    expect(lines).toContain('terminology,terminology,0,0,1,0,1,5');
    expect(lines).toContain('total,,0,1,1,0,2,6');
    expect(lines).toContain('quality_score,94');
    expect(lines).toContain('result,fail');
    expect(lines).toContain(`document,"'=cmd|""x"""`);
  });
  it('quotes cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-5)).toBe('-5');
  });
});
