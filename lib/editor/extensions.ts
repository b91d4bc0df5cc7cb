// The one TipTap schema of a segment, used by the browser editor; the static rows render the same
// JSON with renderInlineHtml / RichText (lib/editor/doc.ts), which nest marks in this schema's order
// (link, bold, italic; the editor adds AnnotationMark and InlineDecorations through `extra`, the
// annotation mark ranking last). e2e/editor/rendering.spec.ts checks that getHTML() and the static
// render agree, lib/editor/marks/annotation.test.ts does the same for annotation marks without a browser.
//
// Key bindings differ from TipTap's defaults on purpose: in the translation editor Ctrl/⌘+I copies
// the source (as in Matecat), so italic moves to Ctrl/⌘+Alt+I. Bold stays Ctrl/⌘+B.
import type { AnyExtension } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { safeHref } from './doc';

export const ITALIC_SHORTCUT = 'Mod-Alt-i';
export const BOLD_SHORTCUT = 'Mod-b';

/** A segment is one paragraph: Enter never splits it (Shift+Enter is a hard break). */
export const SegmentDocument = Document.extend({ content: 'paragraph' });

export const SegmentBold = Bold.extend({
  addKeyboardShortcuts() {
    return { [BOLD_SHORTCUT]: () => this.editor.commands.toggleBold() };
  },
  addInputRules() {
    return [];
  },
  addPasteRules() {
    return [];
  },
});

export const SegmentItalic = Italic.extend({
  addKeyboardShortcuts() {
    return { [ITALIC_SHORTCUT]: () => this.editor.commands.toggleItalic() };
  },
  addInputRules() {
    return [];
  },
  addPasteRules() {
    return [];
  },
});

/** Links keep only safe protocols; nothing the translator types is turned into a link by itself. */
export const SegmentLink = Link.configure({
  autolink: false,
  linkOnPaste: false,
  openOnClick: false,
  HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
  isAllowedUri: (url) => safeHref(url) !== null,
});

/**
 * Undo/redo: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y, one history per segment editor (typing within
 * 500 ms is one step). Transactions that are not edits (overlays) carry addToHistory: false; the
 * editor keeps and resets the history per segment (lib/editor/history.ts).
 */
export const SegmentUndoRedo = UndoRedo.configure({ depth: 200, newGroupDelay: 500 });

/** The extension list of a segment editor: Document (one paragraph), Paragraph, Text, Bold, Italic, Link, HardBreak, UndoRedo. */
export function segmentExtensions(extra: AnyExtension[] = []): AnyExtension[] {
  return [SegmentDocument, Paragraph, Text, SegmentBold, SegmentItalic, SegmentLink, HardBreak, SegmentUndoRedo, ...extra];
}

export const SEGMENT_EXTENSIONS: AnyExtension[] = segmentExtensions();
