// Paragraph aligner: banded dynamic programming over beads (1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3)
// scored by length, sentence count, quotes and anchors (numbers, dates, acronyms, names, glossary).
// Two passes: the first uses a length ratio from document totals and prior variance, window by
// window in a band of fixed width that follows the path (window-path.ts; anchor overlaps summed
// pairwise, for speed); its 1:1 beads re-estimate ratio and variance, and the second pass re-aligns
// in a narrow band (±12) around the first path with exact anchor counts. That band doubles while the
// best path runs along its edge, so drift is never cut off. Time and memory are linear in n + m:
// typed arrays of one float and one byte per band cell.
import { extractAnchors, type AlignTerm } from './anchors';
import { bandedDp, MOVES, moveId, pathBand, type Band, type BeadCost, type DpResult } from './banded-dp';
import { makeBeadCost, DEFAULT_BEAD_PRIORS, type BeadScorer } from './bead-cost';
import { beadConfidences, type PathBead } from './confidence';
import { sideFeatures, span, type SideFeatures } from './features';
import { initialModel, lengthDelta, refineModel, type LengthModel } from './length-model';
import type { Bead } from './types';
import { windowPath } from './window-path';

export type { AlignTerm } from './anchors';
export type { Bead } from './types';

export interface AlignOptions {
  /** Glossary pairs (English term, Korean term) used as anchors. */
  terms?: readonly AlignTerm[];
  /** Half-width of the first pass's band (target paragraphs either side of its line). */
  band?: number;
  /** Prior probability of each bead shape (MOVES order); paragraphs by default. */
  priors?: readonly number[];
}

const SECOND_PASS_BAND = 12;

/** Runs the DP in `makeBand(w)`, doubling w while the path hugs the band edge. */
function adaptiveDp(n: number, m: number, w0: number, makeBand: (w: number) => Band, scorer: BeadScorer): DpResult {
  let w = w0;
  for (;;) {
    const band = makeBand(w);
    scorer.prepare(band);
    const result = bandedDp(n, m, band, scorer.cost, scorer.lowerBound);
    if (!result.touchesEdge || w >= Math.max(n, m)) return result;
    w *= 2;
  }
}

/** Beads of a path given as grid points (a final jump along the last row counts as 0:1 beads). */
function pointBeads(points: Int32Array, cost: BeadCost): PathBead[] {
  const beads: PathBead[] = [];
  for (let k = 0; k + 3 < points.length; k += 2) {
    const i0 = points[k]!;
    const j0 = points[k + 1]!;
    const di = points[k + 2]! - i0;
    const dj = points[k + 3]! - j0;
    const move = moveId(di, dj);
    if (move >= 0) beads.push({ i0, j0, di, dj, cost: cost(i0, j0, di, dj, move) });
  }
  return beads;
}

function pathBeads(dp: DpResult, cost: BeadCost): PathBead[] {
  const beads: PathBead[] = [];
  for (let k = 0; k < dp.moves.length; k++) {
    // points has one more grid point than there are moves.
    const move = dp.moves[k]!;
    const [di, dj] = MOVES[move]!;
    const i0 = dp.points[2 * k]!;
    const j0 = dp.points[2 * k + 1]!;
    beads.push({ i0, j0, di, dj, cost: cost(i0, j0, di, dj, move) });
  }
  return beads;
}

/**
 * Ratio and variance re-estimated from a first-pass path. Bead-shape frequencies are not: tried,
 * they amplified first-pass mistakes (a few wrong 2:2 beads made 2:2 cheaper, which made more).
 */
function refine(beads: readonly PathBead[], src: SideFeatures, tgt: SideFeatures, model: LengthModel): LengthModel {
  const pairs: [number, number][] = [];
  for (const b of beads) {
    if (b.di !== 1 || b.dj !== 1) continue;
    const ls = span(src.chars, b.i0, 1);
    const lt = span(tgt.chars, b.j0, 1);
    // Only beads that already look right: a misalignment would inflate the variance.
    if (Math.abs(lengthDelta(model, ls, lt)) < 3) pairs.push([ls, lt]);
  }
  return refineModel(pairs, model);
}

function toBeads(beads: readonly PathBead[], scores: Float64Array): Bead[] {
  return beads.map((b, k) => ({
    source: Array.from({ length: b.di }, (_, x) => b.i0 + x),
    target: Array.from({ length: b.dj }, (_, x) => b.j0 + x),
    score: scores[k]!,
  }));
}

export function align(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Bead[] {
  const n = source.length;
  const m = target.length;
  // Nothing to weigh against: every paragraph stands alone, and that is certain.
  if (n === 0 || m === 0) {
    return [
      ...source.map((_, i) => ({ source: [i], target: [], score: 1 })),
      ...target.map((_, j) => ({ source: [], target: [j], score: 1 })),
    ];
  }
  const src = sideFeatures(source, false);
  const tgt = sideFeatures(target, true);
  const anchors = extractAnchors(source, target, options.terms ?? []);

  const model0 = initialModel(src.chars[n]!, tgt.chars[m]!, Math.min(n, m));

  const priors = options.priors ?? DEFAULT_BEAD_PRIORS;
  const scorer0 = makeBeadCost(src, tgt, anchors, { model: model0, priors });
  // The band must at least span the slope, or rows of a very lopsided pair could not connect.
  const slope = Math.ceil(Math.max(n / m, m / n));
  let firstPoints = windowPath(n, m, scorer0.cost, scorer0.lowerBound, { width: Math.max(options.band ?? 16, slope + 4) });
  if (firstPoints[firstPoints.length - 1] !== m) firstPoints = Int32Array.from([...firstPoints, n, m]);

  const model = refine(pointBeads(firstPoints, scorer0.cost), src, tgt, model0);
  const scorer = makeBeadCost(src, tgt, anchors, { model, priors, exactAnchors: true });
  const w1 = Math.max(SECOND_PASS_BAND, slope + 4);
  const second = adaptiveDp(n, m, w1, (w) => pathBand(n, m, firstPoints, w), scorer);

  const beads = pathBeads(second, scorer.cost);
  return toBeads(beads, beadConfidences(beads, scorer.cost));
}
