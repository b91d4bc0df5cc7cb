// Rows picked for a bulk review decision (issue #17), outside React like EditorStore: a click on a
// row's checkbox toggles it, Shift+click takes the range from the last clicked row in the order the
// list shows (the filtered rows), "select all shown" takes every shown row. Rows subscribe to their
// own id, so a change re-renders only the rows whose checkbox changed.
import { useCallback, useSyncExternalStore } from 'react';

type Listener = () => void;

export class RowSelection {
  private ids = new Set<string>();
  private anchor: string | null = null;
  private order: readonly string[] = [];
  private rowListeners = new Map<string, Set<Listener>>();
  private listeners = new Set<Listener>();
  /** Bumped on every change (for the bulk bar). */
  revision = 0;

  /** The rows as the list shows them now (filters applied): ranges follow this order. */
  setOrder(order: readonly string[]): void {
    this.order = order;
  }
  has(id: string): boolean {
    return this.ids.has(id);
  }
  get size(): number {
    return this.ids.size;
  }
  /** The selected ids in document (shown) order, then any no longer shown. */
  selected(): string[] {
    const shown = this.order.filter((id) => this.ids.has(id));
    const rest = [...this.ids].filter((id) => !shown.includes(id));
    return [...shown, ...rest];
  }

  /** A click on a row's checkbox: toggles it, or with Shift selects the range from the last click. */
  click(id: string, shift: boolean): void {
    const from = this.anchor ? this.order.indexOf(this.anchor) : -1;
    const to = this.order.indexOf(id);
    if (shift && from >= 0 && to >= 0) {
      const [a, b] = from < to ? [from, to] : [to, from];
      this.change(this.order.slice(a, b + 1), true);
    } else this.change([id], !this.ids.has(id));
    this.anchor = id;
  }
  selectAll(): void {
    this.change(this.order, true);
  }
  clear(): void {
    this.change([...this.ids], false);
    this.anchor = null;
  }
  /** Drops ids (e.g. the ones a decision went through on). */
  remove(ids: readonly string[]): void {
    this.change(ids, false);
  }

  private change(ids: readonly string[], on: boolean): void {
    const changed: string[] = [];
    for (const id of ids) {
      if (this.ids.has(id) === on) continue;
      if (on) this.ids.add(id);
      else this.ids.delete(id);
      changed.push(id);
    }
    if (!changed.length) return;
    this.revision += 1;
    for (const id of changed) for (const fn of [...(this.rowListeners.get(id) ?? [])]) fn();
    for (const fn of [...this.listeners]) fn();
  }

  subscribeRow(id: string, fn: Listener): () => void {
    let set = this.rowListeners.get(id);
    if (!set) this.rowListeners.set(id, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Whether a row is selected (false without a selection: translators have none). */
export function useSelected(selection: RowSelection | undefined, id: string): boolean {
  const sub = useCallback((fn: Listener) => selection?.subscribeRow(id, fn) ?? (() => {}), [selection, id]);
  return useSyncExternalStore(
    sub,
    () => selection?.has(id) ?? false,
    () => false,
  );
}

export function useSelectionRevision(selection: RowSelection): number {
  const sub = useCallback((fn: Listener) => selection.subscribe(fn), [selection]);
  return useSyncExternalStore(
    sub,
    () => selection.revision,
    () => 0,
  );
}
