import { describe, expect, it } from 'vitest';
import { InlineBuilder, marksFor, plainInline } from './inline';

describe('InlineBuilder', () => {
  it('collapses HTML whitespace across elements, never touching no-break spaces', () => {
    const b = new InlineBuilder(true);
    b.text('\n  Hello \u00a0 ');
    b.text('  world', { bold: true });
    b.text(' \n', { bold: true });
    b.text(' again\u00a0\u00a0 ');
    expect(b.finish()).toEqual({
      content: [
        { type: 'text', text: 'Hello \u00a0 ' },
        { type: 'text', text: 'world ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'again' },
      ],
      text: 'Hello \u00a0 world again',
    });
  });

  it('trims spaces before a hard break and drops breaks at the ends', () => {
    const b = new InlineBuilder(true);
    b.hardBreak();
    b.text('one   ');
    b.hardBreak();
    b.text('  two');
    b.hardBreak();
    expect(b.finish()).toEqual({
      content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }],
      text: 'one\ntwo',
    });
  });

  it('merges neighbours with equal marks and orders marks bold, italic, link', () => {
    const b = new InlineBuilder(true);
    b.text('a', { href: '/x', italic: true });
    b.text('b', { italic: true, href: '/x' });
    expect(b.finish().content).toEqual([
      { type: 'text', text: 'ab', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: '/x' } }] },
    ]);
    expect(marksFor({ href: 'javascript:alert(1)' })).toBeUndefined();
  });

  it('keeps plain text exactly, newlines as breaks, trimming only the ends', () => {
    expect(plainInline('\u00a0 “A”  — b\nc\u00a0 ')).toEqual({
      content: [{ type: 'text', text: '“A”  — b' }, { type: 'hardBreak' }, { type: 'text', text: 'c' }],
      text: '“A”  — b\nc',
    });
  });
});
