// Schema-level test of the annotation mark (no DOM: getSchema and ProseMirror nodes only). The
// editor commands (setAnnotation, unsetAnnotation, setActiveAnnotation) need a mounted editor and are
// covered by the e2e flow.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { docToText, textToDoc, type SegmentDoc } from '../doc';
import { segmentExtensions } from '../extensions';
import { AnnotationMark, annotationSpans, withAnnotationMarks, withoutAnnotationMarks } from './annotation';

const schema = getSchema(segmentExtensions([AnnotationMark]));

describe('AnnotationMark', () => {
  it('is named annotation, carries an id, allows overlaps and is not inclusive', () => {
    const type = schema.marks.annotation!;
    expect(type.spec.excludes).toBe('');
    expect(type.spec.inclusive).toBe(false);
    expect(Object.keys(type.spec.attrs ?? {})).toEqual(['id', 'active']);
  });

  it('lets two annotations overlap on the same text in a ProseMirror document', () => {
    const doc = withAnnotationMarks(textToDoc('새로운 미사일을 쐈다'), [{ id: 'a', start: 0, end: 7 }, { id: 'b', start: 4, end: 8 }]);
    const node = schema.nodeFromJSON(doc);
    node.check();
    const marksAt = (pos: number) => node.resolve(pos + 1).marks().map((m) => m.attrs.id);
    expect(marksAt(5).sort()).toEqual(['a', 'b']);
    expect(marksAt(1)).toEqual(['a']);
  });
});

describe('withAnnotationMarks / annotationSpans / withoutAnnotationMarks', () => {
  const base: SegmentDoc = { type: 'doc', content: [{ type: 'paragraph', content: [
    { type: 'text', text: '북한은 ' },
    { type: 'text', text: '새로운', marks: [{ type: 'bold' }] },
    { type: 'hardBreak' },
    { type: 'text', text: '미사일' },
  ] }] };

  it('round-trips offsets through marks, across formatting and hard breaks', () => {
    const spans = [{ id: 'x', start: 2, end: 6 }, { id: 'y', start: 4, end: 10 }];
    const marked = withAnnotationMarks(base, spans);
    expect(docToText(marked)).toBe(docToText(base));
    expect(annotationSpans(marked)).toEqual(spans);
    expect(withoutAnnotationMarks(marked)).toEqual(base);
  });

  it('ignores empty spans and keeps other marks', () => {
    const marked = withAnnotationMarks(base, [{ id: 'z', start: 3, end: 3 }]);
    expect(marked).toEqual(base);
  });
});
