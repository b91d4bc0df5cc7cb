// The store that began with the page's first screen takes the whole list (EditorStore.extend): the
// rows join in order, an edit in progress on a first-screen row is kept, newer server versions apply.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textToDoc } from '@/lib/editor/doc';
import { EditorStore } from './editor-store';
import type { SegmentDto } from './types';

function seg(id: string, position: number, version = 1, targetText = ''): SegmentDto {
  return {
    id,
    documentId: 'd',
    position,
    kind: 'paragraph',
    level: null,
    source: textToDoc(`Source ${position}`),
    sourceText: `Source ${position}`,
    target: targetText ? textToDoc(targetText) : null,
    targetText,
    state: targetText ? 'DRAFT' : 'EMPTY',
    origin: null,
    matchScore: null,
    doNotTranslate: false,
    version,
    updatedAt: '',
  };
}

const neverFetch = (() => new Promise(() => {})) as unknown as typeof fetch;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorStore.extend', () => {
  it('puts every row in order around the first screen, keeping its entries and the edit being typed', () => {
    const all = Array.from({ length: 6 }, (_, i) => seg(`s${i}`, i));
    const store = new EditorStore('d', all.slice(2, 4), neverFetch);
    store.setActive('s2');
    store.edit('s2', textToDoc('쓰는 중'));
    let emitted = 0;
    store.subscribe(() => (emitted += 1));

    store.extend(all);

    expect(store.order).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    expect(store.get('s2')!.pending?.text).toBe('쓰는 중');
    expect(store.displayed('s2')).toEqual(textToDoc('쓰는 중'));
    expect(store.get('s5')!.server.sourceText).toBe('Source 5');
    expect(store.get('s5')!.sourceWords).toBe(2);
    expect(store.activeId).toBe('s2');
    expect(emitted).toBe(1);
  });

  it('takes a newer server version of a first-screen row, not an older one', () => {
    const store = new EditorStore('d', [seg('a', 0, 3, '셋'), seg('b', 1, 1, '하나')], neverFetch);
    store.extend([seg('a', 0, 2, '둘'), seg('b', 1, 4, '넷'), seg('c', 2)]);
    expect(store.get('a')!.server.targetText).toBe('셋');
    expect(store.get('b')!.server.targetText).toBe('넷');
    expect(store.get('b')!.targetWords).toBe(1);
    expect(store.order).toEqual(['a', 'b', 'c']);
  });
});
