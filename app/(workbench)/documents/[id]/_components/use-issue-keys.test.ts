import { describe, expect, it } from 'vitest';
import { nextWith } from './use-issue-keys';

describe('next segment with an issue', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const has = (id: string) => id === 'b' || id === 'd';
  it('goes forward and back, wrapping around, skipping the current one', () => {
    expect(nextWith(ids, 'b', 1, has)).toBe('d');
    expect(nextWith(ids, 'd', 1, has)).toBe('b');
    expect(nextWith(ids, 'c', -1, has)).toBe('b');
    expect(nextWith(ids, 'b', -1, has)).toBe('d');
    expect(nextWith(ids, null, 1, has)).toBe('b');
    expect(nextWith(ids, null, -1, has)).toBe('d');
    expect(nextWith(ids, 'd', 1, (id) => id === 'd')).toBe('d');
    expect(nextWith(ids, 'a', 1, () => false)).toBeNull();
    expect(nextWith([], null, 1, has)).toBeNull();
  });
});
