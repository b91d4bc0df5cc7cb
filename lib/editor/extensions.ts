// The browser editor's extensions: the one schema (schema.ts) plus what only an editing view needs
// (undo/redo; the editor adds its key map and InlineDecorations through `extra`). The static rows
// render the same JSON from the same schema (render.ts); e2e/editor/rendering.spec.ts checks that
// getHTML() and the static render agree, lib/editor/render.test.ts does the same without a browser.
import type { AnyExtension } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { SCHEMA_EXTENSIONS } from './schema';

/**
 * Undo/redo: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y, one history per segment editor (typing within
 * 500 ms is one step). Transactions that are not edits (overlays) carry addToHistory: false; the
 * editor keeps and resets the history per segment (lib/editor/history.ts).
 */
export const SegmentUndoRedo = UndoRedo.configure({ depth: 200, newGroupDelay: 500 });

/** The extension list of a segment editor: the schema's, UndoRedo, then `extra` (one already in the schema is not added twice). */
export function segmentExtensions(extra: AnyExtension[] = []): AnyExtension[] {
  const names = new Set(SCHEMA_EXTENSIONS.map((e) => e.name));
  return [...SCHEMA_EXTENSIONS, SegmentUndoRedo, ...extra.filter((e) => !names.has(e.name))];
}
