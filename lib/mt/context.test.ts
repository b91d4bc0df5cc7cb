import { describe, expect, it } from 'vitest';
import { buildContext, contextForParagraph, DEFAULT_CONTEXT_MAX_BYTES } from './context';

const bytes = (s: string) => Buffer.byteLength(s);

describe('buildContext', () => {
  it('joins the neighbours with a blank line, previous first', () => {
    expect(buildContext({ before: ['Prev.'], after: ['Next.'] })).toBe('Prev.\n\nNext.');
    expect(buildContext({ before: [], after: [] })).toBe('');
    expect(buildContext({ before: ['  ', ''], after: ['Only next.'] })).toBe('Only next.');
  });

  it('caps the size in UTF-8 bytes, keeping the words nearest the segment', () => {
    const longPrev = `${'Far away words. '.repeat(300)}He signed the agreement.`;
    const longNext = `The agreement took effect. ${'Later words. '.repeat(300)}`;
    const ctx = buildContext({ before: [longPrev], after: [longNext] }, { maxBytes: 1000 });
    expect(bytes(ctx)).toBeLessThanOrEqual(1000);
    const [prev = '', next = ''] = ctx.split('\n\n');
    expect(prev.startsWith('…')).toBe(true);
    expect(prev.endsWith('He signed the agreement.')).toBe(true);
    expect(next.startsWith('The agreement took effect.')).toBe(true);
    expect(next.endsWith('…')).toBe(true);
    // The preceding text gets the larger share.
    expect(bytes(prev)).toBeGreaterThan(bytes(next));
  });

  it('gives unused budget to the other side and counts Korean as 3 bytes a syllable', () => {
    const ctx = buildContext({ before: ['짧다.'], after: ['가'.repeat(5000)] }, { maxBytes: 300 });
    expect(bytes(ctx)).toBeLessThanOrEqual(300);
    expect(bytes(ctx)).toBeGreaterThan(250);
  });

  it('defaults to a few KB', () => {
    const ctx = buildContext({ before: ['a '.repeat(10000)], after: [] });
    expect(bytes(ctx)).toBeLessThanOrEqual(DEFAULT_CONTEXT_MAX_BYTES);
  });
});

describe('contextForParagraph', () => {
  it('takes up to two paragraphs before and one after', () => {
    const paras = ['P0', 'P1', 'P2', 'P3', 'P4'];
    expect(contextForParagraph(paras, 3)).toBe('P1\n\nP2\n\nP4');
    expect(contextForParagraph(paras, 0)).toBe('P1');
    expect(contextForParagraph(paras, 4, { before: 1 })).toBe('P3');
  });
});
