// A record of the round-30 set's shape (lib/qa/testing/round30: a radio news commentary script —
// rice prices at a five-year low, the government buying up the surplus, a Grain Management Act
// amendment and farmers rallying in Sejong — in broadcast 합쇼체 with quotations in the speakers'
// registers, written and committed alone before any check was run on it). Scoring tests are added
// after the set is measured.
import { round30Segments } from './testing/round30';
import { describeSetShape } from './testing/set-shape';
import { R30_PROBES, R30_TERMS, R30_VARIANTS } from './testing/round30/variants';

describeSetShape('the round-30 rice commentary set', {
  segments: round30Segments(),
  variants: R30_VARIANTS,
  probes: R30_PROBES,
  terms: R30_TERMS,
  paragraphs: 23,
  bracketed: 7,
});
