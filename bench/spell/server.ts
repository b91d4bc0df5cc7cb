// The server path of the spelling check (lib/server/spell): the Hunspell worker judging the words of
// a 2,000-segment document cold, then the same document from the cache, and how long the main
// thread was blocked meanwhile (a timer every 10 ms measures its lateness): the worker keeps the
// event loop free. Run: npx tsx --conditions=react-server bench/spell/server.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureSegments } from '../../lib/qa/fixtures/load-fixture';
import { riceSegments } from '../../lib/qa/testing/load';
import { CHECK_IDS, runDocumentChecks, type QaSegment } from '../../lib/qa';
import { knownWords, passesWithoutDictionary } from '../../lib/spell/filters';
import { spellTokens } from '../../lib/spell/tokenise';
import { cachedVerdict, prepareVerdicts, waitForSpeller } from '../../lib/server/spell/speller';

function news(file: string): QaSegment[] {
  return readFileSync(path.join(__dirname, '../align/news', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l, i) => {
      const [, en, ko] = l.split('\t');
      return { id: `n${i}`, sourceText: en ?? '', targetText: ko ?? '', state: 'TRANSLATED' };
    });
}

async function main() {
  let t = performance.now();
  const ok = await waitForSpeller(60_000);
  console.log(`worker ready: ${ok} in ${(performance.now() - t).toFixed(0)} ms`);
  const base = [...news('tune.tsv'), ...news('heldout.tsv'), ...fixtureSegments(), ...riceSegments()];
  const doc: QaSegment[] = Array.from({ length: 2000 }, (_, i) => ({ ...base[i % base.length]!, id: `d${i}` }));
  const known = knownWords(doc.map((s) => s.sourceText));
  const words = doc.flatMap((s) =>
    spellTokens(s.targetText)
      .filter((tk) => !passesWithoutDictionary(s.targetText, tk, known))
      .map((tk) => tk.word),
  );
  // Timer lateness while idle (the floor: machine load) and while the worker judges the document.
  const lateness = async (work: () => Promise<unknown>) => {
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 10);
      last = now;
    }, 10);
    await work();
    clearInterval(timer);
    return worst;
  };
  const idle = await lateness(() => new Promise((r) => setTimeout(r, 3000)));
  t = performance.now();
  const worst = await lateness(() => prepareVerdicts(words, 600_000));
  const cold = performance.now() - t;
  const spelling = { known, verdict: cachedVerdict };
  t = performance.now();
  await prepareVerdicts(words, 1500);
  const hit = performance.now() - t;
  const only = ['spelling'];
  const all = [...CHECK_IDS]; // every check, so that only spelling runs below
  t = performance.now();
  const issues = runDocumentChecks(doc, { spelling, options: { disabledChecks: all.filter((c) => !only.includes(c)) } }).reduce(
    (n, r) => n + r.issues.length,
    0,
  );
  const check = performance.now() - t;
  // The registry's own cost with every check off (its document-wide preparation), for the ratio.
  t = performance.now();
  runDocumentChecks(doc, { spelling, options: { disabledChecks: all } });
  const none = performance.now() - t;
  t = performance.now();
  let floor = 0;
  for (const s of doc) floor += s.targetText.split(/\s+/).length;
  const floorMs = performance.now() - t;
  void floor; // read, so the loop is not optimised away
  console.log(`2,000 segments, ${words.length} words to judge (${new Set(words).size} distinct):`);
  console.log(
    `  cold (worker: dictionary, compounds, suggestions): ${(cold / 1000).toFixed(1)} s; main thread blocked at most ${worst.toFixed(0)} ms meanwhile (idle floor: ${idle.toFixed(0)} ms)`,
  );
  console.log(
    `  cache hit (every verdict known): ${hit.toFixed(1)} ms; the check itself over the document: ${check.toFixed(0)} ms (${issues} issues; the registry with every check off: ${none.toFixed(0)} ms); floor (split into words) ${floorMs.toFixed(1)} ms`,
  );
  process.exit(0);
}

void main();
