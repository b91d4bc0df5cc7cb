import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_LABELS, DOCUMENT_CHECKS, runChecks, runChecksTogether, runDocumentChecks, SEGMENT_CHECKS } from './index';
import { round25Segments } from './testing/round25';
import { R25_TERMS } from './testing/round25/variants';
import { hasHangul, seg } from './testing';
import type { QaSegment } from './types';

describe('QA registry', () => {
  it('lists every check once, with labels in both languages', () => {
    // A check may have a segment part and a document part under one id (numbers: weekday-dates.ts).
    const ids = [...new Set([...SEGMENT_CHECKS, ...DOCUMENT_CHECKS].map((c) => c.id))].sort();
    expect(ids).toEqual([...CHECK_IDS].sort());
    for (const id of CHECK_IDS) expect(hasHangul(CHECK_LABELS[id].ko)).toBe(true);
  });

  it('runs only empty-target on a blank target', () => {
    const issues = runChecks(seg('Seven “new” things.', '  ', { state: 'APPROVED' }));
    expect(issues.map((i) => i.check)).toEqual(['empty-target']);
  });

  it('honours disabled checks and the message locale', () => {
    const s = seg('It happened on May fourth.', '5월 14일에 일어났다', { state: 'DRAFT' });
    // “fourth” lost its counterpart: one numbers issue that also points at the 14 in the target.
    expect(
      runChecks(s)
        .map((i) => i.check)
        .sort(),
    ).toEqual(['final-punctuation', 'numbers']);
    expect(runChecks(s).find((i) => i.check === 'numbers')!.targetSpan).toEqual({ start: 3, end: 5 });
    expect(runChecks(s, { options: { disabledChecks: ['numbers'] } }).map((i) => i.check)).toEqual(['final-punctuation']);
    const ko = runChecks(s, { options: { locale: 'ko' } });
    expect(ko.every((i) => hasHangul(i.message))).toBe(true);
  });

  it('includes consistency for one segment when given the document', () => {
    const doc: QaSegment[] = [seg('Latest News', '최신 뉴스', { id: 'a' }), seg('Latest News', '최신 뉴스', { id: 'b' })];
    const edited = seg('Latest News', '새 소식', { id: 'b' });
    expect(runChecks(edited, { documentSegments: doc }).map((i) => i.relatedSegmentId)).toEqual(['a']);
    expect(runChecks(edited)).toEqual([]);
  });

  it('returns every segment of a document in order', () => {
    const doc: QaSegment[] = [seg('X.', '가.', { id: 'a' }), seg('X.', '나.', { id: 'b' }), seg('Y.', '다', { id: 'c' })];
    const result = runDocumentChecks(doc);
    expect(result.map((r) => r.segmentId)).toEqual(['a', 'b', 'c']);
    expect(result.map((r) => r.issues.map((i) => i.check))).toEqual([[], ['consistency'], ['final-punctuation']]);
  });

  it('checks several segments of one document together as runChecks checks each (the asked texts in the document)', () => {
    const doc = round25Segments();
    const ctx = { terms: R25_TERMS, documentSegments: doc, options: { locale: 'ko' as const } };
    const asked = [
      { ...doc[5]!, targetText: doc[5]!.targetText.replace('하늘전자', '하늘전자 하늘전자') },
      { ...doc[9]!, targetText: '' },
      doc[12]!,
      { ...doc[3]!, id: 'new' },
    ];
    const together = runChecksTogether(asked, ctx);
    const withOthers = (s: QaSegment) => ({ ...ctx, documentSegments: doc.map((d) => asked.find((a) => a.id === d.id && a !== s) ?? d) });
    expect(together).toEqual(asked.map((s) => runChecks(s, withOthers(s))));
    expect(together[0]!.some((i) => i.check === 'repeated-word')).toBe(true);
    expect(together[1]!.map((i) => i.check)).toEqual(['empty-target']);
    // Without the document each segment stands alone.
    expect(runChecksTogether(asked.slice(0, 2), { terms: R25_TERMS })).toEqual(
      asked.slice(0, 2).map((s) => runChecks(s, { terms: R25_TERMS })),
    );
  });
});
