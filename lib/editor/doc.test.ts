import { describe, expect, it } from 'vitest';
import { docToText, renderInlineHtml, textToDoc, ZSegmentDoc, inlineToDoc } from './doc';

describe('segment documents', () => {
  it('round-trips plain text, keeping no-break spaces and curly quotes as they are', () => {
    const text = 'Today, we’ll discuss\u00a0“new path”\nline two';
    expect(docToText(textToDoc(text))).toBe(text);
    expect(ZSegmentDoc.safeParse(textToDoc(text)).success).toBe(true);
  });

  it('renders marks and escapes every character of user text', () => {
    const doc = inlineToDoc([
      { type: 'text', text: '<script>alert(1)</script> ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      { type: 'text', text: 'ok', marks: [{ type: 'link', attrs: { href: 'https://example.org/?a="b"' } }] },
    ]);
    const html = renderInlineHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org/?a=&quot;b&quot;"');
  });

  it('rejects documents with more than one block or unknown nodes', () => {
    expect(ZSegmentDoc.safeParse({ type: 'doc', content: [] }).success).toBe(false);
    expect(
      ZSegmentDoc.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', src: 'x' }] }] }).success,
    ).toBe(false);
  });
});

describe('inline rendering follows the editor schema', () => {
  it('nests marks outermost-first in schema order (link, bold, italic) and opens shared marks once', () => {
    const doc = inlineToDoc([
      { type: 'text', text: 'a', marks: [{ type: 'italic' }, { type: 'bold' }] },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'c', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://x.test/' } }] },
    ]);
    expect(renderInlineHtml(doc)).toBe(
      '<strong><em>a</em>b</strong><br><a href="https://x.test/" rel="noopener noreferrer nofollow"><strong>c</strong></a>',
    );
  });

  it('wraps decorations innermost, splitting text at their edges', () => {
    const doc = inlineToDoc([
      { type: 'text', text: 'Kwon ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'Jong-gun said' },
    ]);
    const html = renderInlineHtml(doc, [{ start: 0, end: 13, className: 'term', attrs: { 'data-term': '0' } }]);
    expect(html).toBe('<strong><mark class="term" data-term="0">Kwon </mark></strong><mark class="term" data-term="0">Jong-gun</mark> said');
  });
});

describe('stripUnsafeLinks', () => {
  it('drops javascript: links and keeps their text and other marks', async () => {
    const { stripUnsafeLinks } = await import('./doc');
    const doc = inlineToDoc([{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'javascript:alert(1)' } }] }]);
    expect(stripUnsafeLinks(doc).content[0]!.content).toEqual([{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }]);
  });
});
