// The cost of one bead, as a negative log-probability (nats) under a simple generative story:
// every target paragraph is either produced from the source paragraphs of its bead (length around
// ratio × source length, about as many sentences, the same anchors) or inserted from nowhere (length
// and sentences drawn from the document's background distribution). Source lengths are generated
// identically on every path, so they cancel and are not scored.
import type { Anchors } from './anchors';
import { AnchorOverlap } from './anchor-overlap';
import { MOVES, type Band, type BeadCost } from './banded-dp';
import type { SideFeatures } from './features';
import type { LengthModel } from './length-model';

/** Prior probability of each bead shape, in MOVES order: 1:1 1:0 0:1 2:1 1:2 2:2 3:1 1:3. */
export const DEFAULT_BEAD_PRIORS = [0.9, 0.012, 0.012, 0.03, 0.03, 0.006, 0.005, 0.005];

export interface BeadScorer {
  cost: BeadCost;
  /** Must be called with each band before the DP runs in it (precomputes anchor overlaps). */
  prepare(band: Band): void;
  /** Per move: no bead of that shape costs less (lets the DP skip hopeless moves). */
  lowerBound: Float64Array;
}

export interface CostParams {
  model: LengthModel;
  /** Probability of each bead shape, MOVES order. */
  priors: readonly number[];
  /** Exact anchor sets for multi-paragraph beads (slower; for the narrow final pass). */
  exactAnchors?: boolean;
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
// Beyond 3 standard deviations the penalty grows linearly: real translations have outliers, and a
// quadratic tail would rather break a good alignment than accept one long paraphrase.
const HUBER_K = 3;
// Sentence counts: translators keep sentence boundaries most of the time, sometimes split or join.
const SAME_SENTENCES = -Math.log(0.8);
const SENTENCE_STEP = -Math.log(0.09);
const SENTENCE_EXTRA = -Math.log(0.35);
const UNMATCHED_QUOTE = 1;
// A 2:2 bead explains two paragraph pairs with one length density; where the two 1:1 beads it could
// be split into both fit the length model (|delta| under this), it must pay extra, so a 2:2 wins only
// when the lengths support it (real translations reorder across paragraphs rarely; anchor counts
// that recur without a counterpart once made wrong 2:2 beads cheap).
export const TWO_TWO_SPLIT_FITS = 2;
export const TWO_TWO_PENALTY = 6;

export function makeBeadCost(src: SideFeatures, tgt: SideFeatures, anchors: Anchors, params: CostParams): BeadScorer {
  const { ratio, variance, relative } = params.model;
  const priorCost = Float64Array.from(MOVES, (_, k) => -Math.log(params.priors[k]!));
  // Background distributions of inserted target paragraphs: exponential length, geometric sentences.
  const m = tgt.count;
  const meanChars = Math.max(20, m ? tgt.chars[m]! / m : 0);
  const logMeanChars = Math.log(meanChars);
  const p = Math.min(0.9, Math.max(0.05, m ? m / Math.max(1, tgt.sentences[m]!) : 0.5));
  const logP = -Math.log(p);
  const log1mP = -Math.log(1 - p);
  const overlap = new AnchorOverlap(anchors);
  const exact = params.exactAnchors === true;
  // Hot path: local references and inlined arithmetic. Calls to imported helpers are not free
  // once transpiled to CommonJS (each goes through a getter), and this runs ~10⁷ times.
  const sChars = src.chars;
  const sSent = src.sentences;
  const sQuote = src.quotes;
  const tChars = tgt.chars;
  const tSent = tgt.sentences;
  const tQuote = tgt.quotes;
  const rel2 = relative * relative;

  const cost: BeadCost = (i0, j0, di, dj, move) => {
    let c = priorCost[move]! + overlap.cost(i0, j0, di, dj, exact);
    const qs = sQuote[i0 + di]! - sQuote[i0]!;
    const qt = tQuote[j0 + dj]! - tQuote[j0]!;
    c += qs > qt ? UNMATCHED_QUOTE * (qs - qt) : UNMATCHED_QUOTE * (qt - qs);
    if (dj === 0) return c;
    const lt = tChars[j0 + dj]! - tChars[j0]!;
    const nt = tSent[j0 + dj]! - tSent[j0]!;
    if (di === 0) return c + logMeanChars + lt / meanChars + logP + (nt > 1 ? (nt - 1) * log1mP : 0);
    const ls = sChars[i0 + di]! - sChars[i0]!;
    const ns = sSent[i0 + di]! - sSent[i0]!;
    const expected = ratio * ls;
    const mean = Math.max(1, 0.5 * (expected + lt));
    const sigma = Math.sqrt(variance * mean + rel2 * mean * mean); // = lengthSigma(), inlined
    const delta = (lt - expected) / sigma;
    const a = delta < 0 ? -delta : delta;
    c += a <= HUBER_K ? 0.5 * delta * delta : HUBER_K * a - 0.5 * HUBER_K * HUBER_K;
    // The length density scores only the bead's total; where the target side has several
    // paragraphs, where it breaks is a further choice (uniform over positions), or 2:2 beads
    // would undercut pairs of 1:1 beads by explaining two lengths with one density.
    if (dj === 2) {
      c += Math.log(lt + 1);
      if (di === 2) {
        const l1 = tChars[j0 + 1]! - tChars[j0]!;
        const e1 = ratio * (sChars[i0 + 1]! - sChars[i0]!);
        const m1 = Math.max(1, 0.5 * (e1 + l1));
        const e2 = expected - e1;
        const l2 = lt - l1;
        const m2 = Math.max(1, 0.5 * (e2 + l2));
        const d1 = Math.abs(l1 - e1) / Math.sqrt(variance * m1 + rel2 * m1 * m1);
        const d2 = Math.abs(l2 - e2) / Math.sqrt(variance * m2 + rel2 * m2 * m2);
        if (d1 < TWO_TWO_SPLIT_FITS && d2 < TWO_TWO_SPLIT_FITS) c += TWO_TWO_PENALTY;
      }
    } else if (dj === 3) c += 2 * Math.log(lt + 1) - Math.LN2;
    const sd = ns > nt ? ns - nt : nt - ns;
    c += sd === 0 ? SAME_SENTENCES : SENTENCE_STEP + (sd - 1) * SENTENCE_EXTRA;
    return c + Math.log(sigma) + HALF_LOG_2PI;
  };

  // No bead can cost less than its prior plus the smallest possible density normaliser
  // (sigma is at least sqrt(variance), since the mean length is at least 1).
  const minNorm = Math.min(0, 0.5 * Math.log(variance) + HALF_LOG_2PI);
  const lowerBound = Float64Array.from(MOVES, ([di, dj], k) => priorCost[k]! + (dj === 0 ? 0 : di === 0 ? logMeanChars + logP : minNorm));
  return { cost, lowerBound, prepare: (band) => overlap.prepare(band) };
}
