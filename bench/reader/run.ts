// Sentence links in the web edition, measured on the hand-written held-out news set of the alignment
// bench (bench/align/news/heldout.tsv: wire copy, commentary and interviews written and translated by
// hand; see its README). A paragraph is a run of 1–5 consecutive sentence pairs of one story, so the
// gold counterpart of each English sentence is the Korean of its row (a row's Korean may hold two
// sentences where the translator split one). We score what a reader sees: hovering the English of a
// row must highlight exactly the Korean of that row (and the reverse).
//   edition: lib/publish/sentence-marks.ts (the sentence aligner, as at publish without stored links)
//   baseline: i-th English sentence ↔ i-th Korean sentence (by position), measured in the same run
// Time: computing the links and rendering the article, beside the floor of rendering it without them.
// Run: npx tsx bench/reader/run.ts [paragraphs=2000]
import { performance } from 'node:perf_hooks';
import { sentenceSpans } from '../../lib/align/features';
import { textToDoc } from '../../lib/editor/doc';
import { mulberry32 } from '../../lib/random';
import { sampleEdition } from '../../lib/publish/fixtures/edition';
import { renderEditionArticle } from '../../lib/publish/render';
import { editionSentences, sentenceKeys, type EditionSentences } from '../../lib/publish/sentence-marks';
import type { EditionSegment } from '../../lib/publish/snapshot';
import { loadStories } from '../align/make-docs';

const N = Number(process.argv[2] ?? 2000);
const rng = mulberry32(21);
const stories = loadStories('heldout');

interface Para {
  en: string;
  ko: string;
  rows: { en: [number, number]; ko: [number, number] }[];
}
const paras: Para[] = [];
while (paras.length < N) {
  const story = stories[Math.floor(rng() * stories.length)]!;
  const k = 1 + Math.floor(rng() * 5);
  const from = Math.floor(rng() * Math.max(1, story.length - k + 1));
  const pairs = story.slice(from, from + k);
  let en = '';
  let ko = '';
  const rows: Para['rows'] = [];
  for (const p of pairs) {
    if (en) en += ' ';
    if (ko) ko += ' ';
    rows.push({ en: [en.length, en.length + p.en.length], ko: [ko.length, ko.length + p.ko.length] });
    en += p.en;
    ko += p.ko;
  }
  paras.push({ en, ko, rows });
}

const inside = (s: [number, number], r: [number, number]) => s[0] >= r[0] && s[1] <= r[1];

/** Rows whose counterpart a reader would see exactly (both directions), under a sentence linking. */
function score(p: Para, s: EditionSentences): number {
  const en = sentenceKeys(1, s, 'source');
  const ko = sentenceKeys(1, s, 'target');
  let ok = 0;
  for (const row of p.rows) {
    const enIdx = s.source.map((sp, i) => (inside(sp, row.en) ? i : -1)).filter((i) => i >= 0);
    const koIdx = s.target.map((sp, i) => (inside(sp, row.ko) ? i : -1)).filter((i) => i >= 0);
    const keys = new Set(enIdx.map((i) => en[i]));
    if (!enIdx.length || !koIdx.length || keys.has(undefined)) continue;
    const hlKo = ko.map((key, i) => (key !== undefined && keys.has(key) ? i : -1)).filter((i) => i >= 0);
    const back = new Set(koIdx.map((i) => ko[i]));
    const hlEn = en.map((key, i) => (key !== undefined && back.has(key) ? i : -1)).filter((i) => i >= 0);
    if (hlKo.join() === koIdx.join() && hlEn.join() === enIdx.join()) ok += 1;
  }
  return ok;
}

function byPosition(p: Para): EditionSentences {
  const source = sentenceSpans(p.en, false);
  const target = sentenceSpans(p.ko, true);
  const links = Array.from({ length: Math.min(source.length, target.length) }, (_, i) => ({ source: [i], target: [i] }));
  return { source, target, links };
}

let rows = 0;
let edition = 0;
let baseline = 0;
let splitRows = 0;
let splitEdition = 0;
let splitBaseline = 0;
const t0 = performance.now();
const computed = paras.map((p) => editionSentences(p.en, p.ko, null));
const computeMs = performance.now() - t0;
let skipped = 0;
paras.forEach((p, i) => {
  const s = computed[i];
  if (!s) {
    skipped += 1; // one side empty (a sentence the translator dropped, alone in its paragraph)
    return;
  }
  const b = byPosition(p);
  const e = score(p, s);
  const base = score(p, b);
  rows += p.rows.length;
  edition += e;
  baseline += base;
  // Paragraphs where sentence counts differ (a translator split or joined sentences): where position fails.
  if (s.source.length !== s.target.length) {
    splitRows += p.rows.length;
    splitEdition += e;
    splitBaseline += base;
  }
});

const segments: EditionSegment[] = paras.map((p, i) => ({
  n: i + 1,
  segment: i + 1,
  kind: 'paragraph',
  level: null,
  source: textToDoc(p.en),
  target: textToDoc(p.ko),
  state: 'APPROVED',
}));
const ed = sampleEdition({ titleSegment: null, segments, names: [] });
const time = (f: () => void) => {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const floor = time(() => renderEditionArticle(ed));
const sentences = Object.fromEntries(computed.flatMap((s, i) => (s ? [[String(i + 1), s]] : [])));
const marked = time(() => renderEditionArticle({ ...ed, sentences }));

const pct = (a: number, b: number) => `${a} of ${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
console.log(`paragraphs: ${N} from bench/align/news/heldout.tsv (seed 21), ${skipped} skipped (one side empty)`);
console.log(
  `rows whose counterpart is highlighted exactly — edition (sentence aligner): ${pct(edition, rows)}; baseline (by position): ${pct(baseline, rows)}`,
);
console.log(
  `  in paragraphs whose sentence counts differ: edition ${pct(splitEdition, splitRows)}; baseline ${pct(splitBaseline, splitRows)}`,
);
console.log(
  `time: computing the links ${computeMs.toFixed(0)} ms (${((1000 * computeMs) / N).toFixed(0)} µs per paragraph); render ${marked.toFixed(0)} ms with sentence marks vs ${floor.toFixed(0)} ms without (${(marked / floor).toFixed(2)}×)`,
);
