// Sentence links inside paragraph beads, measured on the news sets: a paragraph is a run of 1–5
// consecutive sentence pairs of one story (as make-docs.ts cuts them), and each pair of the set is
// gold link between its English sentences and its Korean ones (1:1 mostly; 1:2 where the
// translator split a sentence, 1:0 / 0:1 for a note one side dropped or added; see goldLinks). alignSentences() is
// scored against that with the same strict/lax F1 as paragraphs, pooled over all paragraphs.
import { scoreAlignment, type AlignmentScores } from '../../lib/align/bead-metrics';
import { sentenceSpans } from '../../lib/align/features';
import { alignSentences } from '../../lib/align/sentences';
import { mulberry32 } from '../../lib/random';
import { loadStories, type NewsSet } from './make-docs';

/**
 * Gold links of one sentence pair of the set with ns English and nt Korean sentences: as many on
 * each side are linked one to one in order (the translations keep sentence order within a pair);
 * otherwise the pair is one n:m link; a side without text leaves each sentence unlinked.
 */
export function goldLinks(ns: number, nt: number, s: number, t: number): { source: number[]; target: number[] }[] {
  const range = (from: number, count: number) => Array.from({ length: count }, (_, x) => from + x);
  if (ns === 0) return range(t, nt).map((y) => ({ source: [], target: [y] }));
  if (nt === 0) return range(s, ns).map((x) => ({ source: [x], target: [] }));
  if (ns === nt) return range(0, ns).map((x) => ({ source: [s + x], target: [t + x] }));
  return [{ source: range(s, ns), target: range(t, nt) }];
}

export interface SentenceScores {
  paragraphs: number;
  skipped: number;
  links: number;
  scores: AlignmentScores;
}

export function scoreSentenceLinks(set: NewsSet, paragraphs: number, seed: number): SentenceScores {
  const rng = mulberry32(seed);
  const stories = loadStories(set);
  const gold: { source: number[]; target: number[] }[] = [];
  const test: { source: number[]; target: number[]; score: number }[] = [];
  let sOff = 0;
  let tOff = 0;
  let skipped = 0;
  for (let p = 0; p < paragraphs; p++) {
    const story = stories[Math.floor(rng() * stories.length)]!; // both sets have stories

    const k = Math.min(story.length, 1 + Math.floor(rng() * 5));
    const from = Math.floor(rng() * (story.length - k + 1));
    const pairs = story.slice(from, from + k);
    const en = pairs
      .map((x) => x.en)
      .filter(Boolean)
      .join(' ');
    const ko = pairs
      .map((x) => x.ko)
      .filter(Boolean)
      .join(' ');
    if (!en || !ko) continue;
    const g: { source: number[]; target: number[] }[] = [];
    let s = 0;
    let t = 0;
    for (const pair of pairs) {
      const ns = pair.en ? sentenceSpans(pair.en, false).length : 0;
      const nt = pair.ko ? sentenceSpans(pair.ko, true).length : 0;
      g.push(...goldLinks(ns, nt, s, t));
      s += ns;
      t += nt;
    }
    // A boundary the splitter reads differently inside the joined paragraph: not a fair test.
    if (s !== sentenceSpans(en, false).length || t !== sentenceSpans(ko, true).length) {
      skipped++;
      continue;
    }
    const r = alignSentences([en], [ko]);
    const shift = <T extends { source: number[]; target: number[] }>(b: T): T => ({
      ...b,
      source: b.source.map((x) => x + sOff),
      target: b.target.map((y) => y + tOff),
    });
    gold.push(...g.map(shift));
    test.push(...r.links.map(shift));
    sOff += s;
    tOff += t;
  }
  return { paragraphs, skipped, links: gold.length, scores: scoreAlignment(gold, test) };
}
