// A record of the round-27 set's shape (lib/qa/testing/round27: a sports wire story — the Korea
// Football Association names an invented Portuguese coach for the men's national team after a World
// Cup qualifying defeat — in newspaper 해라체 with quotations in the speakers' registers, written and
// committed alone before any check was run on it). Scoring tests are added after the blind run.
import { round27Segments } from './testing/round27';
import { describeSetShape } from './testing/set-shape';
import { R27_PROBES, R27_TERMS, R27_VARIANTS } from './testing/round27/variants';

describeSetShape('the round-27 football-coach set', {
  segments: round27Segments(),
  variants: R27_VARIANTS,
  probes: R27_PROBES,
  terms: R27_TERMS,
  paragraphs: 23,
  bracketed: 8,
});
