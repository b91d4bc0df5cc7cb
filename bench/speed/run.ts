// Speed of the pure parts on 2,000-paragraph documents: the figures that unit tests used to assert
// as wall-clock limits (a loaded CI machine made those flaky, and a limit inside a unit test is not a
// measurement). Each figure is the best of three runs after a warm-up, beside its target and the
// floor measured in the same run: splitting the same text on blank lines (the least any paragraph
// pass must do). Run: npm run bench -- speed
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { align } from '../../lib/align/align';
import { importDocument } from '../../lib/formats/import';
import { createMentionMatcher, type MentionTerm } from '../../lib/names/mentions';
import { acronymsCheck } from '../../lib/qa/acronyms';
import { ctxFor, seg } from '../../lib/qa/testing';

const pairs = readFileSync('bench/align/parallel-sentences.tsv', 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t') as [string, string]);
const N = 2000;
const en = Array.from({ length: N }, (_, k) => `${pairs[(2 * k) % pairs.length]![0]} ${pairs[(2 * k + 1) % pairs.length]![0]}`);
const ko = Array.from({ length: N }, (_, k) => `${pairs[(2 * k) % pairs.length]![1]} ${pairs[(2 * k + 1) % pairs.length]![1]}`);
for (let k = 1900; k > 0; k -= 100) {
  ko.splice(k, 1);
  ko.splice(k - 50, 0, ko[(k * 7) % N]!);
}

async function best(fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return Math.min(...runs);
}

async function main(): Promise<number> {
  const text = en.join('\n\n');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const floor = await best(() => new TextDecoder().decode(utf8(text)).split(/\n{2,}/));

  const terms: MentionTerm[] = Array.from({ length: 200 }, (_, i) =>
    i % 4 === 0
      ? { source: `Kim Jong-${String.fromCharCode(97 + (i % 26))}${i}`, target: `김${i}`, kind: 'NAME' }
      : { source: `term number ${i}`, target: `용어${i}`, kind: 'TERM' },
  );
  const mentionParas = en.map((p, i) => `${p} Also term number ${i % 200} and Kim said.`);
  const matcher = createMentionMatcher(terms);
  const capitals = 'AB CD '.repeat(2000);

  const rows: { what: string; ms: number; target: number }[] = [
    { what: 'align 2,000 paragraphs (19 deletions, 19 insertions)', ms: await best(() => align(en, ko)), target: 2000 },
    {
      what: 'import 2,000 paragraphs of plain text',
      ms: await best(() => importDocument({ bytes: utf8(text), format: 'text' })),
      target: 1000,
    },
    {
      what: 'import 2,000 paragraphs of Markdown',
      ms: await best(() =>
        importDocument({
          bytes: utf8(en.map((p, i) => (i % 50 === 0 ? `## ${p}` : i % 3 === 0 ? `- **${p}**` : p)).join('\n\n')),
          format: 'markdown',
        }),
      ),
      target: 1000,
    },
    {
      what: 'import 2,000 paragraphs of HTML',
      ms: await best(() =>
        importDocument({
          bytes: utf8(`<html><body>${en.map((p) => `<p>${p} <em>em</em> <a href="/x">link</a></p>`).join('\n')}</body></html>`),
          format: 'html',
        }),
      ),
      target: 1000,
    },
    {
      what: 'find 200 glossary terms in 2,000 paragraphs',
      ms: await best(() => mentionParas.forEach((p) => matcher.find(p))),
      target: 200,
    },
    {
      what: 'acronym check on 12,000 characters of capitals',
      ms: await best(() => acronymsCheck.run([seg(capitals, capitals)], ctxFor())),
      target: 1000,
    },
  ];

  console.log(`floor: split 2,000 paragraphs on blank lines ${floor.toFixed(1)} ms`);
  let missed = 0;
  for (const r of rows) {
    const ok = r.ms <= r.target;
    if (!ok) missed += 1;
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${r.what}: ${r.ms.toFixed(1)} ms (target ${r.target} ms, ${(r.ms / r.target).toFixed(2)} of it; ${(r.ms / Math.max(floor, 0.01)).toFixed(0)}× the floor)`,
    );
  }
  return missed;
}

void main().then((missed) => process.exit(missed ? 1 : 0));
