import { describe, expect, it } from 'vitest';
import { emptyTargetCheck } from './empty-target';
import { keys, runOne } from './testing';

describe('empty-target', () => {
  it('flags confirmed segments without a translation only', () => {
    expect(keys(runOne(emptyTargetCheck, 'Hello.', ' ', [], { state: 'APPROVED' }))).toEqual(['empty-target:empty']);
    expect(keys(runOne(emptyTargetCheck, 'Hello.', '', [], { state: 'TRANSLATED' }))).toHaveLength(1);
    expect(runOne(emptyTargetCheck, 'Hello.', '', [], { state: 'DRAFT' })).toEqual([]);
    expect(runOne(emptyTargetCheck, 'Hello.', '안녕.', [], { state: 'APPROVED' })).toEqual([]);
  });
});
