import { describe, expect, it } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { FIRST_GUESS_PX, rowSizer } from './row-size';

// A stand-in for the virtualiser with the parts tanstack's own measureElement reads; rows are
// elements with an offsetHeight and a data-index.
function fakeList(ids: string[]) {
  const index = new Map<Element, number>();
  const v = {
    options: { count: ids.length, getItemKey: (i: number) => ids[i]!, horizontal: false, useCachedMeasurements: false },
    indexFromElement: (el: Element) => index.get(el) ?? -1,
    itemSizeCache: new Map(),
  } as unknown as Virtualizer<HTMLDivElement, Element>;
  const row = (i: number, height: number) => {
    const el = { offsetHeight: height } as unknown as Element;
    index.set(el, i);
    return el;
  };
  return { v, row };
}

describe('rowSizer', () => {
  it('guesses the first size before any row is measured', () => {
    expect(rowSizer().estimateSize()).toBe(FIRST_GUESS_PX);
  });

  it('then assumes the mean of the rows measured so far, and returns each measurement unchanged', () => {
    const s = rowSizer();
    const { v, row } = fakeList(['a', 'b', 'c']);
    expect(s.measureElement(row(0, 120), undefined, v)).toBe(120);
    expect(s.measureElement(row(1, 140), undefined, v)).toBe(140);
    expect(s.estimateSize()).toBe(130);
  });

  it('counts a row once, at its latest size (a row that grows while typing, or re-rendered later)', () => {
    const s = rowSizer();
    const { v, row } = fakeList(['a', 'b']);
    s.measureElement(row(0, 100), undefined, v);
    s.measureElement(row(1, 100), undefined, v);
    s.measureElement(row(0, 300), undefined, v); // the same segment, a new element, taller now
    expect(s.estimateSize()).toBe(200);
  });

  it('ignores elements that are not rows of the list and empty measurements (a hidden row)', () => {
    const s = rowSizer();
    const { v, row } = fakeList(['a']);
    s.measureElement({ offsetHeight: 500 } as unknown as Element, undefined, v);
    s.measureElement(row(0, 0), undefined, v);
    expect(s.estimateSize()).toBe(FIRST_GUESS_PX);
  });
});
