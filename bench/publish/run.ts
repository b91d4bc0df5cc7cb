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
import { noteOn } from '../../lib/publish/fixtures/notes';
import { renderEditionPage } from '../../lib/publish/render';
import { chromiumPath, partParagraphs, printEditionPdf } from '../../lib/server/editions/print-pdf';
import type { EditionView } from '../../lib/publish/snapshot';
import { PdfQueue } from '../../lib/server/editions/pdf-queue';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CONCURRENT = 10;
const PEAK_GROWTH_MB = 400;

/**
 * Memory (MB) of this process and of its descendants (Chromium's browser, zygote, renderer, GPU and
 * utility processes: Playwright starts Chromium as a child of Node, and Chromium forks the rest),
 * as the sum of their PSS (proportional set size: a page shared by Chromium's processes counts once,
 * split among them; summing RSS would count the shared libraries once per process). Linux /proc; 0
 * elsewhere.
 */
function treeMb(pid = process.pid): { node: number; chromium: number; processes: number } {
  const out = { node: 0, chromium: 0, processes: 0 };
  const walk = (p: number) => {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      const mb = (m ? Number(m[1]) : 0) / 1024;
      if (p === pid) out.node += mb;
      else out.chromium += mb;
      out.processes += 1;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) walk(Number(c));
      }
    } catch {
      /* exited */
    }
  };
  walk(pid);
  return out;
}

/** `downloads` concurrent PDF downloads of one edition through a fresh queue with an empty cache. */
async function concurrentPdf(ed: ReturnType<typeof longEdition>, downloads: number) {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-pdf-'));
  let renders = 0;
  const queue = new PdfQueue({ render: (e) => ((renders += 1), printEditionPdf(e)), cacheDir, maxConcurrent: 2, maxQueue: 4 });
  const before = treeMb();
  const peak = { total: 0, node: 0, chromium: 0, processes: 0 };
  const sample = () => {
    const m = treeMb();
    peak.total = Math.max(peak.total, m.node + m.chromium - before.node - before.chromium);
    peak.node = Math.max(peak.node, m.node - before.node);
    peak.chromium = Math.max(peak.chromium, m.chromium - before.chromium);
    peak.processes = Math.max(peak.processes, m.processes);
  };
  const sampler = setInterval(sample, 50);
  const t0 = performance.now();
  try {
    const files = await Promise.all(Array.from({ length: downloads }, () => queue.get(ed)));
    const ms = performance.now() - t0;
    sample();
    const identical = files.every((f) => f.byteLength === files[0]!.byteLength);
    return { ms, renders, growthMb: peak.total, peak, identical, bytes: files[0]!.byteLength };
  } finally {
    clearInterval(sampler);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Reader notes on both sides of every twelfth paragraph (the PDF prints them as footnotes). */
function withNotes(ed: EditionView): EditionView {
  const notes = ed.segments
    .filter((seg) => seg.n % 12 === 1)
    .flatMap((seg) => [
      noteOn(
        ed,
        seg.n,
        'source',
        'Seoul',
        `Seoul: the capital of South Korea (note on paragraph ${seg.n}), long enough to run over one line at the foot of the page.`,
      ),
      noteOn(ed, seg.n, 'target', '서울', `서울: 대한민국의 수도(${seg.n}번 문단의 주).`),
    ]);
  return { ...ed, notes };
}

/** BENCH_PUBLISH_PARAGRAPHS for a quick probe; the figures in bench/README are for 2,000. */
const PARAGRAPHS = Number(process.env.BENCH_PUBLISH_PARAGRAPHS) || 2000;
const BUDGET_MS = 5000;
const PDF_BUDGET_MS = 30_000;

async function main() {
  const ed = withNotes(longEdition(PARAGRAPHS));
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
  const pdfPages =
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0;
  console.log(
    `PDF: ${pdfMs.toFixed(0)} ms, ${(pdf.byteLength / 1024).toFixed(0)} KiB, ${pdfPages} pages, ${ed.notes?.length ?? 0} footnotes, printed in parts of ${partParagraphs()} paragraphs (budget ${PDF_BUDGET_MS} ms)`,
  );
  if (pdfMs > PDF_BUDGET_MS) {
    console.log('PDF OVER BUDGET');
    process.exitCode = 1;
  }

  // A second edition (another id), so that neither run finds the other's PDF.
  const alone = await concurrentPdf({ ...ed, id: `${ed.id}-alone` }, 1);
  const many = await concurrentPdf({ ...ed, id: `${ed.id}-ten` }, CONCURRENT);
  const mb = (r: typeof alone) => `${r.growthMb.toFixed(0)} MB (Node ${r.peak.node.toFixed(0)}, Chromium ${r.peak.chromium.toFixed(0)})`;
  console.log(`\nPDF downloads of one edition | renders | time | peak memory growth, PSS of Node + Chromium (peak of each)`);
  console.log(`  floor: 1 download         | ${alone.renders} | ${(alone.ms / 1000).toFixed(1)} s | ${mb(alone)}`);
  console.log(
    `  ${CONCURRENT} at once               | ${many.renders} | ${(many.ms / 1000).toFixed(1)} s (${(many.ms / alone.ms).toFixed(2)}× floor) | ${mb(many)} (${(many.growthMb / Math.max(alone.growthMb, 1)).toFixed(2)}× floor)`,
  );
  console.log(`  processes in the tree at the peak: ${many.peak.processes}`);
  const pdfOk = many.renders === 1 && many.identical && many.growthMb < PEAK_GROWTH_MB;
  console.log(
    `${CONCURRENT} concurrent downloads: rendered ${many.renders}× (target 1), peak growth ${many.growthMb.toFixed(0)} MB (target < ${PEAK_GROWTH_MB} MB): ${pdfOk ? 'PASS' : 'FAIL'}`,
  );
  if (!pdfOk) process.exitCode = 1;
  process.exit();
}

void main();
