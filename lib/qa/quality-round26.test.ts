// A record of the round-26 set's shape (lib/qa/testing/round26: a breaking disaster wire story — an
// invented late-season typhoon makes landfall on the south coast — with 해라체 narration and
// quotations in the speakers' registers, written and committed alone before any check was run on
// it). Scoring tests are added after the set is measured.
import { round26Segments } from './testing/round26';
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
