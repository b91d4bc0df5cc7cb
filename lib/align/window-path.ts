// First pass in linear time: the path is found window by window. Each window covers the next C + V
// source rows in a band of fixed half-width W around a line that starts where the path has reached,
// with the document's slope; the DP runs inside it, the path is traced back from the best cell of its
// last row, and only its first C rows are kept: paths traced back from different ends meet within
// a few rows, so where the window ends hardly matters for the part that is kept. Cells: about
// (1 + V/C) · (2W + 1) per source row whatever the length, instead of a band growing with √n, and drift
// from insertions and deletions is followed however far it accumulates. Anchor pairs are computed
// on the fly (no precomputed band), so memory is O(C · W).
import { MOVES, type BeadCost } from './banded-dp';

const DI = Int32Array.from(MOVES, (mv) => mv[0]);
const DJ = Int32Array.from(MOVES, (mv) => mv[1]);

export interface WindowOptions {
  /** Half-width of each window's band (target paragraphs either side of its line). */
  width?: number;
  /** Source rows kept from each window. */
  keep?: number;
  /** Rows a window runs past what it keeps, so the kept part does not depend on where it ends. */
  overlap?: number;
}

/**
 * Grid points [i0, j0, i1, j1, …] of a path from (0, 0) to (n, j) for some j ≤ m (the last window
 * ends where its cost is best; the caller's final pass joins it to (n, m)).
 */
export function windowPath(n: number, m: number, cost: BeadCost, lowerBound: Float64Array, options: WindowOptions = {}): Int32Array {
  const W0 = options.width ?? 16;
  const C = options.keep ?? 192;
  const overlap = options.overlap ?? 48;
  const slope = m / Math.max(1, n);
  const points: number[] = [0, 0];
  let i0 = 0;
  let j0 = 0;
  // Cost per paragraph consumed so far: what one more target paragraph taken now saves later.
  let perParagraph = 3;
  while (i0 < n) {
    // A window whose kept path runs along its band's edge may have been cut off, and one that costs
    // far more per paragraph than the path so far has probably lost the path (a long run of
    // insertions or deletions moved it out of reach): either is run again with the band doubled,
    // keeping the cheapest result (up to MAX_WIDTH for the costly case, so hard text stays linear).
    let W = W0;
    let best: WindowResult | null = null;
    for (;;) {
      const w = runWindow(i0, j0, n, m, W, C, overlap, slope, perParagraph, cost, lowerBound);
      if (!best || w.perParagraph < best.perParagraph || w.touchesEdge) best = w;
      const costly = w.perParagraph > 2 * perParagraph + 1 && W < MAX_WIDTH;
      if ((!w.touchesEdge && !costly) || W >= Math.max(n, m)) break;
      W *= 2;
    }
    const kept = best.kept;
    const spent = best.spent;
    let lastR = 0;
    let lastC = 0;
    for (let x = 0; x < kept.length; x += 2) {
      lastR = kept[x]!;
      lastC = kept[x + 1]!;
      points.push(i0 + lastR, j0 + lastC);
    }
    const used = lastR + lastC;
    if (used > 0 && Number.isFinite(spent)) perParagraph = 0.5 * perParagraph + 0.5 * (spent / used);
    i0 += lastR;
    j0 += lastC;
  }
  return Int32Array.from(points);
}

const MAX_WIDTH = 1024;

interface WindowResult {
  /** Cost per paragraph consumed along the kept part. */
  perParagraph: number;
  /** Path points after the window's start, relative to it, up to the rows kept. */
  kept: number[];
  /** Cost of the kept part. */
  spent: number;
  touchesEdge: boolean;
}

function runWindow(
  i0: number,
  j0: number,
  n: number,
  m: number,
  W: number,
  C: number,
  overlap: number,
  slope: number,
  perParagraph: number,
  cost: BeadCost,
  lowerBound: Float64Array,
): WindowResult {
  const R = Math.min(C + overlap, n - i0);
  const mRest = m - j0;
  const width = Math.min(mRest + 1, 2 * W + 2 + Math.ceil(slope) + 4);
  const total = new Float64Array((R + 1) * width);
  const back = new Uint8Array((R + 1) * width);
  const lo = new Int32Array(R + 1);
  const hi = new Int32Array(R + 1);
  for (let r = 0; r <= R; r++) {
    const centre = r * slope;
    lo[r] = r === 0 ? 0 : Math.max(0, Math.min(mRest, Math.floor(centre - W)));
    hi[r] = Math.min(mRest, Math.ceil(centre + W), lo[r]! + width - 1);
  }
  for (let r = 0; r <= R; r++) {
    const base = r * width;
    for (let c = lo[r]!; c <= hi[r]!; c++) {
      if (r === 0 && c === 0) {
        total[base] = 0;
        continue;
      }
      let best = Infinity;
      let bestMove = 0;
      for (let k = 0; k < DI.length; k++) {
        const pr = r - DI[k]!;
        const pc = c - DJ[k]!;
        if (pr < 0 || pc < lo[pr]! || pc > hi[pr]!) continue;
        const prev = total[pr * width + pc - lo[pr]!]!;
        if (prev + lowerBound[k]! >= best) continue;
        const v = prev + cost(i0 + pr, j0 + pc, DI[k]!, DJ[k]!, k);
        if (v < best) {
          best = v;
          bestMove = k;
        }
      }
      total[base + c - lo[r]!] = best;
      back[base + c - lo[r]!] = bestMove;
    }
  }
  // End of the window: the cheapest cell of the last row once the target paragraphs it has not yet
  // consumed are charged at the running cost per paragraph; the final window ends at m if it can.
  const endLo = lo[R]!;
  const endHi = hi[R]!;
  let endC = endLo;
  let endScore = Infinity;
  for (let c = endLo; c <= endHi; c++) {
    const v = total[R * width + c - endLo]! + perParagraph * (mRest - c);
    if (v < endScore) {
      endScore = v;
      endC = c;
    }
  }
  const last = i0 + R === n;
  if (last && endHi === mRest && Number.isFinite(total[R * width + mRest - endLo])) endC = mRest;
  const rev: number[] = [];
  let r = R;
  let c = endC;
  while (r > 0 || c > 0) {
    rev.push(r, c);
    const k = back[r * width + c - lo[r]!]!;
    r -= DI[k]!;
    c -= DJ[k]!;
  }
  const keepRows = last ? R : C;
  const kept: number[] = [];
  let touchesEdge = false;
  for (let x = rev.length - 2; x >= 0; x -= 2) {
    const pr = rev[x]!;
    const pc = rev[x + 1]!;
    if (pr > keepRows) break;
    kept.push(pr, pc);
    const rowLo = lo[pr]!;
    const rowHi = hi[pr]!;
    if ((rowLo > 0 && pc - rowLo <= 1) || (rowHi < mRest && rowHi - pc <= 1)) touchesEdge = true;
  }
  if (kept.length === 0) kept.push(1, 0); // cannot happen while 1:0 moves exist; never stall
  const kr = kept[kept.length - 2]!;
  const kc = kept[kept.length - 1]!;
  const krLo = lo[kr]!;
  const spent = kc >= krLo && kc <= hi[kr]! ? total[kr * width + kc - krLo]! : Infinity;

  return { kept, spent, touchesEdge, perParagraph: kr + kc > 0 ? spent / (kr + kc) : Infinity };
}
