// bench/bulk: one long write must not stall everybody (issue #18 row 8). Through the real HTTP server
// (SQLite, data/bench/bulk.db), a 10,000-bead alignment apply and then a 10,000-segment replace
// run while a probe calls /api/health and saves another user's segment, back to back with a 10 ms
// gap. The floor is the same probe with nothing else running, measured first in the same run. The
// baseline is the same scenario on a second server with slicing turned off (WRITE_SLICE_MS=Infinity:
// one transaction for the apply, no pauses), i.e. the behaviour before issue #18.
// Target: p95 ≤ 200 ms for both probes while the slow request runs (sliced server).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startApp } from '../_shared/start-app';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3918);
const N = Number(process.env.BENCH_SEGMENTS ?? 10_000);
const TARGET_P95_MS = 200;

async function seed(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { migrate } = await import('../../lib/server/db/migrate');
  await migrate();
  const { createUser } = await import('../../lib/server/auth/create-user');
  const { createApiToken } = await import('../../lib/server/auth/api-tokens');
  const { createProject } = await import('../../lib/server/projects/create-project');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const { addMember } = await import('../../lib/server/projects/manage-members');
  const { db, disconnect } = await import('../../lib/server/db/client');
  const owner = await createUser({ email: `bulk-owner-${Date.now()}@example.test`, password: 'bulk-pass-2026' });
  const other = await createUser({ email: `bulk-other-${Date.now()}@example.test`, password: 'bulk-pass-2026' });
  const project = await createProject(owner, { name: 'Bulk', sourceLang: 'en', targetLang: 'ko' });
  await addMember(owner, project.id, { email: other.email, role: 'TRANSLATOR' });
  const long = await createDocument(owner, project.id, { title: 'Long report', content: Array.from({ length: N }, (_, i) => `Paragraph ${i + 1} of the long report.`).join('\n\n'), format: 'text' });
  const small = await createDocument(owner, project.id, { title: 'Small', content: 'One paragraph.', format: 'text' });
  const segment = await db.segment.findFirstOrThrow({ where: { documentId: small.id }, select: { id: true, version: true } });
  const result = { ownerToken: (await createApiToken(owner, 'bulk')).token, otherToken: (await createApiToken(other, 'bulk')).token, longId: long.id, segment };
  await disconnect();
  return result;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function scenario(label: string, port: number, sliceMs: string): Promise<number> {
  const file = path.join(root, `data/bench/bulk-${port}.db`);
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const databaseUrl = `file:${file}`;
  const seeded = await seed(databaseUrl);
  process.env.WRITE_SLICE_MS = sliceMs;
  const server = await startApp({ port, databaseUrl });
  const base = `http://127.0.0.1:${port}`;
  console.log(`── ${label} (WRITE_SLICE_MS=${sliceMs})`);
  let version = seeded.segment.version;
  const auth = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
  const health = async () => {
    const t = performance.now();
    const r = await fetch(`${base}/api/health`);
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`health ${r.status}`);
    return performance.now() - t;
  };
  const save = async () => {
    const t = performance.now();
    const r = await fetch(`${base}/api/v1/segments/${seeded.segment.id}`, { method: 'PATCH', headers: auth(seeded.otherToken), body: JSON.stringify({ target: `저장 ${version}`, version }) });
    const body = (await r.json()) as { version: number };
    if (!r.ok) throw new Error(`save ${r.status} ${JSON.stringify(body)}`);
    version = body.version;
    return performance.now() - t;
  };
  /** Probes until `until` settles (or for `ms` when given a number). */
  const probe = async (until: Promise<unknown> | number) => {
    const h: number[] = [];
    const s: number[] = [];
    let done = false;
    const end = typeof until === 'number' ? Date.now() + until : 0;
    if (typeof until !== 'number') void until.finally(() => (done = true)).catch(() => undefined);
    while (!done && (end === 0 || Date.now() < end)) {
      h.push(await health());
      s.push(await save());
      await new Promise((r) => setTimeout(r, 10));
    }
    return { h, s };
  };
  const line = (name: string, r: { h: number[]; s: number[] }, floor?: { h: number[]; s: number[] }) => {
    const ratio = (a: number, b: number) => (floor ? ` (${(a / Math.max(b, 0.1)).toFixed(1)}× floor)` : '');
    const hp = pct(r.h, 95);
    const sp = pct(r.s, 95);
    console.log(`${name.padEnd(24)} n=${String(r.h.length).padStart(4)}  health p50 ${pct(r.h, 50).toFixed(0)} p95 ${hp.toFixed(0)} max ${Math.max(...r.h).toFixed(0)} ms${ratio(hp, floor ? pct(floor.h, 95) : 0)}  |  save p50 ${pct(r.s, 50).toFixed(0)} p95 ${sp.toFixed(0)} max ${Math.max(...r.s).toFixed(0)} ms${ratio(sp, floor ? pct(floor.s, 95) : 0)}`);
    return Math.max(hp, sp);
  };
  let worst = 0;
  try {
    const floor = await probe(3000);
    line('floor (nothing else)', floor);

    let t = performance.now();
    const beads = Array.from({ length: N }, (_, i) => ({ source: [i], text: `긴 보고서의 ${i + 1}번째 문단.` }));
    const apply = fetch(`${base}/api/v1/documents/${seeded.longId}/alignment/apply`, { method: 'POST', headers: auth(seeded.ownerToken), body: JSON.stringify({ beads }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const duringApply = await probe(apply);
    const applied = await apply;
    console.log(`apply ${N} beads: ${applied.status}, ${applied.body.applied} applied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    worst = Math.max(worst, line('during the apply', duringApply, floor));

    t = performance.now();
    const replace = fetch(`${base}/api/v1/documents/${seeded.longId}/replace`, { method: 'POST', headers: auth(seeded.ownerToken), body: JSON.stringify({ find: '문단', replace: '단락', dryRun: false }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const duringReplace = await probe(replace);
    const replaced = await replace;
    console.log(`replace over ${N} segments: ${replaced.status}, ${replaced.body.applied?.length} applied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    worst = Math.max(worst, line('during the replace', duringReplace, floor));
  } finally {
    server.kill('SIGTERM');
  }
  return worst;
}

async function main() {
  const baseline = await scenario('baseline: no slicing (before #18)', PORT + 1, 'Infinity');
  const worst = await scenario('sliced writes', PORT, '20');
  const ok = worst <= TARGET_P95_MS;
  console.log(`${ok ? 'PASS' : 'FAIL'}: worst p95 while a slow request runs ${worst.toFixed(0)} ms (baseline ${baseline.toFixed(0)} ms; target ≤ ${TARGET_P95_MS} ms)`);
  process.exit(ok ? 0 : 1);
}

void main();
