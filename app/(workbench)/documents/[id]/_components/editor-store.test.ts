// The save loop without a browser: a fake fetch plays the server.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textToDoc } from '@/lib/editor/doc';
import { AUTOSAVE_MS, EditorStore } from './editor-store';
import type { SegmentDto } from './types';

function seg(id: string, version = 1, targetText = ''): SegmentDto {
  return {
    id,
    documentId: 'd',
    position: 0,
    kind: 'paragraph',
    level: null,
    source: textToDoc('Hello world'),
    sourceText: 'Hello world',
    target: targetText ? textToDoc(targetText) : null,
    targetText,
    state: targetText ? 'DRAFT' : 'EMPTY',
    origin: null,
    matchScore: null,
    doNotTranslate: false,
    version,
    updatedAt: new Date(0).toISOString(),
  };
}

type Reply = { status: number; body: unknown } | 'network';
function fakeServer(replies: Reply[]) {
  const calls: any[] = [];
  const impl = vi.fn(async (_url: string, init: RequestInit) => {
    calls.push(JSON.parse(String(init.body)));
    const r = replies.shift() ?? { status: 200, body: seg('a', 2, 'x') };
    if (r === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(r.body), { status: r.status });
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorStore saving', () => {
  it('autosaves once, about 500 ms after typing stops, with the base version', async () => {
    const server = fakeServer([{ status: 200, body: { ...seg('a', 2, '안녕'), state: 'DRAFT' } }]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    store.edit('a', textToDoc('안'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100);
    store.edit('a', textToDoc('안녕'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100);
    expect(server.calls).toHaveLength(0);
    expect(store.getStatus()).toEqual({ kind: 'unsaved', pending: 1 });
    await vi.advanceTimersByTimeAsync(200);
    expect(server.calls).toEqual([{ target: textToDoc('안녕'), version: 1 }]);
    expect(store.get('a')!.server.version).toBe(2);
    expect(store.get('a')!.pending).toBeNull();
    expect(store.getStatus()).toEqual({ kind: 'saved' });
  });

  it('waits while an IME composition is open', async () => {
    const server = fakeServer([]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    store.setActive('a');
    let composing = true;
    store.isComposing = () => composing;
    store.edit('a', textToDoc('하'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveLength(0);
    composing = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(server.calls).toHaveLength(1);
  });

  it('turns a 409 into a conflict; keep mine re-saves on top of their version', async () => {
    const theirs = { ...seg('a', 2, '그들의 글') };
    const server = fakeServer([
      { status: 409, body: { error: { code: 'conflict', message: 'stale', current: theirs } } },
      { status: 200, body: seg('a', 3, '내 글') },
    ]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    store.edit('a', textToDoc('내 글'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    const c = store.get('a')!.conflict!;
    expect([c.mineText, c.theirs.targetText]).toEqual(['내 글', '그들의 글']);
    expect(store.conflicts()).toEqual(['a']);
    store.keepMine('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls[1]).toEqual({ target: textToDoc('내 글'), version: 2 });
    expect(store.get('a')!.server.targetText).toBe('내 글');
  });

  it('take theirs drops the local edit; edit merged keeps it on their version with their text to merge', async () => {
    const theirs = seg('a', 2, '그들의 글');
    const conflict = { status: 409, body: { error: { current: theirs } } };
    const server = fakeServer([conflict, conflict]);
    const store = new EditorStore('d', [seg('a'), seg('b')], server.impl);
    store.edit('a', textToDoc('내 글'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    store.takeTheirs('a');
    expect(store.get('a')!.pending).toBeNull();
    expect(store.displayed('a')).toEqual(textToDoc('그들의 글'));

    const store2 = new EditorStore('d', [seg('a')], server.impl);
    store2.edit('a', textToDoc('내 글'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    store2.editMerged('a');
    expect(store2.get('a')!.pending).toMatchObject({ baseVersion: 2, text: '내 글' });
    expect(store2.get('a')!.mergeWith).toBe('그들의 글');
  });

  it('keeps edits while the network is down and replays them when it is back', async () => {
    const server = fakeServer(['network', 'network', { status: 200, body: seg('a', 2, '오프라인') }]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    store.edit('a', textToDoc('오프라인'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(store.getStatus()).toEqual({ kind: 'offline', pending: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2);
    store.reconnect();
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls).toHaveLength(3);
    expect(store.getStatus()).toEqual({ kind: 'saved' });
  });

  it('rebases typing that happened while a save was in flight', async () => {
    let release!: () => void;
    const calls: any[] = [];
    const impl = (async (_u: string, init: RequestInit) => {
      calls.push(JSON.parse(String(init.body)));
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      return new Response(JSON.stringify(seg('a', calls.length + 1, 'x')), { status: 200 });
    }) as unknown as typeof fetch;
    const store = new EditorStore('d', [seg('a')], impl);
    store.edit('a', textToDoc('첫'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    store.edit('a', textToDoc('첫째'));
    release();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(calls.map((c) => [c.target.content[0].content[0].text, c.version])).toEqual([
      ['첫', 1],
      ['첫째', 2],
    ]);
  });

  it('confirm refuses an empty target and sends TRANSLATED at once', async () => {
    const server = fakeServer([{ status: 200, body: { ...seg('a', 2, '완료'), state: 'TRANSLATED' } }]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    expect(store.confirm('a', textToDoc(' '))).toBe(false);
    expect(store.confirm('a', textToDoc('완료'))).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([{ target: textToDoc('완료'), state: 'TRANSLATED', version: 1 }]);
    expect(store.get('a')!.server.state).toBe('TRANSLATED');
  });

  it('a confirmation the server held back (QA errors) is kept as a refusal with its issues and reported; the next save clears it', async () => {
    const issues = [{ check: 'numbers', severity: 'error', message: 'Number 3 missing', key: 'numbers:3' }];
    const server = fakeServer([
      { status: 200, body: { ...seg('a', 2, '초안'), state: 'DRAFT', qaBlocked: { issues } } },
      { status: 200, body: { ...seg('a', 3, '초안 3'), state: 'DRAFT' } },
    ]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    const answers: unknown[] = [];
    store.onConfirmAnswer = (id, refusedBy) => answers.push([id, refusedBy]);
    store.confirm('a', textToDoc('초안'));
    await vi.advanceTimersByTimeAsync(1);
    expect(store.get('a')!.refused).toEqual({ issues });
    expect(store.get('a')!.server.state).toBe('DRAFT');
    expect('qaBlocked' in store.get('a')!.server).toBe(false);
    expect(answers).toEqual([['a', issues]]);
    store.edit('a', textToDoc('초안 3'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(store.get('a')!.refused).toBeNull();
    expect(answers).toHaveLength(1); // a plain save is no confirmation answer
  });

  it('reports an accepted confirmation with no refusal', async () => {
    const server = fakeServer([{ status: 200, body: { ...seg('a', 2, '완료'), state: 'TRANSLATED' } }]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    const answers: unknown[] = [];
    store.onConfirmAnswer = (id, refusedBy) => answers.push([id, refusedBy]);
    store.confirm('a', textToDoc('완료'));
    await vi.advanceTimersByTimeAsync(1);
    expect(answers).toEqual([['a', null]]);
    expect(store.get('a')!.refused).toBeNull();
  });

  it('a 409 whose current text is exactly ours is no conflict (an earlier save landed, its answer was lost)', async () => {
    const theirs = seg('a', 2, '같은 글');
    const server = fakeServer([{ status: 409, body: { error: { current: theirs } } }]);
    const store = new EditorStore('d', [seg('a')], server.impl);
    store.edit('a', textToDoc('같은 글'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(store.get('a')!.conflict).toBeNull();
    expect(store.get('a')!.pending).toBeNull();
    expect(store.get('a')!.server.version).toBe(2);
  });
});
