// A record of the round-28 set's shape (lib/qa/testing/round28: a public-health wire story — a
// measles outbreak begun by travellers returning from Southeast Asia spreads through an invented
// Daejeon hospital and Cheongju primary schools — in newspaper 해라체 with quotations in the
// speakers' registers, written and committed alone before any check was run on it). Scoring tests
// are added after the blind run.
import { round28Segments } from './testing/round28';
import { describeSetShape } from './testing/set-shape';
import { R28_PROBES, R28_TERMS, R28_VARIANTS } from './testing/round28/variants';

describeSetShape('the round-28 measles set', {
  segments: round28Segments(),
  variants: R28_VARIANTS,
  probes: R28_PROBES,
  terms: R28_TERMS,
  paragraphs: 23,
  bracketed: 8,
});
