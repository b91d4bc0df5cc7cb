import { describe, expect, it } from 'vitest';
import { textToDoc } from '@/lib/editor/doc';
import { afterConfirmAnswer, knownBlockingIssues } from './confirm-gate';
import type { SegmentEntry } from './editor-store';
import type { QaIssueDto, RowOverlay } from './row-overlays';

const issue = (severity: 'error' | 'warning', key = severity): QaIssueDto => ({ check: 'numbers', severity, message: 'm', key });
function entry(version: number, pending = false): SegmentEntry {
  return {
    server: { id: 'a', version } as SegmentEntry['server'],
    pending: pending ? { documentId: 'd', segmentId: 'a', target: textToDoc('x'), text: 'x', baseVersion: version, at: 0 } : null,
    conflict: null,
    error: null,
    mergeWith: null,
    refused: null,
    sourceWords: 1,
    targetWords: 1,
  };
}
const overlay = (qa: RowOverlay['qa']): RowOverlay => ({ annotations: [], activeAnnotation: null, qa, notes: [] });

describe('knownBlockingIssues', () => {
  it('returns the errors (not warnings) computed on the saved version', () => {
    expect(knownBlockingIssues(entry(3), overlay({ version: 3, issues: [issue('error'), issue('warning')] }))).toEqual([issue('error')]);
  });
  it('knows nothing when the text was edited since, or the issues are of another version, or there are none', () => {
    expect(knownBlockingIssues(entry(3, true), overlay({ version: 3, issues: [issue('error')] }))).toEqual([]);
    expect(knownBlockingIssues(entry(4), overlay({ version: 3, issues: [issue('error')] }))).toEqual([]);
    expect(knownBlockingIssues(entry(3), overlay(null))).toEqual([]);
  });
});

describe('afterConfirmAnswer', () => {
  it('after waiting: moves on only when confirmed and the translator is still there without new edits', () => {
    const move = { from: 'a', next: 'b', waiting: true };
    expect(afterConfirmAnswer(move, false, 'a', false)).toBe('b');
    expect(afterConfirmAnswer(move, true, 'a', false)).toBeNull();
    expect(afterConfirmAnswer(move, false, 'a', true)).toBeNull();
    expect(afterConfirmAnswer(move, false, 'c', false)).toBeNull();
  });
  it('after moving on: goes back to a refused segment unless the translator already typed in the next one or went elsewhere', () => {
    const move = { from: 'a', next: 'b', waiting: false };
    expect(afterConfirmAnswer(move, true, 'b', false)).toBe('a');
    expect(afterConfirmAnswer(move, true, 'b', true)).toBeNull();
    expect(afterConfirmAnswer(move, true, 'c', false)).toBeNull();
    expect(afterConfirmAnswer(move, false, 'b', false)).toBeNull();
  });
});
