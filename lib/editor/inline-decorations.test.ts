// The editor's decoration plugin without a view: an EditorState with the segment schema and the
// plugin, transactions applied by hand.
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { inlineToDoc, textToDoc, type SegmentDoc } from './doc';
import { segmentExtensions } from './extensions';
import { currentDecorations, InlineDecorations, inlineDecorationsKey, sameDecorations, setInlineDecorations } from './inline-decorations';

const schema = getSchema(segmentExtensions([InlineDecorations]));
const plugin = InlineDecorations.config.addProseMirrorPlugins!.call({} as never)[0]!;

function state(doc: SegmentDoc) {
  return EditorState.create({ schema, doc: schema.nodeFromJSON(doc), plugins: [plugin] });
}

const number = { start: 4, end: 6, className: 'qa qa-error', attrs: { title: 'QA Error: 20', 'data-qa': 'error' } };

describe('inline decorations in the editor', () => {
  it('puts decorations at plain-text offsets (a hard break counts one), clamped to the text', () => {
    const doc = inlineToDoc([{ type: 'text', text: '훈련은' }, { type: 'hardBreak' }, { type: 'text', text: '20일에 끝난다' }]);
    const s = state(doc).apply(
      setInlineDecorations(state(doc).tr, [
        number,
        { start: 8, end: 99, className: 'qa qa-warning' },
        { start: 3, end: 3, className: 'x' },
      ]),
    );
    const found = currentDecorations(s);
    expect(found.map((d) => [d.start, d.end, d.className])).toEqual([
      [4, 6, 'qa qa-error'],
      [8, 12, 'qa qa-warning'],
    ]);
    expect(s.doc.textBetween(4 + 1, 6 + 1)).toBe('20');
  });

  it('are not content: the document and its undo history are untouched', () => {
    const s0 = state(textToDoc('훈련은 20일에 끝난다'));
    const tr = setInlineDecorations(s0.tr, [number]);
    expect(tr.docChanged).toBe(false);
    expect(tr.getMeta('addToHistory')).toBe(false);
    expect(tr.getMeta('preventUpdate')).toBe(true);
    const s1 = s0.apply(tr);
    expect(s1.doc.toJSON()).toEqual(s0.doc.toJSON());
  });

  it('move with the text while typing (Korean before, inside and after the span) and vanish with deleted text', () => {
    let s = state(textToDoc('훈련은 20일에 끝난다'));
    s = s.apply(setInlineDecorations(s.tr, [number]));
    s = s.apply(s.tr.insertText('올해 ', 1));
    expect(currentDecorations(s).map((d) => [d.start, d.end])).toEqual([[7, 9]]);
    expect(s.doc.textBetween(7 + 1, 9 + 1)).toBe('20');
    s = s.apply(s.tr.insertText('끝', s.doc.content.size - 1));
    expect(currentDecorations(s).map((d) => [d.start, d.end])).toEqual([[7, 9]]);
    s = s.apply(s.tr.delete(7 + 1, 9 + 1));
    expect(currentDecorations(s)).toEqual([]);
    expect(inlineDecorationsKey.getState(s)).toBeDefined();
  });

  it('compares decoration lists regardless of order and attribute order', () => {
    const a = { start: 1, end: 2, className: 'qa', attrs: { title: 't', 'data-qa': 'error' } };
    const b = { start: 3, end: 5, className: 'qa', attrs: { 'data-qa': 'warning', title: 'u' } };
    expect(sameDecorations([a, b], [b, { ...a, attrs: { 'data-qa': 'error', title: 't' } }])).toBe(true);
    expect(sameDecorations([a], [{ ...a, attrs: { title: 'other', 'data-qa': 'error' } }])).toBe(false);
    expect(sameDecorations([], [])).toBe(true);
  });
});
