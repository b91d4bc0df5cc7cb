// The quality bar on the round-10 set (lib/qa/testing/round10: a pension-reform radio commentary in
// 합쇼체, written and committed before any check was run on it, 7d0f334). Its blind first measure
// (72/90, no false alarm, no probe alarm) is in lib/qa/testing/README.md; it has been fixed on since,
// so this is a tune figure, not a held-out one. Misses left and why: the round-10 entry of
// lib/qa/testing/README.md.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round10Segments, scoreRound10 } from './testing/round10';
import { ERROR_KINDS } from './testing/variants';
import { R10_VARIANTS } from './testing/round10/variants';
import type { RunDocs } from './testing/score';

const run: RunDocs = (segs, ctx) => runDocumentChecks(segs, ctx);
const CAUGHT = 88;
// Kinds caught in full after the fixes (soft 해요체 questions in 합쇼체, weekday dates, OECD은 and
// 씨은, three years ago → 지난해, central Seoul → 도심, and the other engineer's dropped sentences).
const FULL = ERROR_KINDS.filter((k) => k !== 'phrase-consistency');

describe('QA on the round-10 radio commentary', () => {
  const s = scoreRound10(run);
  it('has the paragraphs and seeded errors of every kind', () => {
    expect(round10Segments()).toHaveLength(23);
    expect(new Set(R10_VARIANTS.map((v) => v.kind))).toEqual(new Set(ERROR_KINDS));
  });
  it('raises no false alarm on the clean translation, and none on its probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
  it(`catches ≥ ${CAUGHT}/90 by a check of their kind`, () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(CAUGHT);
    for (const kind of FULL) expect(s.byKind.get(kind)!.missed, kind).toEqual([]);
  });
});
