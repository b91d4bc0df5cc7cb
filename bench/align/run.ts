// Paragraph aligner benchmark: strict/lax F1 (Vecalign's definitions), time and memory of align()
// and the Gale–Church baseline on synthetic English–Korean documents of 100, 1,000 and 5,000
// paragraphs (see make-docs.ts). Run: npx tsx bench/align/run.ts
//
// Each (aligner, size) is measured in a fresh child process, because peak RSS (getrusage maxrss)
// only ever grows: a fresh process is the only honest way to see one aligner's peak. Reported:
//   time    median of several runs after one warm-up run (JIT), wall clock, and the CPU time of
//           the same runs (user + system): on a busy machine wall time includes waiting for a core;
//   peak Δ  peak RSS during the run minus RSS just before it (upper bound: includes GC slack);
//   alloc   heap + ArrayBuffer growth across one run with no GC forced (what it allocated and still
//           held when it returned, typed arrays included).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { align } from '../../lib/align/align';
import { scoreAlignment, type AlignmentScores } from '../../lib/align/bead-metrics';
import { galeChurch } from '../../lib/align/gale-church';
import type { Bead } from '../../lib/align/types';
import { makeDocPair } from './make-docs';

const SIZES = [100, 1000, 5000];
const SEED = 20190820;
const ALIGNERS: Record<string, (s: string[], t: string[]) => Bead[]> = {
  align: (s, t) => align(s, t),
  'gale-church': (s, t) => galeChurch(s, t),
};

interface WorkerResult {
  aligner: string;
  size: number;
  target: number;
  ops: Record<string, number>;
  scores: AlignmentScores;
  timesMs: number[];
  cpuMs: number[];
  peakDeltaMb: number;
  allocMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

function worker(name: string, size: number): WorkerResult {
  const run = ALIGNERS[name];
  const doc = makeDocPair(size, SEED + size);
  run(makeDocPair(50, 1).source, makeDocPair(50, 1).target); // warm-up on a small pair
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const rssBefore = before.rss;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const beads = run(doc.source, doc.target);
  const first = performance.now() - t0;
  const cpuMs = [cpu() - c0];
  const after = process.memoryUsage();
  // ru_maxrss is in kilobytes on Linux.
  const peakDeltaMb = mb(process.resourceUsage().maxRSS * 1024 - rssBefore);
  const allocMb = mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers);
  const timesMs = [first];
  const repeats = size >= 5000 && name === 'gale-church' ? 1 : 4;
  for (let r = 1; r < repeats; r++) {
    gc?.();
    const c = cpu();
    const t = performance.now();
    run(doc.source, doc.target);
    timesMs.push(performance.now() - t);
    cpuMs.push(cpu() - c);
  }
  return {
    aligner: name,
    size,
    target: doc.target.length,
    ops: doc.ops,
    scores: scoreAlignment(doc.gold, beads),
    timesMs,
    cpuMs,
    peakDeltaMb,
    allocMb,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function main(): void {
  const rows: WorkerResult[] = [];
  for (const size of SIZES) {
    for (const name of Object.keys(ALIGNERS)) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', __filename, '--worker', name, String(size)],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      rows.push(JSON.parse(out) as WorkerResult);
    }
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`Seed ${SEED}; Korean side perturbed at ~10% of positions (merge/split/delete/insert).`);
  const load = os.loadavg()[0].toFixed(1);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${load}\n`);
  console.log('| paragraphs (en→ko) | perturbations m/s/d/i | aligner     | strict P | strict R | strict F1 | lax F1 | wall ms (median) | CPU ms (median) | peak RSS Δ MB | alloc MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const o = r.ops;
    console.log(
      `| ${r.size} → ${r.target} | ${o.merge}/${o.split}/${o.delete}/${o.insert} | ${r.aligner.padEnd(11)} | ${f(r.scores.precisionStrict)} | ${f(r.scores.recallStrict)} | ${f(r.scores.f1Strict)} | ${f(r.scores.f1Lax)} | ${median(r.timesMs).toFixed(0)} (${r.timesMs.length} runs) | ${median(r.cpuMs).toFixed(0)} | ${r.peakDeltaMb.toFixed(1)} | ${r.allocMb.toFixed(1)} |`,
    );
  }
}

const w = process.argv.indexOf('--worker');
if (w >= 0) {
  process.stdout.write(JSON.stringify(worker(process.argv[w + 1], Number(process.argv[w + 2]))));
} else {
  main();
}
