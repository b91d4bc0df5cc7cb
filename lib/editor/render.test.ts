// The renderer takes each mark's markup from the schema (schema.ts) and escapes through escapeMarkup;
// annotation.test.ts compares it with ProseMirror's own serializer.
import { describe, expect, it } from 'vitest';
import { inlineToDoc, type DocMark } from './doc';
import { markupRenderers, renderedMarks, renderInlineHtml, wrapInMarks } from './render';

const doc = inlineToDoc([
  { type: 'text', text: 'A\u0001 "quote"', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://x.test/?a=1&b="2"' } }] },
  { type: 'hardBreak' },
  { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
]);

describe('schema-driven markup', () => {
  it('closes the hard break as HTML or XHTML wants, from the HardBreak extension', () => {
    expect(markupRenderers('html').hardBreak()).toBe('<br>');
    expect(markupRenderers('xhtml').hardBreak()).toBe('<br/>');
    expect(renderInlineHtml(doc, [], { mode: 'xhtml' })).toContain('<br/><strong>b</strong>');
  });

  it("renders the link extension's attributes with every value escaped and XML-invalid characters removed", () => {
    expect(renderInlineHtml(doc)).toBe(
      '<a rel="noopener noreferrer nofollow" href="https://x.test/?a=1&amp;b=&quot;2&quot;"><em>A &quot;quote&quot;</em></a><br><strong>b</strong>',
    );
  });

  it('orders marks as the schema does, drops unsafe links and unknown marks, and keeps annotations only when asked', () => {
    const marks = [
      { type: 'annotation', attrs: { id: 'a1' } },
      { type: 'bold' },
      { type: 'link', attrs: { href: 'javascript:alert(1)' } },
      { type: 'term' } as unknown as DocMark,
      { type: 'italic' },
    ] as DocMark[];
    expect(renderedMarks(marks).map((m) => m.mark.type)).toEqual(['bold', 'italic']);
    expect(renderedMarks(marks, { annotations: true }).map((m) => m.mark.type)).toEqual(['bold', 'italic', 'annotation']);
    expect(wrapInMarks(marks, 'x', 'xhtml')).toBe('<strong><em>x</em></strong>');
  });
});
