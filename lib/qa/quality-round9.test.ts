// The quality bar on the round-9 set (lib/qa/testing/round9: a dam-release flood commentary, written
// and committed before any check was run on it). Its blind first measure (74/90 with 2 false alarms
// and 4 probe alarms) is in lib/qa/testing/README.md; it has been fixed on since, so this is a tune
// figure, not a held-out one. Misses left and why: the round-9 entry of lib/qa/testing/README.md.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round9Segments, scoreRound9 } from './testing/round9';
import { ERROR_KINDS } from './testing/variants';
import { R9_VARIANTS } from './testing/round9/variants';
import type { RunDocs } from './testing/score';

const run: RunDocs = (segs, ctx) => runDocumentChecks(segs, ctx);
// 82 until 7 Dec; the news Korean synonym groups of phrase consistency caught r9-phrase-3: 83.
const CAUGHT = 83;
// The phrase check's two-word pass read 4000만 톤 (a unit spelt out where other paragraphs write t)
// as “million tonne” rendered two ways, a known alarm until round 14 showed the general cause: a
// number word or a metric unit is a number's, no term (phrase-words.ts, NUMBER_WORD_HASHES).
const PROBE_ALARMS: string[] = [];
// Kinds caught in full after the fixes (acronym glosses, that year → 그해, particles after acronyms).
const FULL = [
  'straight-quote',
  'repeated-word',
  'markup',
  'replacement-char',
  'mojibake',
  'acronym',
  'relative-time',
  'speech-level',
] as const;

describe('QA on the round-9 commentary', () => {
  const s = scoreRound9(run);
  it('has the paragraphs and seeded errors of every kind', () => {
    expect(round9Segments()).toHaveLength(23);
    expect(new Set(R9_VARIANTS.map((v) => v.kind))).toEqual(new Set(ERROR_KINDS));
  });
  it('raises no false alarm on the clean translation, and only the known alarms on its probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual(PROBE_ALARMS);
  });
  it(`catches ≥ ${CAUGHT}/90 by a check of their kind`, () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(CAUGHT);
    for (const kind of FULL) expect(s.byKind.get(kind)!.missed, kind).toEqual([]);
  });
});
