// A record of the round-11 set (lib/qa/testing/round11: a space-programme column in 해라체, written
// and committed before any check was run on it, da46c73). Its blind first measure (78/90, 3 false
// alarms on the clean text, 1 probe alarm) is in lib/qa/testing/README.md. No catch-rate bar yet:
// this only holds the set's shape and keeps the false alarms from growing past the blind figure.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round11Segments, scoreRound11 } from './testing/round11';
import { ERROR_KINDS } from './testing/variants';
import { R11_PROBES, R11_VARIANTS } from './testing/round11/variants';
import type { RunDocs } from './testing/score';

const run: RunDocs = (segs, ctx) => runDocumentChecks(segs, ctx);

describe('QA on the round-11 space-programme column (record)', () => {
  it('has 23 paragraphs, 90 seeded errors of every kind (at least 4 each) and 12 probes', () => {
    expect(round11Segments()).toHaveLength(23);
    expect(R11_VARIANTS).toHaveLength(90);
    expect(R11_PROBES).toHaveLength(12);
    for (const kind of ERROR_KINDS) expect(R11_VARIANTS.filter((v) => v.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
  });
  it('raises no more false alarms than at the blind measure (3 on the clean text, 1 on probes)', () => {
    const s = scoreRound11(run);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(3);
    expect(s.probeAlarms.length).toBeLessThanOrEqual(1);
  });
});
