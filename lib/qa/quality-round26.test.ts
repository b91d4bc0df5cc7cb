// A record of the round-26 set's shape (lib/qa/testing/round26: a breaking disaster wire story — an
// invented late-season typhoon makes landfall on the south coast — with 해라체 narration and
// quotations in the speakers' registers, written and committed alone before any check was run on
// it), and the floor QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round26Segments, scoreRound26 } from './testing/round26';
import { describeSetShape } from './testing/set-shape';
import { R26_PROBES, R26_TERMS, R26_VARIANTS } from './testing/round26/variants';

describeSetShape('the round-26 typhoon set', {
  segments: round26Segments(),
  variants: R26_VARIANTS,
  probes: R26_PROBES,
  terms: R26_TERMS,
  paragraphs: 23,
  bracketed: 8,
});

// Blind (QA code as at d1ad6d7, with the set of 6a16ea9): 63/90, 7 false alarms, 2 probe alarms; phrase
// consistency 1/7, acronyms 3/6, speech level 3/7. After its fixes (8 Dec 00:02 UTC): 81/90, no false
// alarm, no probe alarm. The alarms are listed here so that a new one fails this test.
describe('QA on the round-26 typhoon story', () => {
  const s = scoreRound26((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 81/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(81);
  });
  it('raises on the probes and the clean text only the alarms not fixed yet', () => {
    expect(s.probeAlarms.map((a) => a.split(': ').slice(0, 2).join(': '))).toEqual([]);
    expect(s.falseAlarms.map((a) => a.split(' ')[0])).toEqual([]);
  });
});
