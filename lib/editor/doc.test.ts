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
