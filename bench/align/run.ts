// Paragraph aligner benchmark. Run: npx tsx bench/align/run.ts [--quick] [--time-only]
// 1. Quality: strict/lax F1 (Vecalign's definitions, bead-metrics.ts) of align() and of the
//    Gale–Church baseline, in the same run, on three sets (see make-docs.ts): "old" (sentences of
//    parallel-sentences.tsv), "tune" and "heldout" (hand-written news, news/README.md), at
//    100 (5 documents pooled), 1,000 (2) and 5,000 (1) paragraphs, 10% and 20% of the Korean
//    positions perturbed; then F1 per bead kind (perturb.ts), how the confidence separates wrong
//    links from right ones at the "check" mark, and F1 of the sentence links inside beads.
// 2. Time: align() alone at 5k, 20k and 50k paragraphs, each in a fresh child process (peak RSS only
//    ever grows), with a floor measured in the same process: one pass computing every paragraph's
//    length (the least any aligner must do). Time per paragraph must not grow with size.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { align } from '../../lib/align/align';
import { scoreAlignment } from '../../lib/align/bead-metrics';
import { CHECK_MARK } from '../../lib/align/confidence';
import { charLength } from '../../lib/align/features';
import { galeChurch } from '../../lib/align/gale-church';
import type { Bead } from '../../lib/align/types';
import { makeDocPair, makeNewsDocPair, type DocPair } from './make-docs';
import { KINDS } from './perturb';
import { confidenceSplit, pool, scoreByKind, type Pooled } from './scoring';
import { scoreSentenceLinks } from './sentence-links';

const SEED = 20190820;
const QUICK = process.argv.includes('--quick');
const SETS = ['old', 'tune', 'heldout'] as const;
type SetName = (typeof SETS)[number];
const SIZES: [number, number][] = QUICK
  ? [
      [100, 5],
      [1000, 2],
    ]
  : [
      [100, 5],
      [1000, 2],
      [5000, 1],
    ];
const LARGEST = Math.max(...SIZES.map(([size]) => size));
const RATES = [0.1, 0.2];
const TIME_SIZES = [5000, 20000, 50000];

function makeDoc(set: SetName, size: number, seed: number, rate: number): DocPair {
  return set === 'old' ? makeDocPair(size, seed, rate) : makeNewsDocPair(set, size, seed, rate);
}

const ALIGNERS = {
  align: (s, t) => align(s, t),
  'gale-church': (s, t) => galeChurch(s, t),
} satisfies Record<string, (s: string[], t: string[]) => Bead[]>;
type AlignerName = keyof typeof ALIGNERS;
const ALIGNER_NAMES = Object.keys(ALIGNERS) as AlignerName[];

const f = (x: number) => x.toFixed(3);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function quality(): void {
  console.log('## Quality (strict P / R / F1, lax F1; ratio = align strict F1 ÷ Gale–Church strict F1)\n');
  console.log(
    '| set | perturbed | paragraphs (docs) | m/s/d/i | align strict P | R | strict F1 | lax F1 | G–C strict F1 | G–C lax F1 | ratio |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const kindRows: string[] = [];
  const confRows: string[] = [];
  for (const set of SETS) {
    for (const rate of RATES) {
      const perKind = new Map<string, Map<number, string>>();
      for (const [size, docs] of SIZES) {
        const pooled: Record<AlignerName, Pooled> = { align: { gold: [], test: [] }, 'gale-church': { gold: [], test: [] } };
        const ops = { merge: 0, split: 0, delete: 0, insert: 0 };
        for (let d = 0; d < docs; d++) {
          const doc = makeDoc(set, size, SEED + size * 7 + d * 101 + Math.round(rate * 1000), rate);
          for (const k of Object.keys(ops) as (keyof typeof ops)[]) ops[k] += doc.ops[k];
          for (const name of ALIGNER_NAMES) pool(pooled[name], doc.gold, ALIGNERS[name](doc.source, doc.target));
        }
        const a = scoreAlignment(pooled.align.gold, pooled.align.test);
        const g = scoreAlignment(pooled['gale-church'].gold, pooled['gale-church'].test);
        console.log(
          `| ${set} | ${rate * 100}% | ${size} (×${docs}) | ${ops.merge}/${ops.split}/${ops.delete}/${ops.insert} | ${f(a.precisionStrict)} | ${f(a.recallStrict)} | **${f(a.f1Strict)}** | ${f(a.f1Lax)} | ${f(g.f1Strict)} | ${f(g.f1Lax)} | ${(a.f1Strict / g.f1Strict).toFixed(3)} |`,
        );
        const ak = scoreByKind(pooled.align);
        const gk = scoreByKind(pooled['gale-church']);
        for (const [kind, v] of ak) {
          if (!perKind.has(kind)) perKind.set(kind, new Map());
          const gs = gk.get(kind);
          perKind.get(kind)!.set(size, `${f(v.f1)} (n=${v.n}) · G–C ${gs ? f(gs.f1) : '–'}`);
        }
        if (size === LARGEST) {
          const c = confidenceSplit(pooled.align, CHECK_MARK);
          confRows.push(
            `| ${set} | ${rate * 100}% | ${size} | ${c.wrongLow} of ${c.wrong} (${pct(c.wrongLow, c.wrong)}) | ${c.rightLow} of ${c.right} (${pct(c.rightLow, c.right)}) |`,
          );
        }
      }
      for (const kind of KINDS) {
        const row = perKind.get(kind);
        if (!row) continue;
        kindRows.push(`| ${set} | ${rate * 100}% | ${kind} | ${SIZES.map(([s]) => row.get(s) ?? '–').join(' | ')} |`);
      }
    }
  }
  console.log(
    '\n## Strict F1 of align per bead kind (gold beads of that kind, 1:0 and 0:1 included, against the output beads touching them), Gale–Church beside\n',
  );
  console.log(`| set | perturbed | kind | ${SIZES.map(([s]) => `${s} paragraphs`).join(' | ')} |`);
  console.log(`|---|---|---|${SIZES.map(() => '---|').join('')}`);
  for (const r of kindRows) console.log(r);
  console.log(`\n## Confidence: output links scoring under the "check" mark (${CHECK_MARK})\n`);
  console.log('| set | perturbed | paragraphs | wrong links under the mark | right links under the mark |');
  console.log('|---|---|---|---|---|');
  for (const r of confRows) console.log(r);
}

function sentences(): void {
  console.log("\n## Sentence links inside paragraph beads (alignSentences; gold: the sets' sentence pairs)\n");
  console.log('| set | paragraphs (skipped) | gold links | strict P | strict R | strict F1 | lax F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const set of ['tune', 'heldout'] as const) {
    const r = scoreSentenceLinks(set, QUICK ? 300 : 2000, SEED + 3);
    const s = r.scores;
    console.log(
      `| ${set} | ${r.paragraphs} (${r.skipped}) | ${r.links} | ${f(s.precisionStrict)} | ${f(s.recallStrict)} | **${f(s.f1Strict)}** | ${f(s.f1Lax)} |`,
    );
  }
}

interface TimeResult {
  size: number;
  target: number;
  wallMs: number[];
  cpuMs: number;
  floorMs: number;
  peakMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

function timeWorker(size: number): TimeResult {
  const doc = makeNewsDocPair('tune', size, SEED + size, 0.1);
  align(makeNewsDocPair('tune', 200, 1).source, makeNewsDocPair('tune', 200, 1).target); // JIT warm-up
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const t0f = performance.now();
  let sink = 0;
  for (const p of doc.source) sink += charLength(p);
  for (const p of doc.target) sink += charLength(p);
  const floorMs = performance.now() - t0f + (sink < 0 ? 1 : 0);
  const cpu0 = process.cpuUsage();
  const wallMs: number[] = [];
  for (let r = 0; r < (size >= 50000 ? 1 : 3); r++) {
    const t = performance.now();
    align(doc.source, doc.target);
    wallMs.push(performance.now() - t);
  }
  const u = process.cpuUsage(cpu0);
  return {
    size,
    target: doc.target.length,
    wallMs,
    cpuMs: (u.user + u.system) / 1000 / wallMs.length,
    floorMs,
    peakMb: mb(process.resourceUsage().maxRSS * 1024),
    // peak is the whole process (documents, code and all), not a delta: the 300 MB budget is for one process.
  };
}

function timing(): void {
  console.log('\n## Time and memory of align() alone (tune set, 10% perturbed, fresh process per size)\n');
  console.log(
    '| paragraphs (en→ko) | wall ms (min) | CPU ms (mean) | wall µs per source paragraph | CPU µs per source paragraph | floor ms (length pass) | ratio to floor | peak RSS MB (whole process) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const size of QUICK ? [5000] : TIME_SIZES) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--time-worker', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const r = JSON.parse(out) as TimeResult;
    const wall = Math.min(...r.wallMs);
    console.log(
      `| ${r.size} → ${r.target} | ${wall.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${((1000 * wall) / r.size).toFixed(1)} | ${((1000 * r.cpuMs) / r.size).toFixed(1)} | ${r.floorMs.toFixed(1)} | ${(wall / r.floorMs).toFixed(0)}× | ${r.peakMb.toFixed(0)} |`,
    );
  }
}

const w = process.argv.indexOf('--time-worker');
if (w >= 0) {
  process.stdout.write(JSON.stringify(timeWorker(Number(process.argv[w + 1]))));
} else {
  const [load1 = 0] = os.loadavg();
  const load = load1.toFixed(1);

  console.log(
    `Seed ${SEED}; node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${load}\n`,
  );
  if (!process.argv.includes('--time-only')) {
    quality();
    sentences();
  }
  timing();
}
