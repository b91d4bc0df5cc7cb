// Pre-translation throughput: 1,000 paragraphs through the local DeepL stand-in answering each
// request after 100 ms, with the job's own concurrency (4). Prints wall time, requests, and the
// ratio to the lower bound ceil(requests / concurrency) × latency (target ≤ 1.5×); then the same with
// 20 % of requests answered 429, checking that no segment is lost or written twice.
// Run: npx tsx --conditions=react-server bench/pretranslate/run.ts   (uses data/bench-pretranslate.db)
//      BENCH_PG_URL=postgresql://… npx tsx …   runs it on PostgreSQL instead (in a schema of its own,
//      dropped at the end). Exits non-zero when the target is missed or a segment is lost or doubled.
import { rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';

const DB = 'data/bench-pretranslate.db';
const PG_URL = process.env.BENCH_PG_URL;
const PG_SCHEMA = `bench_pretranslate_${Date.now().toString(36)}`;
if (PG_URL) {
  process.env.DATABASE_URL = PG_URL;
  process.env.DATABASE_SCHEMA = PG_SCHEMA;
} else {
  for (const s of ['', '-wal', '-shm']) rmSync(DB + s, { force: true });
  process.env.DATABASE_URL = `file:./${DB}`;
}
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

  const source = readFileSync('e2e/fixtures/korean-peninsula-a-to-z.en.txt', 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const content = Array.from({ length: PARAGRAPHS }, (_, i) => `${source[i % source.length]} (${i})`).join('\n\n');
  // The stand-in runs in its own process, as DeepL is remote: its CPU time must not be charged
  // to the job's event loop.
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/deepl-server.ts', '--port', String(port), '--latency-ms', String(LATENCY_MS), '--quiet'],
    { stdio: 'ignore' },
  );
  process.on('exit', () => child.kill()); // also when the bench fails: never leave the stand-in running
  const control = async (patch?: object) =>
    (await (
      await fetch(
        `http://127.0.0.1:${port}/__control`,
        patch ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) } : {},
      )
    ).json()) as { stats: { translateRequests: number; injectedFailures: number; maxConcurrent: number; billedCharacters: number } };
  for (let i = 0; ; i += 1) {
    try {
      await control();
      break;
    } catch {
      if (i > 100) throw new Error('the DeepL stand-in did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const server = {
    url: `http://127.0.0.1:${port}`,
    setMode: (m: object) => control(m),
    stats: null as unknown as Awaited<ReturnType<typeof control>>['stats'],
  };
  process.env.DEEPL_AUTH_KEY = 'test-key';
  process.env.DEEPL_SERVER_URL = server.url;

  let ok = true;
  console.log(`database: ${PG_URL ? `PostgreSQL (schema ${PG_SCHEMA})` : 'SQLite'}`);
  async function run(label: string, failRate: number) {
    const p = await seedProject(content);
    await server.setMode({ reset: true, resetStats: true, failRate, failStatus: 429, seed: 11 });
    const config = {
      authKey: 'test-key',
      serverUrl: server.url,
      concurrency: CONCURRENCY,
      retry: { attempts: 10, baseMs: 100, maxMs: 2000 },
      timeoutMs: 30_000,
    };
    // The runner's default poll interval, as in the app: start() looks for work at once.
    const runner = new JobRunner({ handlers: { pretranslate: createPretranslateHandler({ deepl: () => config }) } });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const {
      jobId,
      estimatedCharacters,
      requests: planned,
    } = await startPretranslate(p.users.OWNER, p.documentId, { scope: 'empty', dryRun: false });
    runner.start();
    // Wait on the runner itself rather than polling the job row: a query every few ms (and a runner
    // polling every 10 ms) would run on the job's own event loop and be charged to the job.
    while (!runner.activeJobIds.includes(jobId!)) await new Promise((r) => setTimeout(r, 1));
    await runner.idle();
    const wall = performance.now() - t0;
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId! } });
    const cpu = process.cpuUsage(c0);
    await runner.stop();
    server.stats = (await control()).stats;
    const requests = server.stats.translateRequests;
    const bound = Math.ceil(requests / CONCURRENCY) * LATENCY_MS;
    const revs = await db.segmentRevision.groupBy({
      by: ['segmentId'],
      where: { segment: { documentId: p.documentId }, action: 'mt' },
      _count: { _all: true },
    });
    const translated = await db.segment.count({ where: { documentId: p.documentId, origin: 'MT', state: 'DRAFT' } });
    const dup = revs.filter((r) => r._count._all > 1).length;
    console.log(`${label}: job ${job.state}, ${job.done}/${job.total} segments, wall ${(wall / 1000).toFixed(2)} s`);
    console.log(
      `  requests ${requests} (${planned} planned, ${server.stats.injectedFailures} answered 429), max in flight ${server.stats.maxConcurrent}, billed ${server.stats.billedCharacters.toLocaleString('en')} chars (estimate ${estimatedCharacters.toLocaleString('en')})`,
    );
    console.log(
      `  lower bound ceil(${requests}/${CONCURRENCY}) × ${LATENCY_MS} ms = ${(bound / 1000).toFixed(2)} s → ratio ${(wall / bound).toFixed(2)}×${failRate === 0 ? (wall / bound <= 1.5 ? ' (target ≤ 1.5×: met)' : ' (target ≤ 1.5×: MISSED)') : ''}`,
    );
    // The wall time depends on what else the (shared) machine runs; the CPU time much less so.
    console.log(
      `  CPU of this process during the run ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)}, system ${(cpu.system / 1e6).toFixed(2)})`,
    );
    console.log(`  segments translated ${translated}/${PARAGRAPHS}, lost ${PARAGRAPHS - revs.length}, written twice ${dup}`);
    if (job.state !== 'done' || translated !== PARAGRAPHS || revs.length !== PARAGRAPHS || dup > 0) ok = false;
    if (failRate === 0 && wall / bound > 1.5) ok = false;
  }

  await run('1,000 paragraphs, 100 ms per request', 0);
  await run('same with 20 % of requests answered 429', 0.2);
  child.kill();
  await disconnect();
  if (PG_URL) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${PG_SCHEMA}" CASCADE`);
    await client.end();
    process.exit(ok ? 0 : 1); // the event bus's LISTEN connection stays open
  }
  for (const s of ['', '-wal', '-shm']) rmSync(DB + s, { force: true });
  if (!ok) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
