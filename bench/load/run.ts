// bench/load: segment-save throughput and latency through the real HTTP server, at 10 and 50
// concurrent editors, on SQLite (and on PostgreSQL when BENCH_PG_URL or TEST_DATABASE_URL is set).
// Each editor autosaves its own segment as fast as the server answers, with the version it got back.
// The load generator uses node:http with keep-alive connections (one per editor, as browsers keep
// theirs): it shares the 2 cores with the server, so it must cost as little CPU as it can (fetch()
// costs several times more per request).
// Target on SQLite on 2 cores: at least 300 saves/s with p95 ≤ 50 ms.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startApp } from '../_shared/start-app';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const base = `http://127.0.0.1:${PORT}`;

async function seed(databaseUrl: string, editors: number) {
  process.env.DATABASE_URL = databaseUrl;
  const { migrate } = await import('../../lib/server/db/migrate');
  await migrate();
  const { createUser } = await import('../../lib/server/auth/create-user');
  const { createApiToken } = await import('../../lib/server/auth/api-tokens');
  const { createProject } = await import('../../lib/server/projects/create-project');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const { db, disconnect } = await import('../../lib/server/db/client');
  const owner = await createUser({ email: `load-${Date.now()}@example.test`, password: 'load-pass-2026' });
  const { token } = await createApiToken(owner, 'load');
  const project = await createProject(owner, { name: 'Load', sourceLang: 'en', targetLang: 'ko' });
  const doc = await createDocument(owner, project.id, { title: 'Load', content: Array.from({ length: editors }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'), format: 'text' });
  const segments = await db.segment.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' }, select: { id: true, version: true } });
  await disconnect();
  return { token, segments };
}

// CPU time (ms) used so far by a process and its descendants (Linux /proc), to report the server's
// CPU cost per save: a figure that, unlike throughput, does not depend on what else the machine runs.
function treeCpuMs(pid: number): number {
  let total = 0;
  const walk = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12])) * 10; // utime + stime in 10 ms ticks
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) walk(Number(c));
      }
    } catch { /* exited, or not Linux */ }
  };
  walk(pid);
  return total;
}

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Reply = { status: number; body: { version?: number; error?: { current?: { version: number } } } };

function patch(agent: http.Agent, segmentId: string, token: string, payload: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: PORT, method: 'PATCH', path: `/api/v1/segments/${segmentId}`, agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function run(editors: number, token: string, segments: { id: string; version: number }[], serverPid: number) {
  const latencies: number[] = [];
  let conflicts = 0;
  let errors = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: editors });
  const end = Date.now() + DURATION_MS;
  const cpu0 = treeCpuMs(serverPid);
  const t0 = performance.now();
  await Promise.all(segments.slice(0, editors).map(async (seg, e) => {
    let version = seg.version;
    let i = 0;
    while (Date.now() < end) {
      const s = performance.now();
      const res = await patch(agent, seg.id, token, JSON.stringify({ target: `편집자 ${e}의 ${++i}번째 저장`, version }));
      latencies.push(performance.now() - s);
      if (res.status === 200) version = res.body.version!;
      else if (res.status === 409) { conflicts += 1; version = res.body.error!.current!.version; }
      else errors += 1;
    }
    seg.version = version;
  }));
  const seconds = (performance.now() - t0) / 1000;
  const serverCpuPerSave = (treeCpuMs(serverPid) - cpu0) / latencies.length;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { editors, saves: latencies.length, perSecond: latencies.length / seconds, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), conflicts, errors, serverCpuPerSave };
}

async function benchEngine(label: string, databaseUrl: string) {
  const { token, segments } = await seed(databaseUrl, 50);
  const server = await startApp({ port: PORT, databaseUrl });
  const results = [];
  try {
    await run(10, token, segments.map((s) => ({ ...s })), server.pid!); // warm-up
    for (const editors of [10, 50]) results.push(await run(editors, token, segments, server.pid!));
  } finally {
    server.kill('SIGTERM');
  }
  console.log(`\n${label}`);
  console.log('  editors  saves   saves/s   p50 ms  p95 ms  p99 ms  409s  errors  server CPU ms/save');
  for (const r of results) {
    console.log(`  ${String(r.editors).padStart(7)} ${String(r.saves).padStart(6)} ${r.perSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${String(r.conflicts).padStart(5)} ${String(r.errors).padStart(7)} ${r.serverCpuPerSave.toFixed(2).padStart(19)}`);
  }
  return results;
}

async function main() {
  console.log(`bench/load: ${DURATION_MS / 1000} s per run, each editor autosaving its own segment over HTTP`);
  const file = path.join(root, 'data/bench/load.db');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const sqlite = await benchEngine('SQLite', `file:${file}`);
  const pg = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL;
  if (pg) await benchEngine('PostgreSQL', pg);
  else console.log('\nPostgreSQL: skipped (set BENCH_PG_URL=postgresql://…)');
  const s10 = sqlite.find((r) => r.editors === 10)!;
  const ok = s10.perSecond >= 300 && s10.p95 <= 50 && sqlite.every((r) => r.errors === 0);
  console.log(`\nSQLite target (≥ 300 saves/s, p95 ≤ 50 ms at 10 editors): ${s10.perSecond.toFixed(0)} saves/s, p95 ${s10.p95.toFixed(1)} ms: ${ok ? 'PASS' : 'FAIL'}`);
  if (!ok) process.exitCode = 1;
}

void main();
