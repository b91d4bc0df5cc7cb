// Turning a user's selection into annotation offsets (plain text, docToText: a hard break is one
// character), for the static source row and for the TipTap target editor.
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import type { AnnotationSelection } from './annotation-form';

/** The shortcut that opens the annotation form on the current selection: Ctrl/⌘+Alt+M (as in Google Docs). */
export function isAnnotateShortcut(e: KeyboardEvent | React.KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && e.altKey && (e.key === 'm' || e.key === 'M' || e.code === 'KeyM');
}

/** Calls `onAnnotate` on Ctrl/⌘+Alt+M anywhere in the page (while `enabled`). */
export function useAnnotateShortcut(onAnnotate: () => void, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isAnnotateShortcut(e)) return;
      e.preventDefault();
      onAnnotate();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAnnotate, enabled]);
}

/** Plain-text length of the DOM content from `root`'s start to (node, offset); <br> counts one. */
function textOffset(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  const frag = range.cloneContents();
  let n = 0;
  const walk = (x: Node) => {
    if (x.nodeType === Node.TEXT_NODE) n += (x.nodeValue ?? '').length;
    else if (x.nodeName === 'BR') n += 1;
    x.childNodes.forEach(walk);
  };
  walk(frag);
  return n;
}

/** The window selection inside `root` (a rendered segment side), or null when it is empty or elsewhere. */
export function selectionIn(root: HTMLElement | null, side: 'source' | 'target'): AnnotationSelection | null {
  const sel = typeof window === 'undefined' ? null : window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { side, start, end, quote: sel.toString() };
}

/** The TipTap editor's selection as target offsets, or null when it is empty. */
export function editorSelection(editor: Editor | null): AnnotationSelection | null {
  if (!editor) return null;
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const doc = editor.state.doc;
  const start = doc.textBetween(0, from, '', '\n').length;
  const quote = doc.textBetween(from, to, '', '\n');
  return { side: 'target', start, end: start + quote.length, quote };
}
