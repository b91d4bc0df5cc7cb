// Unsaved edits kept in localStorage, and those the server-rendered plain editor keeps (text only,
// plain-editor.tsx): replayed by the store after a reload.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docToText, textToDoc, type SegmentDoc } from '@/lib/editor/doc';
import { EditorStore } from './editor-store';
import { asPendingEdit, loadPending, UNSAVED_PREFIX, type PlainPendingEdit } from './save-queue';
import type { SegmentDto } from './types';

const bold = (text: string, rest: string): SegmentDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text, marks: [{ type: 'bold' }] },
        { type: 'text', text: rest },
      ],
    },
  ],
});

function seg(id: string, version: number, target: SegmentDoc | null): SegmentDto {
  return {
    id,
    documentId: 'd',
    position: 0,
    kind: 'paragraph',
    level: null,
    source: textToDoc('Hello world'),
    sourceText: 'Hello world',
    target,
    targetText: target ? docToText(target) : '',
    state: target ? 'DRAFT' : 'EMPTY',
    origin: null,
    matchScore: null,
    doNotTranslate: false,
    version,
    updatedAt: new Date(0).toISOString(),
  };
}

function fakeStorage(entries: Record<string, unknown>) {
  const m = new Map(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}

const plain = (segmentId: string, text: string, baseVersion = 3): PlainPendingEdit => ({
  documentId: 'd',
  segmentId,
  text,
  baseVersion,
  at: 1,
  plain: true,
});

afterEach(() => vi.unstubAllGlobals());

describe('asPendingEdit', () => {
  it('rebuilds the plain editor’s text as an edit of the target, keeping formatting outside the change', () => {
    const p = asPendingEdit(plain('a', '굵게 쓴 글이다'), { target: bold('굵게', ' 쓴 글'), targetText: '굵게 쓴 글' });
    expect(p).toMatchObject({ segmentId: 'a', text: '굵게 쓴 글이다', baseVersion: 3 });
    expect(p).not.toHaveProperty('plain');
    expect(p!.target).toEqual(bold('굵게', ' 쓴 글이다'));
  });
  it('starts from an empty target, and keeps nothing when the text is the server’s', () => {
    expect(asPendingEdit(plain('a', '새 번역'), { target: null, targetText: '' })!.target).toEqual(textToDoc('새 번역'));
    expect(asPendingEdit(plain('a', '그대로'), { target: textToDoc('그대로'), targetText: '그대로' })).toBeNull();
  });
  it('passes a full kept edit through unchanged', () => {
    const full = { documentId: 'd', segmentId: 'a', target: textToDoc('x'), text: 'x', baseVersion: 1, at: 1 };
    expect(asPendingEdit(full, { target: null, targetText: '' })).toBe(full);
  });
});

describe('loadPending and the store’s restore', () => {
  it('loads full and plain entries of the document, and skips damaged or foreign ones', () => {
    const storage = fakeStorage({
      [`${UNSAVED_PREFIX}a`]: plain('a', '하나'),
      [`${UNSAVED_PREFIX}b`]: { documentId: 'd', segmentId: 'b', target: textToDoc('둘'), text: '둘', baseVersion: 1, at: 1 },
      [`${UNSAVED_PREFIX}c`]: { ...plain('c', '셋'), documentId: 'other' },
      [`${UNSAVED_PREFIX}e`]: { ...plain('e', '넷'), text: 4 },
      [`${UNSAVED_PREFIX}f`]: '{broken',
      unrelated: plain('g', '다섯'),
    });
    vi.stubGlobal('window', { localStorage: storage });
    expect(
      loadPending('d')
        .map((p) => p.segmentId)
        .sort(),
    ).toEqual(['a', 'b']);
  });
  it('replays what was typed into the plain editor before the scripts ran, as a save on its base version', async () => {
    const storage = fakeStorage({ [`${UNSAVED_PREFIX}a`]: plain('a', '굵게 쓴 글이다'), [`${UNSAVED_PREFIX}b`]: plain('b', '그대로', 1) });
    vi.stubGlobal('window', { localStorage: storage });
    const calls: unknown[] = [];
    const fetcher = (async (_url: string, init: RequestInit) => {
      calls.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(seg('a', 4, bold('굵게', ' 쓴 글이다'))), { status: 200 });
    }) as unknown as typeof fetch;
    const store = new EditorStore('d', [seg('a', 3, bold('굵게', ' 쓴 글')), seg('b', 1, textToDoc('그대로'))], fetcher);
    expect(store.restore()).toBe(1);
    expect(store.get('a')!.pending!.target).toEqual(bold('굵게', ' 쓴 글이다'));
    expect(storage.map.has(`${UNSAVED_PREFIX}b`)).toBe(false); // nothing to save: dropped
    await vi.waitFor(() => expect(calls).toEqual([{ target: bold('굵게', ' 쓴 글이다'), version: 3 }]));
  });
});
