// bench/editor: the translation editor in headless Chromium (Playwright) on documents of 2,000 and
// 10,000 paragraphs, seeded through the services into a fresh SQLite database.
// Figures: time from navigation to the first rows being ready to type (the active segment's editor
// mounted and focused), cold (first load) and warm (median of 3 reloads); the size of the page and
// of the segments JSON; scrolling the list from top to bottom one viewport per frame with a
// PerformanceObserver on long tasks.
// Targets: ready ≤ 1.0 s (2,000) and ≤ 1.5 s (10,000), warm; no long task over 100 ms while scrolling.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startApp } from '../_shared/start-app';
import { chromium } from '@playwright/test';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3902);
const base = `http://127.0.0.1:${PORT}`;
const DB = path.join(root, 'data/bench-editor.db');
const PASSWORD = 'bench-pass-2026';
const SIZES = [2_000, 10_000];
const TARGET_READY_MS: Record<number, number> = { 2000: 1000, 10000: 1500 };
const LONG_TASK_LIMIT_MS = 100;

const SENTENCES = [
  'Seoul and Pyongyang test the waters after months of silence along the border.',
  'Analysts say the *talks* could resume before the end of the year, officials said on Monday.',
  'Kwon Jong-gun, a senior official, told reporters that the ceasefire line remained quiet.',
  'The World Food Programme (WFP) said 10.7 million people needed assistance in 2024.',
];

function paragraphs(n: number): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}. ${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 1) % SENTENCES.length]}`).join('\n\n');
}

async function seed() {
  for (const s of ['', '-wal', '-shm']) rmSync(DB + s, { force: true });
  process.env.DATABASE_URL = `file:${DB}`;
  const { migrate } = await import('../../lib/server/db/migrate');
  await migrate();
  const { createUser } = await import('../../lib/server/auth/create-user');
  const { createProject } = await import('../../lib/server/projects/create-project');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const { db, disconnect } = await import('../../lib/server/db/client');
  const owner = await createUser({ email: 'bench-editor@example.test', password: PASSWORD, name: 'Bench' });
  const project = await createProject(owner, { name: 'Editor bench', sourceLang: 'en', targetLang: 'ko' });
  await db.term.createMany({ data: [
    { projectId: project.id, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
    { projectId: project.id, source: 'ceasefire line', target: '정전선' },
    { projectId: project.id, source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE' },
  ] });
  const docs: Record<number, string> = {};
  for (const n of SIZES) {
    const started = Date.now();
    const doc = await createDocument(owner, project.id, { title: `Bench ${n}`, content: paragraphs(n), format: 'text' });
    docs[n] = doc.id;
    console.log(`seeded ${n.toLocaleString('en')} paragraphs in ${Date.now() - started} ms`);
  }
  await disconnect();
  return docs;
}

// Runs in the page before any script: records when the active editor is mounted and focused, and
// every long task. A string, not a function: tsx would wrap named inner functions in a helper the
// page does not have.
const INIT = `
  window.__longTasks = [];
  try {
    new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  var check = function () {
    var el = document.querySelector('[data-testid="segment-editor"]');
    if (el && document.activeElement === el && window.__readyAt === undefined) window.__readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  document.addEventListener('focusin', check, true);
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const docs = await seed();
  const server = await startApp({ port: PORT, databaseUrl: `file:${DB}` });
  const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  let missed = false;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript({ content: INIT });
    const signIn = await context.request.post(`${base}/api/v1/auth/session`, { data: { email: 'bench-editor@example.test', password: PASSWORD } });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
    const page = await context.newPage();
    let segmentsBytes = 0;
    let segmentsMs = 0;
    let htmlBytes = 0;
    page.on('response', async (r) => {
      const url = r.url();
      if (/\/segments(\?|$)/.test(url)) {
        segmentsBytes = (await r.body().catch(() => Buffer.alloc(0))).length;
        const t = r.request().timing();
        segmentsMs = t.responseEnd - t.requestStart;
      }
      else if (/\/documents\/[^/?]+(\?.*)?$/.test(url) && r.request().resourceType() === 'document') htmlBytes = (await r.body().catch(() => Buffer.alloc(0))).length;
    });

    // Warm the build's JS into the browser cache on the small document first.
    await page.goto(`${base}/documents/${docs[SIZES[0]!]}`);
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, { timeout: 60_000 });

    console.log('\n| paragraphs | ready, first load | ready, warm (median of 3) | target | HTML | segments JSON (time) | rows in DOM | scroll: frames | long tasks > 100 ms | longest task |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const n of SIZES) {
      const times: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        await page.goto(`${base}/documents/${docs[n]}`);
        await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, { timeout: 60_000 });
        times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
      }
      const [first, ...warm] = times;
      const ready = median(warm);
      const rows = await page.locator('[data-segment-id]').count();

      // Scroll top to bottom, one viewport per frame.
      const scroll = await page.evaluate(async () => {
        const w = window as unknown as { __longTasks: number[] };
        const el = document.querySelector('[data-testid="segment-scroll"]') as HTMLElement;
        await new Promise((r) => setTimeout(r, 300));
        w.__longTasks = [];
        let frames = 0;
        const started = performance.now();
        while (el.scrollTop + el.clientHeight < el.scrollHeight - 2 && performance.now() - started < 120_000) {
          el.scrollTop += el.clientHeight;
          frames += 1;
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
        await new Promise((r) => setTimeout(r, 300));
        const lastRow = document.querySelector('[data-segment-id]:last-of-type');
        return { frames, ms: performance.now() - started, longTasks: [...w.__longTasks], reachedEnd: !!lastRow };
      });
      const over = scroll.longTasks.filter((d) => d > LONG_TASK_LIMIT_MS);
      const longest = scroll.longTasks.length ? Math.max(...scroll.longTasks) : 0;
      const okReady = ready <= TARGET_READY_MS[n]!;
      if (!okReady || over.length) missed = true;
      console.log(`| ${n.toLocaleString('en')} | ${first!.toFixed(0)} ms | ${ready.toFixed(0)} ms ${okReady ? '✓' : '✗'} | ≤ ${TARGET_READY_MS[n]} ms | ${(htmlBytes / 1024).toFixed(0)} KiB | ${(segmentsBytes / 1024).toFixed(0)} KiB (${segmentsMs.toFixed(0)} ms) | ${rows} | ${scroll.frames} in ${(scroll.ms / 1000).toFixed(1)} s | ${over.length} ${over.length ? '✗' : '✓'} | ${longest.toFixed(0)} ms |`);
    }
    await context.close();
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  console.log(missed ? '\nbench/editor: a target was missed' : '\nbench/editor: all targets met');
  process.exit(missed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
