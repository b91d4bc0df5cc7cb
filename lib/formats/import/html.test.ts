import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../fixtures/import/helpers';
import { parseHtml } from './html';
import { importDocument } from './index';

const sample = readFileSync(path.join(__dirname, '../fixtures/import/sample.html'), 'utf8');

describe('html import', () => {
  it('segments blocks with kinds, levels and marks and takes the <title>', async () => {
    const doc = await importDocument({ bytes: utf8(sample), filename: 'sample.html' });
    expect(doc.title).toBe('Korean Peninsula A to Z');
    expect(doc.segments.map((s) => [s.kind, s.level, s.text])).toEqual([
      ['heading', 1, 'Korean Peninsula A to Z'],
      ['heading', 3, 'Korea, Today and Tomorrow'],
      ['paragraph', undefined, 'North Korea’s foreign ministry said on Tuesday it is “on a new path.”'],
      ['paragraph', undefined, 'Visit the site or this bad link.\nSecond line.'],
      ['listItem', 1, 'First bold item'],
      ['listItem', 1, 'Second item'],
      ['listItem', 2, 'Nested item'],
      ['paragraph', undefined, 'A quoted paragraph — with a dash.'],
      ['paragraph', undefined, 'Div with only inline content'],
      ['paragraph', undefined, 'Literal <script>alert(1)</script> text stays.'],
      ['paragraph', undefined, 'Cell one'],
      ['paragraph', undefined, 'Cell two'],
    ]);
    expect(doc.segments[0]!.content[1]).toEqual({ type: 'text', text: 'A to Z', marks: [{ type: 'italic' }] });
    expect(doc.segments[3]!.content).toEqual([
      { type: 'text', text: 'Visit ' },
      { type: 'text', text: 'the site', marks: [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b=2' } }] },
      { type: 'text', text: ' or this bad link.' },
      { type: 'hardBreak' },
      { type: 'text', text: 'Second line.' },
    ]);
    const all = JSON.stringify(doc);
    for (const banned of [
      'var secret',
      'onclick',
      'onerror',
      'onmouseover',
      'steal',
      'No script text',
      'Template text',
      'comment',
      'color: red',
    ]) {
      expect(all).not.toContain(banned);
    }
  });

  it('drops scripts, event handlers and images: only text segments remain', () => {
    const { segments } = parseHtml('<p onclick="evil()">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)><p>There</p>');
    expect(segments).toEqual([
      { kind: 'paragraph', content: [{ type: 'text', text: 'Hi' }], text: 'Hi' },
      { kind: 'paragraph', content: [{ type: 'text', text: 'There' }], text: 'There' },
    ]);
  });

  it('collapses source whitespace like a browser but keeps no-break spaces inside', () => {
    const { segments } = parseHtml('<p>\n  one\u00a0 two   <b> three </b>\n four&nbsp;&nbsp;\n</p>');
    expect(segments[0]!.text).toBe('one\u00a0 two three four');
    expect(segments[0]!.content).toEqual([
      { type: 'text', text: 'one\u00a0 two ' },
      { type: 'text', text: 'three ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'four' },
    ]);
  });

  it('uses the first <h1> as title when there is no <title>, and keeps <pre> lines', () => {
    const { title, segments } = parseHtml('<h1>Main  title</h1><pre>line 1\n  line 2</pre>');
    expect(title).toBe('Main title');
    expect(segments[1]!.text).toBe('line 1\n  line 2');
  });
});
