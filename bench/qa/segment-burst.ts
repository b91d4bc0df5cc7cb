// Segment QA under many editors on one long document: every save asks for its segment's QA, which
// runs the document checks over the whole document (seconds of CPU at 2,000 distinct paragraphs).
// EDITORS requests arrive together, ROUNDS times; printed: the time until all are answered, the
// slowest answer and the worker tasks run, with the requests of one document answered together
// (qa-runner.ts, as the server does) and apart (each its own task, as before), in the same process.
// Run: `node --conditions=react-server --import tsx bench/qa/segment-burst.ts` (about a minute).
import { performance } from 'node:perf_hooks';
import { checkSegment, qaTasksSent, startQaWorker } from '../../lib/server/qa/qa-runner';
import { mixedDocument } from './mixed-document';

const EDITORS = Number(process.env.EDITORS ?? 10);
const ROUNDS = 3;

async function burst(doc: ReturnType<typeof mixedDocument>['segments'], together: boolean, round: number) {
  const tasks = qaTasksSent();
  const t0 = performance.now();
  const slowest = await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      const s = doc[(e * 197 + round * 31) % doc.length]!;
      await checkSegment(
        { ...s, targetText: `${s.targetText} ` },
        { documentSegments: doc, options: { locale: 'ko' } },
        together ? 'doc' : `doc-${e}`,
      );
      return performance.now() - t0;
    }),
  );
  return { all: performance.now() - t0, slowest: Math.max(...slowest), tasks: qaTasksSent() - tasks };
}

async function main() {
  startQaWorker();
  const doc = mixedDocument(2000).segments;
  await checkSegment(doc[0]!, { documentSegments: doc }, 'warm');
  const rows: Record<string, { all: number; tasks: number }[]> = { together: [], apart: [] };
  for (let r = 0; r < ROUNDS; r++)
    for (const mode of r % 2 ? (['apart', 'together'] as const) : (['together', 'apart'] as const))
      rows[mode]!.push(await burst(doc, mode === 'together', r));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${EDITORS} segment QA requests at once on ${doc.length} segments, median of ${ROUNDS} bursts:`);
  for (const [mode, xs] of Object.entries(rows))
    console.log(
      `  ${mode.padEnd(8)} all answered in ${(med(xs.map((x) => x.all)) / 1000).toFixed(2)} s, ${med(xs.map((x) => x.tasks))} worker tasks`,
    );
  const ratio = med(rows.apart!.map((x) => x.all)) / med(rows.together!.map((x) => x.all));
  console.log(`  apart / together: ×${ratio.toFixed(1)}`);
  process.exit(0);
}

void main();
