// Scoring of the round-3 tune cases (variants-tune3.ts) on their own documents: the fixture
// article's Korean reference and single stories of bench/align/news. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureSegments } from '../fixtures/load-fixture';
import { FIXTURE_TERMS } from '../fixtures/seeded-errors';
import type { QaSegment, QaTerm } from '../types';
import { score, type RunDocs, type Score } from './score';
import type { Tune3Doc, Tune3Probe, Tune3Variant } from './variants-tune3';

const NEWS = path.join(__dirname, '..', '..', '..', 'bench', 'align', 'news', 'tune.tsv');

/** One story of bench/align/news/tune.tsv as QA segments (one per sentence row). */
export function newsStory(story: string): QaSegment[] {
  const rows = readFileSync(NEWS, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  return rows
    .filter((r) => r[0] === story)
    .map(([, en, ko], i) => ({ id: `${story}-${i}`, sourceText: en!, targetText: ko ?? '', state: 'TRANSLATED' }));
}

function docOf(doc: Tune3Doc): { segments: QaSegment[]; terms: QaTerm[] } {
  if (doc === 'fixture') return { segments: fixtureSegments(), terms: FIXTURE_TERMS };
  return { segments: newsStory(doc.slice('news:'.length)), terms: [] };
}

/** Scores each document's variants and probes and merges the tallies. */
export function scoreTune3(run: RunDocs, variants: readonly Tune3Variant[], probes: readonly Tune3Probe[]): Score {
  const docs = [...new Set([...variants.map((v) => v.doc), ...probes.map((p) => p.doc)])];
  const total: Score = { falseAlarms: [], byKind: new Map(), probeAlarms: [] };
  for (const doc of docs) {
    const { segments, terms } = docOf(doc);
    const s = score(
      run,
      segments,
      terms,
      variants.filter((v) => v.doc === doc),
      probes.filter((p) => p.doc === doc),
    );
    total.falseAlarms.push(...s.falseAlarms.map((f) => `${doc} ${f}`));
    total.probeAlarms.push(...s.probeAlarms);
    for (const [kind, k] of s.byKind) {
      const t = total.byKind.get(kind) ?? { caught: 0, total: 0, missed: [] };
      t.caught += k.caught;
      t.total += k.total;
      t.missed.push(...k.missed);
      total.byKind.set(kind, t);
    }
  }
  return total;
}
