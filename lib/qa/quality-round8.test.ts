// The quality bar on the round-8 set (lib/qa/testing/round8: a shipbuilding commentary, written
// and committed before any check was run on it). Its blind first measure (69/90 with 1 false alarm
// and 3 probe alarms) is in lib/qa/testing/README.md; it has been tuned on since, so this is a tune
// figure, not a held-out one. Misses left and why: the round-8 entry of lib/qa/testing/README.md.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round8Segments, scoreRound8 } from './testing/round8';
import { ERROR_KINDS } from './testing/variants';
import { R8_VARIANTS } from './testing/round8/variants';
import type { RunDocs } from './testing/score';

const run: RunDocs = (segs, ctx) => runDocumentChecks(segs, ctx);
const CAUGHT = 87;
// The numbers check's deliberate warning on a month the Korean renders by a relative word (“due in
// December” → 다음 달 in a story dated November), the counterpart of round 7's r7-ok-month-named.
const PROBE_ALARMS = ['r8-ok-month-as-next: numbers:missing:month:12'];
// Kinds caught in full (relative-time since “the start of the year”, mojibake from other code pages,
// repeated words in narration, speech level on -어 after a ㅣ-vowel stem among them).
const FULL = [
  'straight-quote',
  'repeated-word',
  'markup',
  'replacement-char',
  'mojibake',
  'particle',
  'acronym',
  'relative-time',
  'numbers',
  'speech-level',
  'name-lost',
] as const;

describe('QA on the round-8 commentary', () => {
  const s = scoreRound8(run);
  it('has the paragraphs and seeded errors of every kind', () => {
    expect(round8Segments()).toHaveLength(23);
    expect(new Set(R8_VARIANTS.map((v) => v.kind))).toEqual(new Set(ERROR_KINDS));
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
