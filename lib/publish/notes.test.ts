import { describe, expect, it } from 'vitest';
import { docToText } from '../editor/doc';
import { sampleEdition } from './fixtures/edition';
import { notedEdition, noteOn } from './fixtures/notes';
import { inlinePieces } from './inline-inserts';
import { numberNotes } from './notes';
import { inlineHtml, renderEditionArticle } from './render';
import { bodySegments } from './snapshot';

describe('numberNotes', () => {
  it('numbers in reading order: paragraph by paragraph, English before Korean, by position', () => {
    const ed = notedEdition();
    const notes = numberNotes(ed, bodySegments(ed));
    expect(notes.map((x) => [x.num, x.n, x.side, x.quote])).toEqual([
      [1, 2, 'source', 'lashed out'],
      [2, 2, 'source', 'Seoul'],
      [3, 2, 'target', '서울'],
      [4, 4, 'source', 'Payload'],
    ]);
    // The Korean-only variant numbers the Korean side alone.
    expect(numberNotes(ed, bodySegments(ed), ['target']).map((x) => [x.num, x.quote])).toEqual([[1, '서울']]);
  });

  it('drops notes on the title, on a missing translation and spans that do not fit the text', () => {
    const ed = notedEdition();
    ed.notes = [
      noteOn(ed, 1, 'source', 'Test', 'On the title.'),
      { n: 5, side: 'target', start: 0, end: 2, quote: 'xx', text: 'No Korean here.' },
      { n: 4, side: 'source', start: 0, end: 9999, quote: 'x', text: 'Too long.' },
      noteOn(ed, 4, 'source', 'one', 'Kept.'),
    ];
    expect(numberNotes(ed, bodySegments(ed)).map((x) => x.text)).toEqual(['Kept.']);
    expect(numberNotes({}, bodySegments(ed))).toEqual([]);
  });
});

describe('inline inserts', () => {
  it('inlineHtml puts markup at offsets, cutting text, marks and name spans without breaking nesting', () => {
    const ed = sampleEdition();
    const seg = ed.segments[1]!;
    // "권정" (bold) + "근 부장은 …": an insert inside the name splits it into two spans.
    const html = inlineHtml(seg.target, {
      side: 'target',
      lang: 'ko',
      inserts: [
        { at: 2, html: '<i>X</i>', rank: 0 },
        { at: 0, html: '<b>S</b>', rank: 2 },
      ],
    });
    expect(html.startsWith('<b>S</b><strong>권정</strong><i>X</i>근')).toBe(true);
    const end = inlineHtml(seg.source, {
      side: 'source',
      lang: 'en',
      inserts: [{ at: docToText(seg.source).length, html: '<u>END</u>', rank: 0 }],
    });
    expect(end.endsWith('Second line.<u>END</u>')).toBe(true);
  });

  it('inlinePieces cuts text nodes at the offsets, keeping marks, and places values in order', () => {
    const ed = sampleEdition();
    const pieces = inlinePieces(ed.segments[1]!.target, [
      { at: 1, value: 'A' },
      { at: 2, value: 'B' },
    ]);
    expect(pieces.slice(0, 4)).toEqual([
      { kind: 'node', node: { type: 'text', text: '권', marks: [{ type: 'bold' }] } },
      { kind: 'insert', value: 'A' },
      { kind: 'node', node: { type: 'text', text: '정', marks: [{ type: 'bold' }] } },
      { kind: 'insert', value: 'B' },
    ]);
  });
});

describe('web edition notes', () => {
  it('puts a numbered marker button after the noted span that opens its popover, and a notes section with back links', () => {
    const html = renderEditionArticle(notedEdition(), { toggle: true });
    expect(html).toContain(
      'lashed out<sup class="noteref-wrap"><button type="button" class="noteref" id="noteref-1" popovertarget="note-pop-1" aria-label="Note 1" data-note="1">1</button></sup>',
    );
    expect(html).toMatch(
      /<span class="note-pop" id="note-pop-1" popover="auto" role="note" aria-label="Note 1">[^]*An idiom: attacked in words\.[^]*<\/span>/,
    );
    expect(html).toMatch(/서울<sup class="noteref-wrap"><button[^>]*id="noteref-3"/);
    expect(html).toMatch(/<section class="ed-notes"[^]*<li id="note-1" value="1">[^]*href="#noteref-1"[^]*<li id="note-4" value="4">/);
    // Print: the paragraph block repeats its own notes under it.
    expect(html).toMatch(/<ol class="pair-notes"><li value="1">[^]*<li value="3">[^]*<\/ol><\/section>/);
    // Note text is user text: escaped.
    expect(html).toContain('Fourth &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<svg/i);
  });

  it('renders no note markup without notes', () => {
    const html = renderEditionArticle(sampleEdition(), { toggle: true });
    expect(html).not.toContain('noteref');
    expect(html).not.toContain('ed-notes');
  });
});
