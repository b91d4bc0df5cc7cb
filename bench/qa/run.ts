// QA benchmark: every check over a 2,000-segment document built by repeating the fixture's
// English/Korean pairs (with its glossary). Budget: 500 ms. Run: npx tsx bench/qa/run.ts
import { performance } from 'node:perf_hooks';
import { runDocumentChecks } from '../../lib/qa/index';
import { fixtureSegments } from '../../lib/qa/fixtures/load-fixture';
import { FIXTURE_TERMS } from '../../lib/qa/fixtures/seeded-errors';
import type { QaSegment } from '../../lib/qa/types';

const SEGMENTS = 2000;
const BUDGET_MS = 500;

const pairs = fixtureSegments();
// Every 7th copy gets a double space and loses its final period, so issue building and the
// consistency check (same source, different target) are part of the figure.
const doc: QaSegment[] = Array.from({ length: SEGMENTS }, (_, i) => {
  const p = pairs[i % pairs.length]!;
  const targetText = i % 7 === 0 ? p.targetText.replace(' ', '  ').replace(/\.$/, '') : p.targetText;
  return { ...p, id: `s${i}`, targetText };
});

// One warm-up run so the figure measures the checks, not the JIT compiling them.
runDocumentChecks(doc.slice(0, pairs.length), { terms: FIXTURE_TERMS });

const runs: number[] = [];
let issues = 0;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const result = runDocumentChecks(doc, { terms: FIXTURE_TERMS });
  runs.push(performance.now() - t0);
  issues = result.reduce((n, s) => n + s.issues.length, 0);
}
const cold = runs[0]!;
const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
console.log(`QA: ${SEGMENTS} segments, ${FIXTURE_TERMS.length} terms, 11 checks`);
console.log(`first run ${cold.toFixed(1)} ms, median of ${runs.length} ${median.toFixed(1)} ms (budget ${BUDGET_MS} ms), ${issues} issues`);
if (cold > BUDGET_MS) {
  console.log('OVER BUDGET');
  process.exitCode = 1;
}
