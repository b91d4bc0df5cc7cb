import { describe, expect, it } from 'vitest';
import { docToText, textToDoc, inlineToDoc, spliceDocText, type SegmentDoc } from './doc';
import { renderInlineHtml } from './render';
import { ZSegmentDoc } from './doc-schema';

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
    expect(ZSegmentDoc.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', src: 'x' }] }] }).success).toBe(
      false,
    );
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
      '<strong><em>a</em>b</strong><br><a rel="noopener noreferrer nofollow" href="https://x.test/"><strong>c</strong></a>',
    );
  });

  it('wraps decorations innermost, splitting text at their edges', () => {
    const doc = inlineToDoc([
      { type: 'text', text: 'Kwon ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'Jong-gun said' },
    ]);
    const html = renderInlineHtml(doc, [{ start: 0, end: 13, className: 'term', attrs: { 'data-term': '0' } }]);
    expect(html).toBe(
      '<strong><mark class="term" data-term="0">Kwon </mark></strong><mark class="term" data-term="0">Jong-gun</mark> said',
    );
  });
});

describe('overlapping decorations (QA underlines over glossary terms)', () => {
  const strip = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const doc = inlineToDoc([
    { type: 'text', text: '권정근 ', marks: [{ type: 'bold' }] },
    { type: 'text', text: '부부장은 8월 20일에' },
    { type: 'hardBreak' },
    { type: 'text', text: '담화를 <발표>했다.' },
  ]);
  const term = { start: 0, end: 8, className: 'term', attrs: { title: '권정근 부부장' } };
  const qaName = { start: 0, end: 3, className: 'qa qa-error', attrs: { title: 'QA Error: 이름' } };
  const qaDate = { start: 6, end: 15, className: 'qa qa-warning', attrs: { title: 'QA Warning: 날짜' } };
  const qaTail = { start: 14, end: 19, className: 'qa qa-warning', attrs: { title: 'QA Warning: 줄바꿈' } };

  it('neither drops nor repeats a character, whatever the overlaps and their order', () => {
    const all = [term, qaName, qaDate, qaTail];
    const plain = strip(renderInlineHtml(doc));
    for (const order of [all, [...all].reverse(), [qaDate, term, qaTail, qaName]]) {
      const html = renderInlineHtml(doc, order);
      expect(strip(html)).toBe(plain);
      expect(strip(html.replace(/<br>/g, '\n'))).toBe('권정근 부부장은 8월 20일에\n담화를 <발표>했다.');
    }
  });

  it('nests each piece in every decoration covering it, outermost = earliest and longest, inside the marks', () => {
    const html = renderInlineHtml(doc, [qaDate, qaName, term]);
    expect(html).toBe(
      '<strong><mark class="term" title="권정근 부부장"><mark class="qa qa-error" title="QA Error: 이름">권정근</mark></mark>' +
        '<mark class="term" title="권정근 부부장"> </mark></strong>' +
        '<mark class="term" title="권정근 부부장">부부</mark>' +
        '<mark class="term" title="권정근 부부장"><mark class="qa qa-warning" title="QA Warning: 날짜">장은</mark></mark>' +
        '<mark class="qa qa-warning" title="QA Warning: 날짜"> 8월 20일</mark>에<br>담화를 &lt;발표&gt;했다.',
    );
  });

  it('keeps a decoration across a hard break on both sides of it, never around the break', () => {
    const html = renderInlineHtml(doc, [qaTail]);
    expect(html).toBe(
      '<strong>권정근 </strong>부부장은 8월 20<mark class="qa qa-warning" title="QA Warning: 줄바꿈">일에</mark><br><mark class="qa qa-warning" title="QA Warning: 줄바꿈">담화</mark>를 &lt;발표&gt;했다.',
    );
  });

  it('two decorations on exactly the same span nest in the order given', () => {
    const a = { start: 4, end: 7, className: 'a' };
    const b = { start: 4, end: 7, className: 'b' };
    expect(renderInlineHtml(textToDoc('가나다라마바사아'), [a, b])).toBe('가나다라<mark class="a"><mark class="b">마바사</mark></mark>아');
  });

  it('ignores empty and out-of-range decorations', () => {
    expect(
      renderInlineHtml(textToDoc('한국어'), [
        { start: 2, end: 2, className: 'x' },
        { start: 5, end: 9, className: 'y' },
      ]),
    ).toBe('한국어');
  });
});

describe('stripUnsafeLinks', () => {
  it('drops javascript: links and keeps their text and other marks', async () => {
    const { stripUnsafeLinks } = await import('./doc');
    const doc = inlineToDoc([
      { type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
    ]);
    expect(stripUnsafeLinks(doc).content[0]!.content).toEqual([{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }]);
  });
});

describe('spliceDocText: a plain-text edit of formatted content', () => {
  const bold = [{ type: 'bold' as const }];
  const link = [{ type: 'link' as const, attrs: { href: 'https://example.org/' } }];
  const doc: SegmentDoc = inlineToDoc([
    { type: 'text', text: '북한은 ' },
    { type: 'text', text: '단호하다', marks: bold },
    { type: 'text', text: '고 ' },
    { type: 'text', text: '밝혔다', marks: link },
  ]);
  it('keeps the marks outside the changed part, and the text becomes the new text', () => {
    const out = spliceDocText(doc, '북한은 단호하다고 거듭 밝혔다');
    expect(docToText(out)).toBe('북한은 단호하다고 거듭 밝혔다');
    expect(out.content[0]!.content).toEqual([
      { type: 'text', text: '북한은 ' },
      { type: 'text', text: '단호하다', marks: bold },
      { type: 'text', text: '고 거듭 ' },
      { type: 'text', text: '밝혔다', marks: link },
    ]);
  });
  it('typing inside bold stays bold; typing after a link does not extend it', () => {
    const inBold = spliceDocText(doc, '북한은 매우단호하다고 밝혔다');
    // Before the bold word the character to the left is plain, as in the editor.
    expect(inBold.content[0]!.content!.slice(0, 2)).toEqual([
      { type: 'text', text: '북한은 매우' },
      { type: 'text', text: '단호하다', marks: bold },
    ]);
    const midBold = spliceDocText(doc, '북한은 단호하게 하다고 밝혔다');
    expect(midBold.content[0]!.content![1]).toEqual({ type: 'text', text: '단호하게 하다', marks: bold });
    const afterBold = spliceDocText(doc, '북한은 단호하다!고 밝혔다');
    expect(afterBold.content[0]!.content![1]).toEqual({ type: 'text', text: '단호하다!', marks: bold });
    const afterLink = spliceDocText(doc, '북한은 단호하다고 밝혔다.');
    expect(afterLink.content[0]!.content!.at(-1)).toEqual({ type: 'text', text: '.' });
  });
  it('line breaks, emptying, unchanged text and characters outside the BMP', () => {
    expect(spliceDocText(doc, docToText(doc))).toEqual(doc);
    expect(spliceDocText(doc, '')).toEqual(inlineToDoc([]));
    const br = spliceDocText(textToDoc('가나'), '가\n나');
    expect(br.content[0]!.content).toEqual([{ type: 'text', text: '가' }, { type: 'hardBreak' }, { type: 'text', text: '나' }]);
    expect(docToText(spliceDocText(textToDoc('𠀀a𠀁'), '𠀀b𠀁'))).toBe('𠀀b𠀁');
  });
});
