// Translation-memory lookup benchmark: 10,000 units built from the demo article and the e2e fixture
// (sentences recombined and varied), then 1,000 lookups (exact, near and unrelated sources) with
// the default 75 % threshold. Target: one lookup under 20 ms. Run: npx tsx bench/tm/run.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TmIndex, type TmEntry } from '../../lib/tm/tm-index';

const UNITS = 10_000;
const LOOKUPS = 1_000;
const TARGET_MS = 20;

const text = ['prisma/seed/demo-article.en.txt', 'e2e/fixtures/korean-peninsula-a-to-z.en.txt']
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n\n');
const sentences = text
  .split(/(?<=[.!?])\s+|\n+/)
  .map((s) => s.trim())
  .filter((s) => s.split(/\s+/).length >= 5);
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const words = [...new Set(text.split(/[^A-Za-z]+/).filter((w) => w.length > 3))];
const vary = (s: string) =>
  s
    .split(' ')
    .map((w) => (rnd() < 0.12 ? words[Math.floor(rnd() * words.length)]! : w))
    .join(' ');

const entries: TmEntry[] = [];
for (let i = 0; i < UNITS; i += 1) {
  const a = sentences[Math.floor(rnd() * sentences.length)]!;
  const b = rnd() < 0.5 ? ` ${sentences[Math.floor(rnd() * sentences.length)]!}` : '';
  entries.push({
    id: `u${i}`,
    source: vary(a + b),
    target: `번역 ${i}`,
    prevSource: sentences[i % sentences.length],
    createdAt: new Date(1_700_000_000_000 + i),
  });
}

const t0 = performance.now();
const index = new TmIndex(entries);
const buildMs = performance.now() - t0;

const queries: string[] = [];
for (let i = 0; i < LOOKUPS; i += 1) {
  const r = rnd();
  const e = entries[Math.floor(rnd() * entries.length)]!;
  queries.push(
    r < 0.3
      ? e.source
      : r < 0.8
        ? vary(e.source)
        : `Completely new text number ${i} about ${words[i % words.length]} and ${words[(i * 7) % words.length]}.`,
  );
}
const times: number[] = [];
let hits = 0;
for (const q of queries) {
  const s = performance.now();
  const m = index.lookup(q, { prev: 'x' });
  times.push(performance.now() - s);
  if (m.length > 0) hits += 1;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(`TM lookup: ${UNITS.toLocaleString('en')} units, ${LOOKUPS} lookups (${hits} with matches ≥ 75 %)`);
console.log(`  index build  ${buildMs.toFixed(0)} ms (once per project, rebuilt when the memory changes)`);
console.log(
  `  p50 ${pct(50).toFixed(2)} ms   p95 ${pct(95).toFixed(2)} ms   p99 ${pct(99).toFixed(2)} ms   max ${times.at(-1)!.toFixed(2)} ms`,
);
console.log(`  target < ${TARGET_MS} ms per lookup: ${pct(95) < TARGET_MS ? 'met' : 'MISSED'} (p95)`);
