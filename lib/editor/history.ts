// Undo history of a segment editor (TipTap's UndoRedo, i.e. prosemirror-history), kept per segment.
//
// Only the active row mounts an editor, so leaving a segment would drop its history. The editor
// saves it here when it unmounts (with the text it belongs to) and takes it back when the same
// segment is opened again on the same text; on any other text (someone else's save was shown
// meanwhile) the saved history is dropped, so an undo can never bring back a state from before
// another person's change. When a remote change is put into a mounted editor, its history is
// reset (resetHistory) for the same reason.
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState, Plugin, Transaction } from '@tiptap/pm/state';

/** prosemirror-history's plugin state; opaque here (the class is not exported). */
export type HistorySnapshot = { readonly __history: unique symbol };

function historyPlugin(state: EditorState): Plugin | undefined {
  // prosemirror-history's key is `new PluginKey('history')`, i.e. 'history$' (not exported).
  return state.plugins.find((p) => (p as unknown as { key: string }).key === 'history$');
}

/** The editor's undo/redo stacks as they are now, or null when the editor has no history plugin. */
export function historyOf(state: EditorState): HistorySnapshot | null {
  const plugin = historyPlugin(state);
  return plugin ? (plugin.getState(state) as HistorySnapshot) : null;
}

/**
 * A transaction that puts saved stacks into the editor (no steps: nothing is edited or saved), or
 * null without a history plugin. Only valid when the document is the one the stacks were taken on.
 */
export function restoreHistory(state: EditorState, snapshot: HistorySnapshot): Transaction | null {
  const plugin = historyPlugin(state);
  // The plugin takes `historyState` from this meta as its new state (what its own undo does).
  return plugin ? state.tr.setMeta(plugin, { redo: false, historyState: snapshot }).setMeta('addToHistory', false) : null;
}

/** A transaction that empties both stacks: nothing from before can be undone or redone. */
export function resetHistory(state: EditorState): Transaction | null {
  const plugin = historyPlugin(state);
  const init = plugin?.spec.state?.init;
  if (!plugin || !init) return null;
  const empty = init.call(plugin, {}, state);
  return state.tr.setMeta(plugin, { redo: false, historyState: empty }).setMeta('addToHistory', false);
}

export function canUndo(state: EditorState): boolean {
  return historyPlugin(state) !== undefined && undoDepth(state) > 0;
}
export function canRedo(state: EditorState): boolean {
  return historyPlugin(state) !== undefined && redoDepth(state) > 0;
}

interface Saved {
  key: string;
  snapshot: HistorySnapshot;
}

/** Saved histories by segment id (most recently left last), bounded. */
export class HistoryCache {
  private byId = new Map<string, Saved>();
  constructor(private readonly limit = 50) {}

  /** Saves the stacks of a segment left with the text `key` (any string identifying the content). */
  save(id: string, key: string, snapshot: HistorySnapshot | null): void {
    this.byId.delete(id);
    if (!snapshot) return;
    this.byId.set(id, { key, snapshot });
    while (this.byId.size > this.limit) this.byId.delete(this.byId.keys().next().value!);
  }

  /** The stacks saved for this segment if it is opened on the same text, else null (and forgotten). */
  take(id: string, key: string): HistorySnapshot | null {
    const saved = this.byId.get(id);
    this.byId.delete(id);
    return saved && saved.key === key ? saved.snapshot : null;
  }

  drop(id: string): void {
    this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
