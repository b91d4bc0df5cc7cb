// Confidence of each bead: how much worse the best local alternative would be. The DP path is
// optimal, so any local rearrangement (split the bead, merge it with a neighbour, move the boundary
// between it and a neighbour) costs at least as much; the smallest extra cost is a log-odds margin
// of "this bead" against "the runner-up", and the logistic of it is a score in [0, 1]. Cheaper than
// forward–backward posteriors (which would double time and memory) and good enough to rank beads.
import { MOVES, moveId, type BeadCost } from './banded-dp';

/** Links scoring under this are flagged for a check (CLI "(check)", the alignment screen's "doubtful"). */
export const CHECK_MARK = 0.6;

// Calibration, fitted on the tune half of bench/align/news (four documents of 5,000 paragraphs, 10%
// and 20% perturbed):
// the local margin overstates certainty (it ignores every alternative but the nearest and the
// model's own errors), so it is shifted; links other than 1:1 go wrong several times as often, so
// they need a larger margin; and 2:2, 3:1 and 1:3 links, rare in real translations, always ask for a
// check. With these, 83% of the wrong links (114 of 138) and 3.3% of the right ones fall under CHECK_MARK.
export const MARGIN_SHIFT = 2.5;
export const NOT_ONE_TO_ONE = 1;
export const RARE_SHAPE_SCORE = 0.5;

export interface PathBead {
  i0: number;
  j0: number;
  di: number;
  dj: number;
  cost: number;
}

/** All ways to cover a (di, dj) block with exactly two beads, as [first, second] shapes. */
function twoBeadSplits(di: number, dj: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, [adi, adj]] of MOVES.entries()) {
    const b = moveId(di - adi, dj - adj);
    if (b >= 0) out.push([a, b]);
  }
  return out;
}

const splitCache = new Map<number, [number, number][]>();
function splitsOf(di: number, dj: number): [number, number][] {
  const key = di * 16 + dj;
  let s = splitCache.get(key);
  if (!s) {
    s = twoBeadSplits(di, dj);
    splitCache.set(key, s);
  }
  return s;
}

/**
 * Cheapest way to cover a block (start i0/j0, size di/dj) other than `current` — either one bead
 * or two — where `current` lists the shapes (move ids) now used, in order.
 */
function bestAlternative(cost: BeadCost, i0: number, j0: number, di: number, dj: number, current: readonly number[]): number {
  let best = Infinity;
  const single = moveId(di, dj);
  if (single >= 0 && !(current.length === 1 && current[0] === single)) {
    best = cost(i0, j0, di, dj, single);
  }
  for (const [a, b] of splitsOf(di, dj)) {
    if (current.length === 2 && current[0] === a && current[1] === b) continue;
    const [adi, adj] = MOVES[a]!;
    const [bdi, bdj] = MOVES[b]!;
    const c = cost(i0, j0, adi, adj, a) + cost(i0 + adi, j0 + adj, bdi, bdj, b);
    if (c < best) best = c;
  }
  return best;
}

export function beadConfidences(beads: readonly PathBead[], cost: BeadCost): Float64Array {
  const scores = new Float64Array(beads.length);
  const ids = beads.map((b) => moveId(b.di, b.dj));
  for (const [k, b] of beads.entries()) {
    let margin = bestAlternative(cost, b.i0, b.j0, b.di, b.dj, [ids[k]!]) - b.cost;
    for (const n of [k - 1, k + 1]) {
      if (n < 0 || n >= beads.length) continue;
      // Both in range: first >= 0 and first + 1 <= max(k, n) < beads.length.
      const first = Math.min(k, n);
      const a = beads[first]!;
      const c = beads[first + 1]!;
      const alt = bestAlternative(cost, a.i0, a.j0, a.di + c.di, a.dj + c.dj, [ids[first]!, ids[first + 1]!]);

      margin = Math.min(margin, alt - a.cost - c.cost);
    }
    // Rounding noise can make a tie look like a tiny negative margin.
    const shift = MARGIN_SHIFT + (b.di === 1 && b.dj === 1 ? 0 : NOT_ONE_TO_ONE);
    const score = 1 / (1 + Math.exp(-(Math.max(0, margin) - shift)));
    const rare = (b.di === 2 && b.dj === 2) || b.di === 3 || b.dj === 3;
    scores[k] = rare ? Math.min(score, RARE_SHAPE_SCORE) : score;
  }
  return scores;
}
