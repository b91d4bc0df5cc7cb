// The one TipTap schema of a segment: a document of one paragraph holding text, hard breaks and the
// marks link, bold, italic and annotation. The browser editor builds on it (extensions.ts adds undo and
// the editor's plugins); every static rendering derives its markup from it (render.ts: the editor's
// static rows, the web edition, the EPUB and the PDF). Marks nest in this schema's order: link
// (TipTap priority 1000), bold, italic, annotation.
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
import { safeHref } from './doc';
import { AnnotationMark } from './marks/annotation';

export const ITALIC_SHORTCUT = 'Mod-Alt-i';
export const BOLD_SHORTCUT = 'Mod-b';

/** A segment is one paragraph: Enter never splits it (Shift+Enter is a hard break). */
export const SegmentDocument = Document.extend({ content: 'paragraph' });

/** Typing or pasting markdown-like text (**bold**, _italic_) never formats it by itself. */
const NO_AUTO_FORMAT = { addInputRules: () => [], addPasteRules: () => [] };

export const SegmentBold = Bold.extend({
  ...NO_AUTO_FORMAT,
  addKeyboardShortcuts() {
    return { [BOLD_SHORTCUT]: () => this.editor.commands.toggleBold() };
  },
});

export const SegmentItalic = Italic.extend({
  ...NO_AUTO_FORMAT,
  addKeyboardShortcuts() {
    return { [ITALIC_SHORTCUT]: () => this.editor.commands.toggleItalic() };
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

/** The schema's extensions: Document (one paragraph), Paragraph, Text, Bold, Italic, Link, HardBreak, AnnotationMark. */
export const SCHEMA_EXTENSIONS: readonly AnyExtension[] = [
  SegmentDocument,
  Paragraph,
  Text,
  SegmentBold,
  SegmentItalic,
  SegmentLink,
  HardBreak,
  AnnotationMark,
];
