import { describe, expect, it } from 'vitest';
import { inlineToDoc, textToDoc } from './doc';
import { expandSegment, isPlainDocJson } from './compact-segment';

describe('compact segments', () => {
  it('rebuilds plain docs from their text and keeps rich ones as sent', () => {
    const rich = inlineToDoc([{ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }]);
    expect(isPlainDocJson(JSON.stringify(textToDoc('a\nb')))).toBe(true);
    expect(isPlainDocJson(JSON.stringify(rich))).toBe(false);
    const e = expandSegment({ id: 'x', p: 3, s: 'a\nb', t: '', tn: 1, st: 'EMPTY', v: 1 });
    expect(e).toMatchObject({
      position: 3,
      kind: 'paragraph',
      source: textToDoc('a\nb'),
      target: null,
      origin: null,
      doNotTranslate: false,
    });
    const r = expandSegment({ id: 'y', p: 0, s: 'bold', sd: rich, t: '굵게', st: 'DRAFT', o: 'MT', v: 2, x: 1, k: 'heading', l: 2 });
    expect(r).toMatchObject({ source: rich, target: textToDoc('굵게'), origin: 'MT', doNotTranslate: true, kind: 'heading', level: 2 });
  });
});
