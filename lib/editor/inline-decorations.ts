// Inline decorations in the segment editor (QA underlines): the same InlineDecoration spans the
// static rows pass to RichText, drawn by a ProseMirror plugin as <mark class=… title=…> around the
// text, inside its marks (where the static render puts them). Decorations are not content: they are
// not in getJSON()/getHTML() and never saved.
//
// The set is replaced only by an explicit transaction (setInlineDecorations, no undo step, no
// update event); every other change maps it, so underlines move with the words while the user types
// and an IME composition is never interrupted by a redraw of its text.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { InlineDecoration } from './doc';

export const inlineDecorationsKey = new PluginKey<DecorationSet>('inlineDecorations');

/**
 * The ProseMirror decorations of plain-text spans (docToText offsets) in a one-paragraph segment:
 * position = offset + 1 (the paragraph opens at 0; a hard break, like a character, has size 1).
 * Spans are clamped to the text; empty ones are dropped.
 */
export function buildDecorationSet(doc: PMNode, decorations: readonly InlineDecoration[]): DecorationSet {
  const size = doc.firstChild?.content.size ?? 0;
  const out: Decoration[] = [];
  for (const d of decorations) {
    const start = Math.max(0, Math.min(d.start, size));
    const end = Math.max(0, Math.min(d.end, size));
    if (end <= start) continue;
    out.push(
      Decoration.inline(
        start + 1,
        end + 1,
        { nodeName: 'mark', ...d.attrs, class: d.className },
        { className: d.className, attrs: d.attrs ?? {} },
      ),
    );
  }
  return DecorationSet.create(doc, out);
}

/** The decorations now in the editor (after mapping through edits) as plain-text spans, in document order. */
export function currentDecorations(state: EditorState): InlineDecoration[] {
  const set = inlineDecorationsKey.getState(state);
  if (!set) return [];
  return set.find().map((d) => ({
    start: d.from - 1,
    end: d.to - 1,
    className: String(d.spec.className ?? ''),
    attrs: d.spec.attrs as Record<string, string>,
  }));
}

/** Whether two decoration lists draw the same (order aside). */
export function sameDecorations(a: readonly InlineDecoration[], b: readonly InlineDecoration[]): boolean {
  const key = (list: readonly InlineDecoration[]) =>
    list
      .map((d) => JSON.stringify([d.start, d.end, d.className, Object.entries(d.attrs ?? {}).sort()]))
      .sort()
      .join('|');
  return a.length === b.length && key(a) === key(b);
}

/** A transaction that replaces the editor's decorations (not an edit: no undo step, no save). */
export function setInlineDecorations(tr: Transaction, decorations: readonly InlineDecoration[]): Transaction {
  return tr.setMeta(inlineDecorationsKey, decorations).setMeta('addToHistory', false).setMeta('preventUpdate', true);
}

export const InlineDecorations = Extension.create({
  name: 'inlineDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: inlineDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(inlineDecorationsKey) as readonly InlineDecoration[] | undefined;
            if (next) return buildDecorationSet(tr.doc, next);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations(state) {
            return inlineDecorationsKey.getState(state);
          },
        },
      }),
    ];
  },
});
