import { describe, expect, it } from 'vitest';
import { RowSelection } from './selection';

describe('RowSelection', () => {
  it('toggles on click and selects a range on Shift+click, in the shown order', () => {
    const s = new RowSelection();
    s.setOrder(['a', 'b', 'c', 'd', 'e']);
    s.click('b', false);
    s.click('d', true);
    expect(s.selected()).toEqual(['b', 'c', 'd']);
    s.click('c', false);
    expect(s.selected()).toEqual(['b', 'd']);
    // The range runs from the last click, upwards too.
    s.click('a', true);
    expect(s.selected()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows the filtered order: a range skips rows the filter hides', () => {
    const s = new RowSelection();
    s.setOrder(['a', 'c', 'e']);
    s.click('a', false);
    s.click('e', true);
    expect(s.selected()).toEqual(['a', 'c', 'e']);
  });

  it('select all shown, remove and clear; only the rows that changed are told', () => {
    const s = new RowSelection();
    s.setOrder(['a', 'b', 'c']);
    const told: string[] = [];
    for (const id of ['a', 'b', 'c']) s.subscribeRow(id, () => told.push(id));
    s.click('b', false);
    expect(told).toEqual(['b']);
    s.selectAll();
    expect(told).toEqual(['b', 'a', 'c']);
    expect(s.size).toBe(3);
    s.remove(['a']);
    expect(s.selected()).toEqual(['b', 'c']);
    s.clear();
    expect(s.size).toBe(0);
    const rev = s.revision;
    s.clear();
    expect(s.revision).toBe(rev);
  });

  it('a Shift+click without an earlier click selects just that row', () => {
    const s = new RowSelection();
    s.setOrder(['a', 'b']);
    s.click('b', true);
    expect(s.selected()).toEqual(['b']);
  });
});
