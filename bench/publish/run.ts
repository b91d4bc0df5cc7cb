// Publish benchmark: a 2,000-paragraph edition (the fixture's paragraphs with names, marks and
// links, repeated). Budgets: web HTML + EPUB + DOCX + XLIFF + TMX together under 5 s; PDF under 30 s.
// Then ten concurrent downloads of one edition's PDF through the server's queue (PdfQueue with the
// real printer, as download-edition.ts builds it, on an empty cache): Chromium must print it once,
// and the peak memory growth of this process and its Chromium (PSS of the process tree, sampled
// every 50 ms) must stay under 400 MB. The floor is one download alone, measured first.
// Run: npm run bench -- publish   (PDF skipped when no Chromium)
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../../lib/publish/docx';
import { exportEditionMarkdown } from '../../lib/publish/edition-markdown';
import { buildEpub } from '../../lib/publish/epub';
import { EDITION_CSS } from '../../lib/publish/edition-css';
import { editionToTmx, editionToXliff } from '../../lib/publish/exchange';
import { longEdition } from '../../lib/publish/fixtures/edition';
import { renderEditionPage } from '../../lib/publish/render';
import { chromiumPath, printEditionPdf } from '../../lib/server/editions/print-pdf';
import { PdfQueue } from '../../lib/server/editions/pdf-queue';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CONCURRENT = 10;
const PEAK_GROWTH_MB = 400;

/**
 * Memory (MB) of a process and its descendants: the sum of their PSS (proportional set size: a page
 * shared by Chromium's processes counts once, split among them; summing RSS would count the shared
 * libraries once per process). Linux /proc; 0 elsewhere.
 */
function treeRssMb(pid = process.pid): number {
  let kb = 0;
  const walk = (p: number) => {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) walk(Number(c));
      }
    } catch {
      /* exited */
    }
  };
  walk(pid);
  return kb / 1024;
}

/** `downloads` concurrent PDF downloads of one edition through a fresh queue with an empty cache. */
async function concurrentPdf(ed: ReturnType<typeof longEdition>, downloads: number) {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-pdf-'));
  let renders = 0;
  const queue = new PdfQueue({ render: (e) => ((renders += 1), printEditionPdf(e)), cacheDir, maxConcurrent: 2, maxQueue: 4 });
  const before = treeRssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb())), 50);
  const t0 = performance.now();
  try {
    const files = await Promise.all(Array.from({ length: downloads }, () => queue.get(ed)));
    const ms = performance.now() - t0;
    peak = Math.max(peak, treeRssMb());
    const identical = files.every((f) => f.byteLength === files[0]!.byteLength);
    return { ms, renders, growthMb: peak - before, identical, bytes: files[0]!.byteLength };
  } finally {
    clearInterval(sampler);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

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
  for (const [k, v] of Object.entries(times))
    console.log(`  ${k.padEnd(9)} ${v.toFixed(0).padStart(6)} ms  ${(sizes[k]! / 1024).toFixed(0).padStart(6)} KiB`);
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

  // A second edition (another id), so that neither run finds the other's PDF.
  const alone = await concurrentPdf({ ...ed, id: `${ed.id}-alone` }, 1);
  const many = await concurrentPdf({ ...ed, id: `${ed.id}-ten` }, CONCURRENT);
  console.log(`\nPDF downloads of one edition | renders | time | peak memory growth (PSS of process + Chromium)`);
  console.log(`  floor: 1 download         | ${alone.renders} | ${(alone.ms / 1000).toFixed(1)} s | ${alone.growthMb.toFixed(0)} MB`);
  console.log(
    `  ${CONCURRENT} at once               | ${many.renders} | ${(many.ms / 1000).toFixed(1)} s (${(many.ms / alone.ms).toFixed(2)}× floor) | ${many.growthMb.toFixed(0)} MB (${(many.growthMb / Math.max(alone.growthMb, 1)).toFixed(2)}× floor)`,
  );
  const pdfOk = many.renders === 1 && many.identical && many.growthMb < PEAK_GROWTH_MB;
  console.log(
    `${CONCURRENT} concurrent downloads: rendered ${many.renders}× (target 1), peak growth ${many.growthMb.toFixed(0)} MB (target < ${PEAK_GROWTH_MB} MB): ${pdfOk ? 'PASS' : 'FAIL'}`,
  );
  if (!pdfOk) process.exitCode = 1;
  process.exit();
}

void main();
