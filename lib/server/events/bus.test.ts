import { describe, expect, it } from 'vitest';
import { publish, subscribe } from './bus';

describe('event bus', () => {
  it('delivers to subscribers of the channel only, until they unsubscribe', () => {
    const got: string[] = [];
    const off = subscribe('document:a', (e) => got.push(`a:${e.type}`));
    subscribe('document:b', (e) => got.push(`b:${e.type}`));
    publish('document:a', { type: 'segment.updated' });
    off();
    publish('document:a', { type: 'after' });
    publish('document:b', { type: 'presence' });
    expect(got).toEqual(['a:segment.updated', 'b:presence']);
  });

  it('keeps delivering when one listener throws', () => {
    const got: number[] = [];
    subscribe('c', () => {
      throw new Error('boom');
    });
    subscribe('c', () => got.push(1));
    const err = console.error;
    console.error = () => {};
    publish('c', { type: 'x' });
    console.error = err;
    expect(got).toEqual([1]);
  });
});
