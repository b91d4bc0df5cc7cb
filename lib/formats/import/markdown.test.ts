import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../fixtures/import/helpers';
import { importDocument } from './index';
import { parseMarkdown } from './markdown';

const sample = readFileSync(path.join(__dirname, '../fixtures/import/sample.md'), 'utf8');

describe('markdown import', () => {
  it('keeps headings with levels, list items, quotes and marks', async () => {
    const doc = await importDocument({ bytes: utf8(sample), filename: 'sample.md' });
    expect(doc.title).toBe('Korean Peninsula A to Z');
    expect(doc.segments.map((s) => [s.kind, s.level, s.text])).toEqual([
      ['heading', 1, 'Korean Peninsula A to Z'],
      ['heading', 2, 'Korea, Today and Tomorrow'],
      [
        'paragraph',
        undefined,
        'North Korea’s foreign ministry said on Tuesday it is “on a new path.” The statement came\u00a0late, via KCNA.',
      ],
      ['listItem', 1, 'First item with italic'],
      ['listItem', 1, 'Second item'],
      ['listItem', 2, 'Nested item'],
      ['listItem', 1, 'Ordered one'],
      ['listItem', 1, 'Ordered two'],
      ['paragraph', undefined, 'A quoted paragraph — with a dash.'],
      ['paragraph', undefined, 'A line with <b>raw html</b> and code <i> and an <script>alert(1)</script> tag.'],
    ]);
    expect(doc.segments[1]!.content).toEqual([
      { type: 'text', text: 'Korea, ' },
      { type: 'text', text: 'Today', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' and Tomorrow' },
    ]);
    const para = doc.segments[2]!.content;
    expect(para).toContainEqual({ type: 'text', text: 'foreign ministry', marks: [{ type: 'bold' }] });
    expect(para).toContainEqual({
      type: 'text',
      text: 'KCNA',
      marks: [{ type: 'link', attrs: { href: 'https://kcna.example/story?id=1&x=2' } }],
    });
    // Raw HTML is text, never markup.
    expect(doc.segments[9]!.content).toEqual([{ type: 'text', text: doc.segments[9]!.text }]);
  });

  it('drops unsafe links but keeps their text, and keeps hard breaks', () => {
    const { segments } = parseMarkdown('[click](<javascript:alert(1)>) and [data](data:text/html,x)\\\nnext  \nline');
    expect(segments[0]!.content.every((n) => n.type === 'hardBreak' || !n.marks)).toBe(true);
    expect(segments[0]!.text).toContain('\nnext\nline');
  });

  it('nested emphasis gives both marks', () => {
    const { segments } = parseMarkdown('***both*** and **bold _inner_**');
    expect(segments[0]!.content).toEqual([
      { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'inner', marks: [{ type: 'bold' }, { type: 'italic' }] },
    ]);
  });
});
