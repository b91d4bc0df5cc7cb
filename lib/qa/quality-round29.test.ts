// A record of the round-29 set's shape (lib/qa/testing/round29: a national news story on college
// entrance exam day — candidates and sites, police motorcycles taking late candidates to their sites,
// flights held during the English listening section, a disputed English question — in newspaper
// 해라체 with quotations in the speakers' registers, written and committed alone before any check was
// run on it). The scoring tests are added after the set is first measured.
import { round29Segments } from './testing/round29';
import { describeSetShape } from './testing/set-shape';
import { R29_PROBES, R29_TERMS, R29_VARIANTS } from './testing/round29/variants';

describeSetShape('the round-29 college entrance exam set', {
  segments: round29Segments(),
  variants: R29_VARIANTS,
  probes: R29_PROBES,
  terms: R29_TERMS,
  paragraphs: 23,
  bracketed: 8,
});
