// bench/load: segment-save throughput and latency through the real HTTP server, at 10 and 50
// concurrent editors: SQLite, PostgreSQL with one app instance, and PostgreSQL with two instances
// (two `next start` on two ports, one database, editors spread across them, two editors per segment
// so that saves race across instances). Each editor autosaves as fast as the server answers, with
// the version it got back (after a 409, the current one).
//
// Every figure comes with its floor, measured in the same run at the same concurrency:
// - HTTP floor: GET /api/health on the same server(s): a request through Next.js plus one database
//   query, the least any API request costs;
// - DB floor: a trivial UPDATE round trip (one row per editor, autocommit) straight from this
//   process, on as many connections as the app's pool(s) have (SQLite: one synchronous writer).
// Saves are reported as a ratio to both (saves/s ÷ floor/s; p95 ÷ floor p95).
// At the end every acknowledged save is looked up: its revision must exist with the text the editor
// sent, and each segment must hold its last acknowledged text (no lost save).
//
// The load generator uses node:http with keep-alive connections (one per editor, as browsers keep
// theirs): it shares the cores with the server, so it must cost as little CPU as it can.
// Targets (2 cores): SQLite ≥ 300 saves/s, p95 ≤ 50 ms at 10 editors; PostgreSQL (one instance)
// ≥ 400 saves/s, p95 ≤ 50 ms at 10 editors and ≥ 350 saves/s, p95 ≤ 200 ms at 50.
// Run: npm run bench -- load   (PostgreSQL from BENCH_PG_URL, default the local CI server; schema bench_load)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startApp } from '../_shared/start-app';
import { dbFloor, openChecker, type Ack } from './db-side';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 6) * 1000;
const FLOOR_MS = Number(process.env.BENCH_FLOOR_SECONDS ?? 3) * 1000;
const PG_URL =
  process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://workbench:workbench-ci@127.0.0.1:5432/workbench_test';
const CONCURRENCY = [10, 50];

async function seed(databaseUrl: string, segments: number) {
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
  const doc = await createDocument(owner, project.id, {
    title: 'Load',
    content: Array.from({ length: segments }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'),
    format: 'text',
  });
  const rows = await db.segment.findMany({
    where: { documentId: doc.id },
    orderBy: { position: 'asc' },
    select: { id: true, version: true },
  });
  await disconnect();
  return { token, segments: rows };
}

// CPU time (ms) used so far by a process and its descendants (Linux /proc): the app's CPU cost per
// save, a figure that, unlike throughput, does not depend much on what else the machine runs.
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
    } catch {
      /* exited, or not Linux */
    }
  };
  walk(pid);
  return total;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Reply = { status: number; body: { version?: number; error?: { current?: { version: number } } } };

function request(agent: http.Agent, port: number, method: string, url: string, token: string | null, payload?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    const req = http.request({ host: '127.0.0.1', port, method, path: url, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

interface Stats {
  n: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}
const stats = (latencies: number[], seconds: number): Stats => {
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    perSecond: latencies.length / seconds,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
};

/** `editors` loops of GET /api/health, spread over the ports, for FLOOR_MS. */
async function httpFloor(editors: number, ports: number[], pids: number[]): Promise<Stats & { cpuPerRequest: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: editors });
  const latencies: number[] = [];
  const end = Date.now() + FLOOR_MS;
  const cpu0 = pids.reduce((a, p) => a + treeCpuMs(p), 0);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: editors }, async (_, e) => {
      while (Date.now() < end) {
        const s = performance.now();
        const r = await request(agent, ports[e % ports.length]!, 'GET', '/api/health', null);
        if (r.status !== 200) throw new Error(`health answered ${r.status}`);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuPerRequest = (pids.reduce((a, p) => a + treeCpuMs(p), 0) - cpu0) / latencies.length;
  agent.destroy();
  return { ...stats(latencies, seconds), cpuPerRequest };
}

interface Seg {
  id: string;
  version: number;
}

/** Editor e saves segment e % segments.length through ports[e % ports.length]. */
async function saves(editors: number, token: string, segments: Seg[], ports: number[], pids: number[], acks: Ack[]) {
  const latencies: number[] = [];
  let conflicts = 0;
  let errors = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: editors });
  const end = Date.now() + DURATION_MS;
  const cpu0 = pids.reduce((a, p) => a + treeCpuMs(p), 0);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: editors }, async (_, e) => {
      const seg = segments[e % segments.length]!;
      let i = 0;
      while (Date.now() < end) {
        const s = performance.now();
        const text = `편집자 ${e}의 ${++i}번째 저장 (${editors})`;
        const res = await request(
          agent,
          ports[e % ports.length]!,
          'PATCH',
          `/api/v1/segments/${seg.id}`,
          token,
          JSON.stringify({ target: text, version: seg.version }),
        );
        latencies.push(performance.now() - s);
        if (res.status === 200) {
          seg.version = res.body.version!;
          acks.push({ segmentId: seg.id, version: seg.version, text });
        } else if (res.status === 409) {
          conflicts += 1;
          seg.version = res.body.error!.current!.version;
        } else errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuPerSave = (pids.reduce((a, p) => a + treeCpuMs(p), 0) - cpu0) / latencies.length;
  agent.destroy();
  return { ...stats(latencies, seconds), conflicts, errors, cpuPerSave };
}

const ratio = (a: number, b: number) => (b < 0.01 ? 'n/a' : `${(a / b).toFixed(2)}×`);

async function benchConfig(label: string, databaseUrl: string, instances: number, env?: Record<string, string>) {
  const shared = instances > 1; // two editors per segment, on different instances
  const { token, segments } = await seed(databaseUrl, 50);
  const ports = Array.from({ length: instances }, (_, i) => PORT + i);
  const servers: ChildProcess[] = [];
  const acks: Ack[] = [];
  const checker = await openChecker(databaseUrl);
  const rows: string[] = [];
  const results: { editors: number; perSecond: number; p95: number; errors: number }[] = [];
  try {
    for (const [i, port] of ports.entries()) servers.push(await startApp({ port, databaseUrl, serveOnly: i > 0, env }));
    const pids = servers.map((s) => s.pid!);
    await saves(
      10,
      token,
      segments.map((s) => ({ ...s })),
      ports,
      pids,
      [],
    ); // warm-up (its saves are not checked)
    for (const s of segments) s.version = await checker.version(s.id);
    for (const editors of CONCURRENCY) {
      const segs = shared ? segments.slice(0, Math.ceil(editors / 2)) : segments.slice(0, editors);
      const http = await httpFloor(editors, ports, pids);
      const db = await dbFloor(databaseUrl, editors, instances, FLOOR_MS);
      const r = await saves(editors, token, segs, ports, pids, acks);
      results.push({ editors, perSecond: r.perSecond, p95: r.p95, errors: r.errors });
      rows.push(
        `| ${editors} | ${r.n} | **${r.perSecond.toFixed(0)}** | ${r.p50.toFixed(1)} | **${r.p95.toFixed(1)}** | ${r.p99.toFixed(1)} | ${r.conflicts} | ${r.errors} | ${r.cpuPerSave.toFixed(2)} (${ratio(r.cpuPerSave, http.cpuPerRequest)}) ` +
          `| ${http.perSecond.toFixed(0)} / ${http.p95.toFixed(1)} | ${ratio(r.perSecond, http.perSecond)} / ${ratio(r.p95, http.p95)} ` +
          `| ${db.perSecond.toFixed(0)} / ${db.p95.toFixed(2)} | ${ratio(r.perSecond, db.perSecond)} / ${ratio(r.p95, db.p95)} |`,
      );
    }
  } finally {
    for (const s of servers) s.kill('SIGTERM');
  }
  const lost = await checker.lostSaves(acks);
  await checker.close();
  console.log(`\n${label}`);
  console.log(
    '| editors | saves | saves/s | p50 ms | p95 ms | p99 ms | 409s | errors | app CPU ms/save (÷ HTTP floor request) | HTTP floor: req/s / p95 ms | saves ÷ HTTP floor: rate / p95 | DB floor: UPDATE/s / p95 ms | saves ÷ DB floor: rate / p95 |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  console.log(
    `acknowledged saves checked: ${acks.length}; lost or altered: ${lost.length}${lost.length ? ` (first: ${JSON.stringify(lost[0])})` : ''}`,
  );
  return { results, lost: lost.length };
}

async function pgReachable(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS bench_load CASCADE');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  console.log(`bench/load: ${DURATION_MS / 1000} s of saves per row (floors ${FLOOR_MS / 1000} s each), editors autosaving over HTTP`);
  const file = path.join(root, 'data/bench/load.db');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const verdicts: string[] = [];
  let ok = true;
  const check = (name: string, r: { perSecond: number; p95: number } | undefined, rate: number, p95: number) => {
    if (!r) return;
    const pass = r.perSecond >= rate && r.p95 <= p95;
    ok &&= pass;
    verdicts.push(
      `${name}: ${r.perSecond.toFixed(0)} saves/s, p95 ${r.p95.toFixed(1)} ms (target ≥ ${rate}, ≤ ${p95} ms): ${pass ? 'PASS' : 'FAIL'}`,
    );
  };
  const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgresql,postgresql-2').split(',');
  if (engines.includes('sqlite')) {
    const s = await benchConfig('SQLite, one instance', `file:${file}`, 1);
    check(
      'SQLite, 10 editors',
      s.results.find((r) => r.editors === 10),
      300,
      50,
    );
    ok &&= s.lost === 0 && s.results.every((r) => r.errors === 0);
  }
  const pgUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=bench_load`;
  if (engines.some((e) => e.startsWith('postgresql')) && !(await pgReachable(PG_URL))) {
    console.log(`\nPostgreSQL: skipped (${PG_URL.replace(/:[^:@/]*@/, ':…@')} does not answer; set BENCH_PG_URL)`);
  } else {
    if (engines.includes('postgresql')) {
      const p = await benchConfig('PostgreSQL, one instance', pgUrl, 1);
      check(
        'PostgreSQL, 10 editors',
        p.results.find((r) => r.editors === 10),
        400,
        50,
      );
      check(
        'PostgreSQL, 50 editors',
        p.results.find((r) => r.editors === 50),
        350,
        200,
      );
      ok &&= p.lost === 0 && p.results.every((r) => r.errors === 0);
    }
    if (engines.includes('postgresql-prisma')) {
      // The baseline: every save through Prisma (the path before issue #20), same server, same run.
      await pgReachable(PG_URL);
      await benchConfig('PostgreSQL, one instance, saves through Prisma (FAST_SAVE=0: the baseline before #20)', pgUrl, 1, {
        FAST_SAVE: '0',
      });
    }
    if (engines.includes('postgresql-2')) {
      await pgReachable(PG_URL); // a fresh schema
      const p2 = await benchConfig('PostgreSQL, two instances (editors alternate between them; two editors per segment)', pgUrl, 2);
      ok &&= p2.lost === 0 && p2.results.every((r) => r.errors === 0);
    }
  }
  console.log('');
  for (const v of verdicts) console.log(v);
  console.log(ok ? 'bench/load: all targets met, no lost save, no error' : 'bench/load: a target was missed (see above)');
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
