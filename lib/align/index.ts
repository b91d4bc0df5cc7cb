// Public surface of the paragraph aligner.
export { align, type AlignOptions } from './align';
export { galeChurch, type GaleChurchOptions } from './gale-church';
export { scoreAlignment, type AlignmentScores } from './bead-metrics';
export type { AlignTerm } from './anchors';
export type { Bead } from './types';
