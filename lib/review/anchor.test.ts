import fc from 'fast-check';
import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, captureAnchor, findQuote, mapOffset, reanchor, reattach, type AnchorResult } from './anchor';

function anchorOn(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no "${quote}" in "${text}"`);
  return captureAnchor(text, at, at + quote.length);
}

function textOf(newText: string, r: AnchorResult) {
  return r.detached ? null : newText.slice(r.start, r.end);
}

const OLD = '북한은 오늘 새로운 미사일을 발사했다고 밝혔다.';
const QUOTE = '새로운 미사일';

describe('captureAnchor', () => {
  it('stores the quote and up to 32 characters of context each side', () => {
    const text = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(40);
    const a = captureAnchor(text, 40, 45);
    expect(a).toEqual({ start: 40, end: 45, quote: 'QUOTE', prefix: 'x'.repeat(CONTEXT_CHARS), suffix: 'y'.repeat(CONTEXT_CHARS) });
    expect(captureAnchor('ab', 0, 1)).toEqual({ start: 0, end: 1, quote: 'a', prefix: '', suffix: 'b' });
  });
  it('refuses empty and out-of-range spans', () => {
    expect(() => captureAnchor('abc', 1, 1)).toThrow(RangeError);
    expect(() => captureAnchor('abc', 2, 5)).toThrow(RangeError);
    expect(() => captureAnchor('abc', -1, 2)).toThrow(RangeError);
  });
});

describe('mapOffset', () => {
  it('puts a start after and an end before text inserted at the edge', () => {
    const changes = diffChars('abcdef', 'abXcdef');
    expect(mapOffset(changes, 2, 1).pos).toBe(3);
    expect(mapOffset(changes, 2, -1).pos).toBe(2);
  });
  it('collapses an offset inside deleted text to the deletion point', () => {
    const changes = diffChars('abcdef', 'abef');
    expect(mapOffset(changes, 3, 1)).toEqual({ pos: 2, inDeletion: true });
    expect(mapOffset(changes, 5, 1)).toEqual({ pos: 3, inDeletion: false });
  });
});

describe('reanchor', () => {
  const a = anchorOn(OLD, QUOTE);

  it('keeps an unchanged text as it is', () => {
    expect(reanchor(OLD, OLD, a)).toMatchObject({ detached: false, start: a.start, end: a.end, how: 'unchanged' });
  });

  it('follows edits before the annotated words', () => {
    for (const edited of [
      '북한은 어제와 오늘 새로운 미사일을 발사했다고 밝혔다.', // insertion
      '북한은 새로운 미사일을 발사했다고 밝혔다.', // deletion
      '조선은 금일 새로운 미사일을 발사했다고 밝혔다.', // replacement
      '새로운 미사일을 발사했다고 밝혔다.', // everything before removed
    ]) {
      const r = reanchor(OLD, edited, a);
      expect(textOf(edited, r), edited).toBe(QUOTE);
      expect(r).toMatchObject({ how: 'mapped', start: edited.indexOf(QUOTE) });
    }
  });

  it('follows edits after the annotated words', () => {
    for (const edited of [
      '북한은 오늘 새로운 미사일을 쐈다.',
      '북한은 오늘 새로운 미사일',
      '북한은 오늘 새로운 미사일을 발사했다고 어제 조선중앙통신이 밝혔다.',
    ]) {
      const r = reanchor(OLD, edited, a);
      expect(r).toMatchObject({ detached: false, start: a.start, end: a.end, how: 'mapped' });
    }
  });

  it('follows edits on both sides at once and refreshes the context', () => {
    const edited = '어제 북한은 새로운 미사일 두 발을 쐈다.';
    const r = reanchor(OLD, edited, a);
    expect(textOf(edited, r)).toBe(QUOTE);
    expect(r).toMatchObject({ prefix: '어제 북한은 ', suffix: ' 두 발을 쐈다.' });
  });

  it('does not grow over text typed right at its edges (not inclusive)', () => {
    const edited = OLD.replace(QUOTE, `매우 ${QUOTE}들`);
    expect(textOf(edited, reanchor(OLD, edited, a))).toBe(QUOTE);
  });

  it('detaches when an edit goes inside the annotated words', () => {
    for (const edited of [
      OLD.replace('새로운', '새'),
      OLD.replace('새로운 미사일', '새로운 로켓'),
      OLD.replace('새로운 미사일', '새로운 탄도 미사일'),
    ]) {
      const r = reanchor(OLD, edited, a);
      expect(r, edited).toMatchObject({ detached: true, reason: 'changed' });
    }
  });

  it('detaches when the annotated words are deleted', () => {
    const edited = '북한은 오늘 발사했다고 밝혔다.';
    expect(reanchor(OLD, edited, a)).toEqual({ detached: true, reason: 'deleted' });
    expect(reanchor(OLD, '', a)).toEqual({ detached: true, reason: 'deleted' });
  });

  it('never moves to the same words elsewhere when its own are deleted', () => {
    const old = 'the cat saw the dog';
    const second = anchorOn(old, 'the', 1);
    expect(reanchor(old, 'the cat saw dog', second).detached).toBe(true);
    const first = anchorOn(old, 'the', 0);
    expect(reanchor(old, 'cat saw the dog', first).detached).toBe(true);
  });

  it('stays on its own occurrence when the same words appear twice', () => {
    const old = 'the cat saw the dog';
    const second = anchorOn(old, 'the', 1);
    const edited = 'then the cat saw the big dog';
    const r = reanchor(old, edited, second);
    expect(r).toMatchObject({ detached: false, start: edited.lastIndexOf('the') });
  });

  it('finds words that were moved, by their full context', () => {
    const old = 'Alpha beta gamma. Delta epsilon zeta. Quick brown fox jumps over the lazy dog today.';
    const an = anchorOn(old, 'brown fox');
    const moved = 'Quick brown fox jumps over the lazy dog today. Alpha beta gamma. Delta epsilon zeta.';
    const r = reanchor(old, moved, an);
    expect(textOf(moved, r)).toBe('brown fox');
    expect(r.detached).toBe(false);
  });

  it('keeps words that occur once before and after, even when a diff would call it delete-and-retype', () => {
    const old = '미사일 발사 소식';
    const an = anchorOn(old, '미사일');
    const edited = '발사 소식 미사일';
    expect(reanchor(old, edited, an)).toMatchObject({ detached: false, start: edited.indexOf('미사일') });
    // …but not a single character, which would jump to any other comma or particle.
    const comma = anchorOn('x, y', ',');
    expect(reanchor('x, y', 'x y, z', comma).detached).toBe(true);
  });

  it('re-attaches a detached anchor only when the words come back with their context', () => {
    expect(reattach(OLD, a)).toMatchObject({ detached: false, start: a.start, how: 'reattached' });
    expect(reattach('새로운 미사일', a).detached).toBe(true);
  });

  it('scores quote candidates by context', () => {
    const text = 'a b a c';
    const hits = findQuote(text, { quote: 'a', prefix: 'b ', suffix: ' c' });
    expect(hits.map((h) => [h.start, h.score, h.prefixFull, h.suffixFull])).toEqual([
      [0, 1, false, false],
      [4, 4, false, true],
    ]);
  });
});

describe('reanchor properties', () => {
  const alphabet = fc.constantFrom(...'ab 가나은는 .'.split(''));
  const text = fc.array(alphabet, { minLength: 0, maxLength: 40 }).map((a) => a.join(''));
  const edit = fc.record({ where: fc.nat(), del: fc.nat({ max: 6 }), ins: text.map((t) => t.slice(0, 6)) });

  /** A text with a span, and a list of edits applied strictly before or after the span. */
  const scenario = fc.record({
    before: text,
    // The annotated words: letters the surrounding edits do not use (the same words typed elsewhere
    // would be "other words", which must not capture the anchor).
    quote: fc.array(fc.constantFrom(...'XY미사일'.split('')), { minLength: 2, maxLength: 10 }).map((a) => a.join('')),
    after: text,
    edits: fc.array(fc.record({ side: fc.constantFrom('before', 'after'), e: edit }), { maxLength: 4 }),
  });

  function apply(s: string, e: { where: number; del: number; ins: string }) {
    const at = s.length === 0 ? 0 : e.where % (s.length + 1);
    return s.slice(0, at) + e.ins + s.slice(at + e.del);
  }

  it('edits that do not touch the span keep the anchor on the quote', () => {
    fc.assert(
      fc.property(scenario, ({ before, quote, after, edits }) => {
        const old = before + quote + after;
        const a = captureAnchor(old, before.length, before.length + quote.length);
        let b = before;
        let f = after;
        for (const { side, e } of edits) {
          if (side === 'before') b = apply(b, e);
          else f = apply(f, e);
        }
        const edited = b + quote + f;
        const r = reanchor(old, edited, a);
        expect(r.detached).toBe(false);
        expect(textOf(edited, r)).toBe(quote);
      }),
      { numRuns: 2000 },
    );
  });

  it('with a distinctive quote, the anchor lands exactly where the words went', () => {
    fc.assert(
      fc.property(scenario, ({ before, after, edits }) => {
        const quote = '[권정근]';
        const old = before + quote + after;
        const a = captureAnchor(old, before.length, before.length + quote.length);
        let b = before;
        let f = after;
        for (const { side, e } of edits) {
          if (side === 'before') b = apply(b, e);
          else f = apply(f, e);
        }
        const r = reanchor(old, b + quote + f, a);
        expect(r).toMatchObject({ detached: false, start: b.length, end: b.length + quote.length });
      }),
      { numRuns: 1000 },
    );
  });

  it('deleting the whole quote never leaves the anchor on other words unless the context proves it', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
        text,
        (before, quote, after) => {
          const old = before + quote + after;
          const a = captureAnchor(old, before.length, before.length + quote.length);
          const edited = before + after;
          const r = reanchor(old, edited, a);
          if (!r.detached) {
            // Allowed only where the stored context really surrounds the quote again.
            expect(edited.slice(r.start, r.end)).toBe(quote);
            const full =
              (a.prefix.length >= CONTEXT_CHARS || r.start === a.prefix.length) &&
              edited.slice(r.start - a.prefix.length, r.start) === a.prefix;
            const fullS =
              (a.suffix.length >= CONTEXT_CHARS || r.end + a.suffix.length === edited.length) &&
              edited.slice(r.end, r.end + a.suffix.length) === a.suffix;
            expect(full || fullS || r.how === 'unique').toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
