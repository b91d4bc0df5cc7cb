// Publish benchmark: a 2,000-paragraph edition (the fixture's paragraphs with names, marks and
// links, repeated). Budgets: web HTML + EPUB + DOCX + XLIFF + TMX together under 5 s; PDF under 30 s.
// Run: npx tsx --conditions=react-server bench/publish/run.ts   (PDF skipped when no Chromium)
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../../lib/formats/docx';
import { exportEditionMarkdown } from '../../lib/formats/edition-markdown';
import { buildEpub } from '../../lib/formats/epub';
import { EDITION_CSS } from '../../lib/publish/edition-css';
import { editionToTmx, editionToXliff } from '../../lib/publish/exchange';
import { longEdition } from '../../lib/publish/fixtures/edition';
import { renderEditionPage } from '../../lib/publish/render';
import { chromiumPath, printEditionPdf } from '../../lib/server/editions/print-pdf';

const PARAGRAPHS = 2000;
const BUDGET_MS = 5000;
const PDF_BUDGET_MS = 30_000;

async function main() {
  const ed = longEdition(PARAGRAPHS);
  const times: Record<string, number> = {};
  const sizes: Record<string, number> = {};
  const time = async (label: string, fn: () => unknown) => {
    const t0 = performance.now();
    const out = (await fn()) as string | Uint8Array;
    times[label] = performance.now() - t0;
    sizes[label] = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
  };
  const t0 = performance.now();
  await time('HTML', () => renderEditionPage(ed, EDITION_CSS, { toggle: true }));
  await time('EPUB', () => buildEpub(ed));
  await time('DOCX', () => buildDocx(ed));
  await time('XLIFF', () => editionToXliff(ed));
  await time('TMX', () => editionToTmx(ed));
  const total = performance.now() - t0;
  await time('Markdown', () => exportEditionMarkdown(ed, 'bilingual'));

  console.log(`Publish: ${PARAGRAPHS} paragraph pairs`);
  for (const [k, v] of Object.entries(times)) console.log(`  ${k.padEnd(9)} ${v.toFixed(0).padStart(6)} ms  ${(sizes[k]! / 1024).toFixed(0).padStart(6)} KiB`);
  console.log(`HTML + EPUB + DOCX + XLIFF + TMX: ${total.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
  if (total > BUDGET_MS) {
    console.log('OVER BUDGET');
    process.exitCode = 1;
  }

  if (!chromiumPath()) {
    console.log('PDF: skipped (no Chromium found)');
    return;
  }
  const p0 = performance.now();
  const pdf = await printEditionPdf(ed);
  const pdfMs = performance.now() - p0;
  console.log(`PDF: ${pdfMs.toFixed(0)} ms, ${(pdf.byteLength / 1024).toFixed(0)} KiB (budget ${PDF_BUDGET_MS} ms)`);
  if (pdfMs > PDF_BUDGET_MS) {
    console.log('PDF OVER BUDGET');
    process.exitCode = 1;
  }
}

void main();
