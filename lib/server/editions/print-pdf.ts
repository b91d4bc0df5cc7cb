import 'server-only';
// PDF: Chromium prints the web edition's own markup and stylesheet (lib/publish/render.ts +
// edition-css.ts: two columns across A4, English | Korean), paginated by Paged.js
// (lib/publish/print-css.ts): the running head and folio of a book, and reader notes as footnotes
// at the foot of the page where their marker is. Paged.js is read from node_modules and added to the
// page as a script (no network).
//
// Memory: a long edition is printed in parts of PART_PARAGRAPHS paragraph pairs, one after the
// other in one Chromium page, and the parts' pages are joined with pdf-lib; Chromium never holds
// more than one part's layout. Each part but the last is cut where a page starts with a whole
// paragraph pair (the pages from there on are dropped, and the next part starts with that pair), so
// the parts join as one continuous book, the same page breaks as one long render would give.
//
// Type: the print face is cut to the edition's characters once per PDF (print-fonts.ts) and added to
// each part's page before Paged.js lays it out; a system font would be loaded whole for every part.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { EDITION_PRINT_CSS } from '../../publish/edition-css';
import { PRINT_FAMILY, pdfPageCss } from '../../publish/print-css';
import { renderEditionPage } from '../../publish/render';
import { bodySegments, type EditionView } from '../../publish/snapshot';
import { AppError } from '../errors';
import { withChromiumPage } from './chromium';
import { subsetPrintFonts, type PrintFont } from './print-fonts';

export { browserLaunches, chromiumPath } from './chromium';

/** Paragraph pairs per printed part (PDF_PART_PARAGRAPHS): bounds Chromium's memory for a long edition. */
export function partParagraphs(): number {
  const n = Number(process.env.PDF_PART_PARAGRAPHS);
  return Number.isInteger(n) && n > 0 ? n : 60;
}
const PAGED_TIMEOUT_MS = 120_000;

let pagedScript: string | null = null;
function pagedJs(): string {
  if (pagedScript) return pagedScript;
  try {
    pagedScript = readFileSync(path.join(process.cwd(), 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.min.js'), 'utf8');
    return pagedScript;
  } catch {
    throw new AppError('unavailable', 'PDF printing is not available on this server: the pagedjs package is missing.').because(
      'pdf_unavailable',
    );
  }
}

interface PrintedPart {
  pdf: Uint8Array;
  pages: number;
  /** Where the next part starts (an index into bodySegments), when this part was cut. */
  next: number | null;
}

/** Lays out body paragraphs [from, to) with Paged.js and prints them (cut before a clean page start unless `last`). */
async function printPart(
  page: Page,
  ed: EditionView,
  fonts: PrintFont[],
  from: number,
  to: number,
  pageOffset: number,
  last: boolean,
): Promise<PrintedPart> {
  const css = EDITION_PRINT_CSS + pdfPageCss(ed, { first: from === 0 });
  await page.setContent(renderEditionPage(ed, css, { part: { from, to } }), { waitUntil: 'load' });
  if (fonts.length > 0) {
    const faces = fonts.map((f) => ({ weight: f.weight, base64: Buffer.from(f.bytes).toString('base64') }));
    await page.evaluate(`(${ADD_FONTS})(${JSON.stringify(PRINT_FAMILY)}, ${JSON.stringify(faces)})`);
  }
  await page.evaluate(PREPARE);
  await page.addScriptTag({ content: pagedJs() });
  await page.waitForFunction('window.__pagedPages !== undefined', null, { timeout: PAGED_TIMEOUT_MS, polling: 100 });
  await page.evaluate(`(${FOLIO})(${pageOffset})`);
  const layout = (await page.evaluate(`(${FIND_CUT})(${last})`)) as Layout;
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    ...(layout.cut ? { pageRanges: `1-${layout.cut.keep}` } : {}),
  });
  if (!layout.cut) return { pdf, pages: layout.pages, next: null };
  const n = Number(layout.cut.id.slice(1));
  const next = bodySegments(ed).findIndex((s) => s.n === n);
  return { pdf, pages: layout.cut.keep, next: next > from ? next : null };
}

// Browser code is passed as text: a bundler's helpers (esbuild's __name) do not exist in the page.

/** Before Paged.js: fonts loaded; notes printable; links inside the edition dropped (in the joined PDF they would point into another part). */
const PREPARE = `(async () => {
  await document.fonts.ready;
  document.querySelectorAll('[popover]').forEach((el) => el.removeAttribute('popover'));
  document.querySelectorAll('a[href^="#"]').forEach((el) => el.removeAttribute('href'));
  window.PagedConfig = { auto: true, after: (flow) => { window.__pagedPages = flow.total; } };
})()`;

/** The print faces (subset, as base64) added to the page's fonts before anything is laid out. */
const ADD_FONTS = `async function addFonts(family, faces) {
  for (const f of faces) {
    const bin = atob(f.base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
    const face = new FontFace(family, bytes, { weight: String(f.weight) });
    document.fonts.add(await face.load());
  }
}`;

/** After Paged.js: the folio, continuing from the pages of the parts before. */
const FOLIO = `function folio(offset) {
  document.querySelectorAll('.pagedjs_page').forEach((page, i) => {
    const box = page.querySelector('.pagedjs_margin-bottom-center .pagedjs_margin-content');
    if (box) box.textContent = String(offset + i + 1);
  });
}`;

interface Layout {
  pages: number;
  cut: { keep: number; id: string } | null;
}

/**
 * After Paged.js: the last page (after the first) that starts with a whole paragraph pair and
 * carries no footnote from an earlier page; the part keeps the pages before it.
 */
const FIND_CUT = `function findCut(last) {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  if (last) return { pages: pages.length, cut: null };
  for (let i = pages.length - 1; i >= 1; i -= 1) {
    const content = pages[i].querySelector('.pagedjs_page_content');
    const first = content && content.querySelector('.ed-head, .ed-note, section');
    if (!first || !first.matches('section.pair') || first.hasAttribute('data-split-from') || !/^p\\d+$/.test(first.id)) continue;
    const notes = Array.from(pages[i].querySelectorAll('.pagedjs_footnote_inner_content [data-ref]'));
    const own = notes.every((x) => !x.hasAttribute('data-split-from') && content.querySelector('[data-footnote-call="' + x.dataset.ref + '"]'));
    if (own) return { pages: pages.length, cut: { keep: i, id: first.id } };
  }
  return { pages: pages.length, cut: null };
}`;

export async function printEditionPdf(ed: EditionView): Promise<Uint8Array> {
  const total = bodySegments(ed).length;
  const size = partParagraphs();
  // Every character the parts print: the whole edition's page (text, notes, index, credits) and its running heads.
  const fonts = await subsetPrintFonts(renderEditionPage(ed, pdfPageCss(ed, { first: false })) + ed.title.source + ed.title.target);
  let merged: PDFDocument | null = null;
  let from = 0;
  let printed = 0;
  for (;;) {
    const to = Math.min(total, from + size);
    const last = to >= total;
    // A fresh page per part: nothing of the previous part's layout stays in Chromium's memory.
    const part = await withChromiumPage(async (page) => {
      await page.emulateMedia({ media: 'print' }); // Paged.js lays out with the rules it prints with
      return printPart(page, ed, fonts, from, to, printed, last);
    });
    if (from === 0 && last) return part.pdf; // one part: Chromium's file as it is
    merged ??= await PDFDocument.create({ updateMetadata: false });
    const src = await PDFDocument.load(part.pdf, { updateMetadata: false });
    for (const p of await merged.copyPages(src, src.getPageIndices())) merged.addPage(p);
    printed += part.pages;
    if (last) break;
    from = part.next ?? to;
  }
  merged.setTitle(`${ed.title.source} · ${ed.title.target}`);
  merged.setLanguage(ed.sourceLang);
  merged.setCreator('Workbench');
  // No object streams: the page objects stay readable to simple tools (and to the tests' page count).
  return merged.save({ useObjectStreams: false });
}
