// Hand-over from the server-rendered plain editor (plain-editor.tsx) to TipTap: what was typed
// there becomes the segment's unsaved edit (only the changed part: formatting elsewhere is kept) (so autosave saves it), and the caret is put back at the
// same place in TipTap (use-editor-lifecycle.ts). A composition in progress is never cut: the
// hand-over waits for its compositionend.
import { emptyDoc, spliceDocText } from '@/lib/editor/doc';
import type { EditorStore } from './editor-store';
import { PLAIN_EDITOR_ID } from './plain-editor';

/** The parts of a DOM node read here (a fake one in the tests). */
export interface PlainNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<PlainNode>;
}

/**
 * The text of a plain editable element as the segment editor's text: text nodes as they are, a
 * <br> as a line break, except a block's last <br>, which draws no line of its own (browsers add
 * one to hold an empty line open). Blocks (a browser may wrap a new line in a <div>) start a new
 * line. `whole` false reads the part before a caret, where a last <br> does count.
 */
export function plainText(node: PlainNode, whole = true): string {
  let out = '';
  let afterBlock = false;
  const kids = Array.from(node.childNodes);
  kids.forEach((k, i) => {
    const block = k.nodeName === 'DIV' || k.nodeName === 'P';
    if (afterBlock || (block && out !== '' && !out.endsWith('\n'))) out += '\n';
    afterBlock = block;
    if (k.nodeType === 3) out += k.nodeValue ?? '';
    else if (k.nodeName === 'BR') out += whole && i === kids.length - 1 ? '' : '\n';
    else out += plainText(k, block || whole);
  });
  return out;
}

/** The TipTap position of a caret `offset` characters into a one-paragraph segment (a line break counts one). */
export function caretPosition(offset: number, docSize: number): number {
  return Math.max(1, Math.min(1 + offset, docSize - 1));
}

const carets = new WeakMap<EditorStore, { id: string; offset: number }>();

/** The caret the plain editor had for segment `id`, once (the editor's mount takes it). */
export function takeHandoverCaret(store: EditorStore, id: string): number | null {
  const c = carets.get(store);
  if (!c || c.id !== id) return null;
  carets.delete(store);
  return c.offset;
}

const plainEditor = () => (typeof document === 'undefined' ? null : document.getElementById(PLAIN_EDITOR_ID));

/**
 * Runs `now` at once, or, while a composition is in progress in the plain editor, `later` once it
 * has ended. `later` runs from a timer, where React would render the switch in a later task and a
 * keystroke in between would land in the plain editor just removed: callers commit in it with flushSync.
 */
export function afterComposition(now: () => void, later: () => void = now): void {
  const el = plainEditor();
  if (!el?.hasAttribute('data-composing')) return now();
  el.addEventListener('compositionend', () => setTimeout(later, 0), { once: true });
}

/** Takes what was typed into the plain editor into `store` (as an edit of its segment) and its caret. */
export function adoptPlainEditor(store: EditorStore): void {
  const el = plainEditor();
  const id = el?.getAttribute('data-segment-id');
  if (!el || !id || !store.get(id)) return;
  const text = plainText(el);
  // The typed text replaces only what changed, so a formatted target keeps its bold, italic and links.
  // The element showed an unsaved edit kept in storage (plain-editor.tsx, data-restored) that the store
  // has restored too: what was typed goes on top of it, and an untouched one stays as it is (with its
  // confirmation, if it had one).
  const entry = store.get(id)!;
  const kept = el.hasAttribute('data-restored') ? entry.pending : null;
  if (text !== (kept ? kept.text : el.getAttribute('data-text')))
    store.edit(id, spliceDocText(kept?.target ?? entry.server.target ?? emptyDoc(), text));
  const sel = window.getSelection();
  if (document.activeElement !== el || !sel?.focusNode || !el.contains(sel.focusNode)) return;
  const before = document.createRange();
  before.setStart(el, 0);
  before.setEnd(sel.focusNode, sel.focusOffset);
  const probe = document.createElement('div');
  probe.append(before.cloneContents());
  const offset = plainText(probe, false).length;
  if (store.activeId === id) carets.set(store, { id, offset });
}
