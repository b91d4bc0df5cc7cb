// A record of the round-18 set's shape (lib/qa/testing/round18: a city transport news story — Seoul's
// subway and bus fares rise as the GTX-A express line opens end to end — in 해라체 with quotations in
// the speakers' registers, written and committed alone before any check was run on it), and the
// blind floor QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round18Segments, scoreRound18 } from './testing/round18';
import { describeSetShape } from './testing/set-shape';
import { R18_PROBES, R18_TERMS, R18_VARIANTS } from './testing/round18/variants';

describeSetShape('the round-18 transit fares set', {
  segments: round18Segments(),
  variants: R18_VARIANTS,
  probes: R18_PROBES,
  terms: R18_TERMS,
  paragraphs: 23,
  bracketed: 5,
});

// Blind (QA code as round 17 left it, ab45a5d, with the set of 7867761): 63/90, 2 false alarms
// (numbers:missing:20 in s9, missing-name "Public Transport" in s11), 1 probe alarm (CO2 written CO₂).
// After the round's first fixes (Korean in EUC-KR read through another code page; Korean left as
// percent, \u or \x escapes; particles after unit signs and a quotation's dropped copula; an
// organisation's translated name; CO₂ as CO2) and round 17's work: 73/90, 1 false alarm (20%), no probe
// alarm. After the second fixes (7 Dec: Markdown headings and BBCode; a percent range's first figure, a
// unit changed, vote sides swapped; a time count turned around, a month word against the story's date;
// an acronym one letter off, CO2 cut to CO; one speaker's polite register across paragraphs; news Korean
// synonym groups): 89/90, no alarm (r18-drop-5 left).
describe('QA on the round-18 transit fares story', () => {
  const s = scoreRound18((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 89/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(89);
  });
  it('raises no alarm on the clean text or the probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
});
