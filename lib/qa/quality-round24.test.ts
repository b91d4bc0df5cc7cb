// A record of the round-24 set's shape (lib/qa/testing/round24: an arts news story — an invented
// Joseon handscroll returns from a private collection in Kyoto to the National Museum of Korea in a
// foundation-brokered sale-and-donation — in 해라체 with quotations in the speakers' registers, written
// and committed alone before any check was run on it), and the floor QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round24Segments, scoreRound24 } from './testing/round24';
import { describeSetShape } from './testing/set-shape';
import { R24_PROBES, R24_TERMS, R24_VARIANTS } from './testing/round24/variants';

describeSetShape('the round-24 repatriation set', {
  segments: round24Segments(),
  variants: R24_VARIANTS,
  probes: R24_PROBES,
  terms: R24_TERMS,
  paragraphs: 23,
  bracketed: 8,
});

// Blind (QA code as at d967a7a, with the set of 2b3598c): 67/90, 1 false alarm, no probe alarm;
// phrase consistency 0/7, speech level 1/6. After its fixes (7 Dec 20:00 UTC): 88/90, no false alarm,
// no probe alarm. The alarms are listed here so that a new one fails this test.
describe('QA on the round-24 repatriation story', () => {
  const s = scoreRound24((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 88/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(88);
  });
  it('raises on the probes and the clean text only the alarms not fixed yet', () => {
    expect(s.probeAlarms.map((a) => a.split(': ').slice(0, 2).join(': '))).toEqual([]);
    expect(s.falseAlarms.map((a) => a.split(': ')[0])).toEqual([]);
  });
});
