import { round24Segments } from './round24';
import { R24_PROBES, R24_TERMS, R24_VARIANTS } from './round24/variants';
import { describeSetShape } from './set-shape';

describeSetShape('round 24', {
  segments: round24Segments(),
  variants: R24_VARIANTS,
  probes: R24_PROBES,
  terms: R24_TERMS,
  paragraphs: 23,
  bracketed: 8,
});
