// Output shape shared by the aligner, the Gale–Church baseline and the CLI's JSON.

/**
 * One bead: 0-based paragraph indices on each side (consecutive, ascending; empty for an
 * insertion or deletion) and a confidence in [0, 1].
 */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}
