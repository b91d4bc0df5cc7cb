// Pre-translation throughput: 1,000 paragraphs through the local DeepL stand-in answering each
// request after 100 ms, with the job's own concurrency (4). Prints wall time, requests, and the
// ratio to the lower bound ceil(requests / concurrency) × latency (target ≤ 1.5×); then the same with
// 20 % of requests answered 429, checking that no segment is lost or written twice.
// Run: npx tsx --conditions=react-server bench/pretranslate/run.ts   (uses data/bench-pretranslate.db)
import { rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';

const DB = 'data/bench-pretranslate.db';
for (const s of ['', '-wal', '-shm']) rmSync(DB + s, { force: true });
process.env.DATABASE_URL = `file:./${DB}`;
process.env.JOB_RUNNER = 'off'; // the bench runs its own runner

const PARAGRAPHS = 1000;
const LATENCY_MS = 100;
const CONCURRENCY = 4;

async function main() {
  const { migrate } = await import('../../lib/server/db/migrate');
  const { db, disconnect } = await import('../../lib/server/db/client');
  const { seedProject } = await import('../../lib/server/testing/factories');
  const { JobRunner } = await import('../../lib/server/jobs/runner');
  const { createPretranslateHandler } = await import('../../lib/server/pretranslate/run-pretranslate');
  const { startPretranslate } = await import('../../lib/server/pretranslate/start-pretranslate');
  await migrate();

  const source = readFileSync('e2e/fixtures/korean-peninsula-a-to-z.en.txt', 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const content = Array.from({ length: PARAGRAPHS }, (_, i) => `${source[i % source.length]} (${i})`).join('\n\n');
  // The stand-in runs in its own process, as DeepL is remote: its CPU time must not be charged
  // to the job's event loop.
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deepl-server.ts', '--port', String(port), '--latency-ms', String(LATENCY_MS), '--quiet'], { stdio: 'ignore' });
  const control = async (patch?: object) => (await (await fetch(`http://127.0.0.1:${port}/__control`, patch ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) } : {})).json()) as { stats: { translateRequests: number; injectedFailures: number; maxConcurrent: number; billedCharacters: number } };
  for (let i = 0; ; i += 1) {
    try {
      await control();
      break;
    } catch {
      if (i > 100) throw new Error('the DeepL stand-in did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const server = { url: `http://127.0.0.1:${port}`, setMode: (m: object) => control(m), stats: null as unknown as Awaited<ReturnType<typeof control>>['stats'] };
  process.env.DEEPL_AUTH_KEY = 'test-key';
  process.env.DEEPL_SERVER_URL = server.url;

  async function run(label: string, failRate: number) {
    const p = await seedProject(content);
    await server.setMode({ reset: true, resetStats: true, failRate, failStatus: 429, seed: 11 });
    const config = { authKey: 'test-key', serverUrl: server.url, concurrency: CONCURRENCY, retry: { attempts: 10, baseMs: 100, maxMs: 2000 }, timeoutMs: 30_000 };
    const runner = new JobRunner({ handlers: { pretranslate: createPretranslateHandler({ deepl: () => config }) }, pollMs: 10 });
    const t0 = performance.now();
    const { jobId, estimatedCharacters, requests: planned } = await startPretranslate(p.users.OWNER, p.documentId, { scope: 'empty', dryRun: false });
    runner.start();
    let job;
    for (;;) {
      job = await db.job.findUniqueOrThrow({ where: { id: jobId! } });
      if (!['queued', 'running'].includes(job.state)) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const wall = performance.now() - t0;
    await runner.stop();
    server.stats = (await control()).stats;
    const requests = server.stats.translateRequests;
    const bound = Math.ceil(requests / CONCURRENCY) * LATENCY_MS;
    const revs = await db.segmentRevision.groupBy({ by: ['segmentId'], where: { segment: { documentId: p.documentId }, action: 'mt' }, _count: { _all: true } });
    const translated = await db.segment.count({ where: { documentId: p.documentId, origin: 'MT', state: 'DRAFT' } });
    const dup = revs.filter((r) => r._count._all > 1).length;
    console.log(`${label}: job ${job.state}, ${job.done}/${job.total} segments, wall ${(wall / 1000).toFixed(2)} s`);
    console.log(`  requests ${requests} (${planned} planned, ${server.stats.injectedFailures} answered 429), max in flight ${server.stats.maxConcurrent}, billed ${server.stats.billedCharacters.toLocaleString('en')} chars (estimate ${estimatedCharacters.toLocaleString('en')})`);
    console.log(`  lower bound ceil(${requests}/${CONCURRENCY}) × ${LATENCY_MS} ms = ${(bound / 1000).toFixed(2)} s → ratio ${(wall / bound).toFixed(2)}×${failRate === 0 ? (wall / bound <= 1.5 ? ' (target ≤ 1.5×: met)' : ' (target ≤ 1.5×: MISSED)') : ''}`);
    console.log(`  segments translated ${translated}/${PARAGRAPHS}, lost ${PARAGRAPHS - revs.length}, written twice ${dup}`);
  }

  await run('1,000 paragraphs, 100 ms per request', 0);
  await run('same with 20 % of requests answered 429', 0.2);
  child.kill();
  await disconnect();
  for (const s of ['', '-wal', '-shm']) rmSync(DB + s, { force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
