// Per-segment undo history without a browser: the editor's own extension list (with UndoRedo) as
// ProseMirror plugins, edits as transactions, and the helpers that save, restore and reset the stacks.
import { getSchema, type AnyExtension } from '@tiptap/core';
import { history, redo, undo } from '@tiptap/pm/history';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { textToDoc } from './doc';
import { segmentExtensions, SegmentUndoRedo } from './extensions';
import { canRedo, canUndo, historyOf, HistoryCache, resetHistory, restoreHistory } from './history';

const schema = getSchema(segmentExtensions());

function stateWith(text: string): EditorState {
  return EditorState.create({ doc: schema.nodeFromJSON(textToDoc(text)), plugins: [history({ newGroupDelay: 500 })] });
}
const apply = (s: EditorState, tr: Transaction | null) => (tr ? s.apply(tr) : s);
/** Types at the end of the paragraph, `ms` after the previous edit. */
function type(s: EditorState, text: string, time: number): EditorState {
  const tr = s.tr.insertText(text, s.doc.content.size - 1);
  tr.time = time;
  return s.apply(tr);
}
function run(s: EditorState, cmd: typeof undo): EditorState {
  let out = s;
  cmd(s, (tr) => (out = s.apply(tr)));
  return out;
}
const text = (s: EditorState) => s.doc.textContent;

describe('segment editor undo history', () => {
  it('is part of the editor extension list, with the three shortcuts', () => {
    expect(segmentExtensions().includes(SegmentUndoRedo as AnyExtension)).toBe(true);
    const shortcuts = (SegmentUndoRedo.config.addKeyboardShortcuts as () => Record<string, unknown>).call({ editor: {} } as never);
    expect(Object.keys(shortcuts)).toEqual(expect.arrayContaining(['Mod-z', 'Shift-Mod-z', 'Mod-y']));
  });

  it('undoes and redoes typing; edits more than 500 ms apart are separate steps', () => {
    let s = stateWith('북한');
    s = type(s, '은', 1000);
    s = type(s, ' 오늘', 3000);
    expect(text(s)).toBe('북한은 오늘');
    s = run(s, undo);
    expect(text(s)).toBe('북한은');
    s = run(s, undo);
    expect(text(s)).toBe('북한');
    expect(canUndo(s)).toBe(false);
    s = run(s, redo);
    expect(text(s)).toBe('북한은');
    expect(canRedo(s)).toBe(true);
  });

  it('a transaction marked addToHistory: false (overlays, remote text) is not undone', () => {
    let s = stateWith('가');
    s = type(s, '나', 1000);
    const remote = s.tr.insertText('다', 1);
    s = s.apply(remote.setMeta('addToHistory', false));
    expect(text(s)).toBe('다가나');
    s = run(s, undo);
    expect(text(s)).toBe('다가');
  });

  it('saved stacks come back into a new editor state on the same text', () => {
    let first = stateWith('');
    first = type(first, '첫 번째', 1000);
    first = type(first, ' 문장', 3000);
    const snapshot = historyOf(first)!;
    expect(snapshot).not.toBeNull();

    // The segment is opened again: a fresh state on the same document.
    let again = EditorState.create({ doc: first.doc, plugins: [history({ newGroupDelay: 500 })] });
    expect(canUndo(again)).toBe(false);
    again = apply(again, restoreHistory(again, snapshot));
    expect(text(again)).toBe('첫 번째 문장');
    again = run(again, undo);
    expect(text(again)).toBe('첫 번째');
    again = run(again, undo);
    expect(text(again)).toBe('');
  });

  it('resetHistory empties both stacks and keeps the text', () => {
    let s = stateWith('');
    s = type(s, '내 글', 1000);
    s = run(s, undo);
    s = run(s, redo);
    s = type(s, '!', 3000);
    s = run(s, undo);
    expect(canUndo(s) && canRedo(s)).toBe(true);
    s = apply(s, resetHistory(s));
    expect(text(s)).toBe('내 글');
    expect(canUndo(s)).toBe(false);
    expect(canRedo(s)).toBe(false);
    expect(run(s, undo)).toBe(s);
  });

  it('without a history plugin the helpers do nothing', () => {
    const s = EditorState.create({ doc: schema.nodeFromJSON(textToDoc('x')) });
    expect(historyOf(s)).toBeNull();
    expect(resetHistory(s)).toBeNull();
    expect(canUndo(s)).toBe(false);
  });
});

describe('HistoryCache', () => {
  const snap = (n: number) => ({ n }) as never;

  it('gives the stacks back once, and only on the text they were saved with', () => {
    const cache = new HistoryCache();
    cache.save('s1', 'abc', snap(1));
    expect(cache.take('s1', 'abd')).toBeNull();
    expect(cache.take('s1', 'abc')).toBeNull(); // forgotten after a mismatch: the text changed meanwhile
    cache.save('s1', 'abc', snap(2));
    expect(cache.take('s1', 'abc')).toEqual({ n: 2 });
    expect(cache.take('s1', 'abc')).toBeNull();
  });

  it('keeps the most recently left segments up to its limit; drop forgets one', () => {
    const cache = new HistoryCache(2);
    cache.save('a', 'x', snap(1));
    cache.save('b', 'x', snap(2));
    cache.save('a', 'x', snap(3));
    cache.save('c', 'x', snap(4));
    expect(cache.size).toBe(2);
    expect(cache.take('b', 'x')).toBeNull();
    cache.drop('c');
    expect(cache.take('c', 'x')).toBeNull();
    expect(cache.take('a', 'x')).toEqual({ n: 3 });
  });
});
