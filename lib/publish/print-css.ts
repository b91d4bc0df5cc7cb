// The PDF's page rules, for Paged.js (lib/server/editions/print-pdf.ts injects it into the page
// Chromium prints): A4 pages with the running head of a book (the English title on the left, the
// Korean title and version on the right, none on the title page), the folio at the foot, and reader
// notes as real footnotes at the foot of the page where their marker is (CSS GCPM `float: footnote`,
// which Chromium lacks and Paged.js implements). Added after the edition's own print stylesheet
// (edition-css.ts), so the two-column bilingual layout and the typography stay the web edition's.
//
// One type family in print: Noto Serif CJK KR (its Latin is drawn from Source Serif) sets the text,
// the headings (bold), the credits and the page furniture; the web edition's sans (Noto Sans CJK)
// is left out. Chromium embeds each font instance it prints (a regular, a bold, a synthetic italic
// are three) by reading and subsetting the whole CJK font collection, 50-75 MB of memory each while
// the PDF is written: four more instances for the sans took a render over 400 MB (bench/publish).
// The printer gives the page that face cut to the edition's characters, as PRINT_FAMILY
// (lib/server/editions/print-fonts.ts); the system's face follows it in every stack.
//
// The notes are the web edition's own markup: the numbered marker (`.noteref`, its number printed
// as a superscript) and the note (`.note-pop`, with its own number) right after it, which Paged.js
// moves into the page's footnote area. The numbers are the edition's, written in the markup, so a
// long edition printed in parts keeps one numbering; Paged.js's own counters are switched off.
import type { EditionView } from './snapshot';

/** A CSS string literal for user text: every character but letters, digits and spaces escaped. */
export function cssString(s: string): string {
  const clean = s.replace(/[\u0000-\u001F\u007F]/g, ' ');
  return `"${clean.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** The print face, added to the page by the printer (a subset of Noto Serif CJK KR). */
export const PRINT_FAMILY = 'WB Print Serif';
const SERIF = `'${PRINT_FAMILY}', 'Noto Serif CJK KR', 'Noto Serif KR', serif`;

const ONE_FAMILY_CSS = `
.edition { --ed-latin: ${SERIF}; --ed-cjk: ${SERIF}; --ed-sans: ${SERIF}; }
`;

const FOOTNOTE_CSS = `
.edition .note-pop { float: footnote; footnote-display: block; footnote-policy: line; }
.edition .pair-notes, .note-pop .note-pop-all { display: none !important; }
[data-footnote-call] { display: inline; font-size: 0; }
[data-footnote-call]::after { content: none !important; }
.pagedjs_footnote_content { border-top: .5pt solid #8a8f98; margin-top: 3mm; padding-top: 1.2mm; }
.pagedjs_footnote_inner_content .note-pop { display: block !important; position: static; inset: auto; width: auto; height: auto; max-width: none;
  margin: 0 0 .6mm; padding: 0 0 0 4.5mm; text-indent: -4.5mm; border: 0; border-radius: 0; box-shadow: none; background: none; overflow: visible;
  list-style: none; color: #1b1d21; font: 8pt/1.42 ${SERIF}; text-align: left; }
.pagedjs_footnote_inner_content .note-pop::marker { content: none; }
.pagedjs_footnote_inner_content .note-pop-num { display: inline-block; min-width: 4.5mm; text-indent: 0; font: 600 7pt/1 ${SERIF}; color: #5b616b; }
.pagedjs_footnote_inner_content :lang(ko) { font-family: ${SERIF}; word-break: keep-all; overflow-wrap: break-word; line-break: strict; }
`;

/** Paragraph pairs are not split across pages: English and Korean of one paragraph stay face to face. */
const BREAK_CSS = `
.edition .pair { break-inside: avoid; }
.edition .ed-head { break-after: avoid; }
`;

export interface PdfPartPage {
  /** The part starts the book: its first page is the title page (no running head). */
  first: boolean;
}

/** The rules every printed part shares (pdf-queue.ts hashes them with the stylesheet: a change re-prints cached PDFs). */
export const PDF_STATIC_CSS = ONE_FAMILY_CSS + BREAK_CSS + FOOTNOTE_CSS;

/** The page rules of one printed part of an edition. */
export function pdfPageCss(ed: Pick<EditionView, 'title' | 'version'>, part: PdfPartPage): string {
  const right = `${ed.title.target !== ed.title.source ? `${ed.title.target} · ` : ''}v${ed.version}`;
  const furniture = `font: 7.5pt/1.3 ${SERIF}; color: #666; letter-spacing: .02em;`;
  return (
    `@page { size: A4; margin: 18mm 15mm 18mm;\n` +
    `  @top-left { content: ${cssString(ed.title.source)}; ${furniture} vertical-align: bottom; padding-bottom: 4mm; }\n` +
    `  @top-right { content: ${cssString(right)}; ${furniture} vertical-align: bottom; padding-bottom: 4mm; text-align: right; }\n` +
    // The folio: written into this box by the printer (print-pdf.ts numbers the pages across parts).
    `  @bottom-center { content: counter(page); ${furniture} vertical-align: top; padding-top: 5mm; }\n}\n` +
    `.pagedjs_margin-bottom-center .pagedjs_margin-content::after { content: none !important; }\n` +
    (part.first ? `@page :first { @top-left { content: none; } @top-right { content: none; } }\n` : '') +
    PDF_STATIC_CSS
  );
}
