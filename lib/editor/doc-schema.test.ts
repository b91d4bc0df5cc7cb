// The save schema accepts what the editor's own schema produces (a strict schema that refused
// TipTap's link attributes would break every save of a linked segment).
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { ZSegmentDoc } from './doc-schema';
import { segmentExtensions } from './extensions';

describe('ZSegmentDoc and the editor schema', () => {
  it('accepts bold, italic and link marks exactly as TipTap serialises them, storing the href only', () => {
    const schema = getSchema(segmentExtensions());
    const marks = [
      schema.marks.bold!.create(),
      schema.marks.italic!.create(),
      schema.marks.link!.create({ href: 'https://example.org/a' }),
    ].map((m) => m.toJSON());
    expect(Object.keys(marks[2].attrs).sort()).toEqual(expect.arrayContaining(['href']));
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '링크', marks }] }] };
    const parsed = ZSegmentDoc.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.content[0]!.content![0]).toMatchObject({
      marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'link', attrs: { href: 'https://example.org/a' } }],
    });
  });

  it('refuses script links and nested or unknown attributes', () => {
    const withMark = (mark: unknown) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [mark] }] }],
    });
    for (const mark of [
      { type: 'link', attrs: { href: 'javascript:alert(1)' } },
      { type: 'link', attrs: { href: '//evil.example/' } },
      { type: 'link', attrs: { href: 'https://a.example', style: 'x' } },
      { type: 'bold', attrs: { x: 1 } },
      { type: 'annotation', attrs: { id: { nested: true } } },
      { type: 'image', attrs: {} },
    ])
      expect(ZSegmentDoc.safeParse(withMark(mark)).success, JSON.stringify(mark)).toBe(false);
    for (const href of ['http://a.example', 'mailto:x@a.example', '#p3', '/e/slug'])
      expect(ZSegmentDoc.safeParse(withMark({ type: 'link', attrs: { href } })).success).toBe(true);
  });
});
