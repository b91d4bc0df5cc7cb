// A record of the round-20 set's shape (lib/qa/testing/round20: a tourism news story — Jeju after a
// visa-waiver change, an island low-cost carrier's route cuts, a duty-free operator's results and a
// provincial council's environmental levy — in 해라체 with quotations in the speakers' registers,
// written and committed alone before any check was run on it), and the floor QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round20Segments, scoreRound20 } from './testing/round20';
import { describeSetShape } from './testing/set-shape';
import { R20_PROBES, R20_TERMS, R20_VARIANTS } from './testing/round20/variants';

describeSetShape('the round-20 Jeju tourism set', {
  segments: round20Segments(),
  variants: R20_VARIANTS,
  probes: R20_PROBES,
  terms: R20_TERMS,
  paragraphs: 23,
  bracketed: 6,
});

// Blind (QA code as round 19 left it, 97cc279, with the set of afc2572): 78/90, 4 false alarms
// (numbers in s2 and s9, a place name in s17, phrase consistency in s20), no probe alarm. After the
// round's fixes (7 Dec: a dateline with its weekday, a month said as 지난달 from the story's month, a
// romanised ll read as ㄴ+ㄹ, Korean left as quoted-printable, a short clause lost with its figure, weekday
// dates across a month's end, a speaker's 해요체 quoted wholly in 해라체 once; phrase consistency without a
// pair table: near forms, a loan beside its translation, a ministry missing a portfolio): 86/90, no alarm.
describe('QA on the round-20 Jeju tourism story', () => {
  const s = scoreRound20((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 86/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(86);
  });
  it('raises no alarm on the clean text or the probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
});
