// The rows' overlay store: per-segment snapshots that change only when their content does, and
// older answers never replacing newer ones.
import { describe, expect, it, vi } from 'vitest';
import type { TAnnotationHighlight } from '@/lib/review/types';
import { RowOverlays, type QaIssueDto } from './row-overlays';

const hl = (id: string, over: Partial<TAnnotationHighlight> = {}): TAnnotationHighlight => ({
  id,
  side: 'target',
  start: 0,
  end: 2,
  quote: '북한',
  category: 'terminology',
  severity: 'major',
  comment: '',
  ...over,
});
const issue = (key: string, severity: 'error' | 'warning' = 'error'): QaIssueDto => ({
  check: 'numbers',
  severity,
  message: key,
  key,
  targetSpan: { start: 0, end: 1 },
});

describe('RowOverlays', () => {
  it('notifies a row only when its own overlay changes, and keeps the snapshot object otherwise', () => {
    const o = new RowOverlays();
    const a = vi.fn();
    const b = vi.fn();
    o.subscribe('a', a);
    o.subscribe('b', b);
    const empty = o.get('a');
    o.replaceQa(
      [
        { segmentId: 'a', version: 1, issues: [] },
        { segmentId: 'b', version: 1, issues: [] },
      ],
      1,
    );
    o.replaceAnnotations({}, 1);
    expect(a).not.toHaveBeenCalled();
    expect(o.get('a')).toBe(empty);
    o.replaceAnnotations({ a: [hl('x')] }, 2);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    const snap = o.get('a');
    o.replaceAnnotations({ a: [hl('x')] }, 3);
    expect(o.get('a')).toBe(snap);
    expect(a).toHaveBeenCalledTimes(1);
    o.replaceAnnotations({}, 4);
    expect(o.get('a').annotations).toEqual([]);
    expect(a).toHaveBeenCalledTimes(2);
  });

  it('an older answer never replaces a newer one (the panel is fresher than a slow document reload)', () => {
    const o = new RowOverlays();
    o.setAnnotations('a', [hl('new')], 10, { local: true });
    o.replaceAnnotations({ a: [hl('old')] }, 5);
    expect(o.get('a').annotations.map((x) => x.id)).toEqual(['new']);
    expect(o.localRevision).toBe(1);
    o.setAnnotations('a', [hl('new')], 11, { local: true });
    expect(o.localRevision).toBe(1);
  });

  it('keeps QA of the newest version; an empty answer clears it', () => {
    const o = new RowOverlays();
    o.setQa('a', { version: 3, issues: [issue('n3')] }, 10);
    o.setQa('a', { version: 2, issues: [issue('n2')] }, 20);
    expect(o.get('a').qa).toEqual({ version: 3, issues: [issue('n3')] });
    o.replaceQa([{ segmentId: 'a', version: 3, issues: [issue('n3'), issue('w', 'warning')] }], 30);
    expect(o.get('a').qa?.issues).toHaveLength(2);
    o.setQa('a', { version: 4, issues: [] }, 40);
    expect(o.get('a').qa).toBeNull();
    o.setQa('a', { version: 3, issues: [issue('late')] }, 35);
    expect(o.get('a').qa).toBeNull();
  });

  it('segments left out of a document answer lose their issues', () => {
    const o = new RowOverlays();
    o.setQa('a', { version: 1, issues: [issue('x')] }, 1);
    o.replaceQa([], 2);
    expect(o.get('a').qa).toBeNull();
  });

  it('picks one annotation at a time, across segments', () => {
    const o = new RowOverlays();
    const a = vi.fn();
    o.subscribe('a', a);
    o.focusAnnotation('a', 'x');
    expect(o.get('a').activeAnnotation).toBe('x');
    o.focusAnnotation('b', 'y');
    expect(o.get('a').activeAnnotation).toBeNull();
    expect(o.get('b').activeAnnotation).toBe('y');
    expect(a).toHaveBeenCalledTimes(2);
    o.focusAnnotation('b', null);
    expect(o.get('b').activeAnnotation).toBeNull();
  });

  it('keeps reader notes per segment apart from annotations; a document answer without a segment clears its notes', () => {
    const o = new RowOverlays();
    const row = vi.fn();
    o.subscribe('s1', row);
    const note = { id: 'n1', side: 'source' as const, start: 0, end: 5, quote: 'Seoul', comment: 'A capital.', number: 1, approved: true };
    o.setAnnotations('s1', [hl('a')], 1);
    o.replaceNotes({ s1: [note] }, 2);
    expect(o.get('s1').notes).toEqual([note]);
    expect(o.get('s1').annotations.map((a) => a.id)).toEqual(['a']);
    expect(row).toHaveBeenCalledTimes(2);
    o.replaceNotes({ s1: [{ ...note, number: 9 }] }, 1); // older
    expect(o.get('s1').notes[0]!.number).toBe(1);
    o.replaceNotes({}, 3);
    expect(o.get('s1').notes).toEqual([]);
    o.setAnnotations('s1', [], 4);
    expect(o.get('s1')).toBe(o.get('nothing')); // empty rows are dropped
  });

  it('touchLocal bumps the local revision (the flags reload) and tells its listeners', () => {
    const o = new RowOverlays();
    const fn = vi.fn();
    o.subscribeLocal(fn);
    const before = o.localRevision;
    o.touchLocal();
    expect(o.localRevision).toBe(before + 1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
