// First pass in linear time: the path is found window by window. Each window covers the next 2C
// source rows in a band of fixed half-width W around a line that starts where the path has reached,
// with the document's slope; the DP runs inside it, the path is traced back from the best cell of its
// last row, and only its first C rows are kept: paths traced back from different ends meet within
// a few rows, so where the window ends hardly matters for the half that is kept. Cells: about
// 2 · (2W + 1) per source row whatever the length, instead of a band growing with √n, and drift
// from insertions and deletions is followed however far it accumulates. Anchor pairs are computed
// on the fly (no precomputed band), so memory is O(C · W).
import { MOVES, type BeadCost } from './banded-dp';

const DI = Int32Array.from(MOVES, (mv) => mv[0]);
const DJ = Int32Array.from(MOVES, (mv) => mv[1]);

export interface WindowOptions {
  /** Half-width of each window's band (target paragraphs either side of its line). */
  width?: number;
  /** Source rows kept from each window; a window spans twice as many. */
  keep?: number;
}

/**
 * Grid points [i0, j0, i1, j1, …] of a path from (0, 0) to (n, j) for some j ≤ m (the last window
 * ends where its cost is best; the caller's final pass joins it to (n, m)).
 */
export function windowPath(n: number, m: number, cost: BeadCost, lowerBound: Float64Array, options: WindowOptions = {}): Int32Array {
  const W = options.width ?? 24;
  const C = options.keep ?? 128;
  const slope = m / Math.max(1, n);
  const points: number[] = [0, 0];
  let i0 = 0;
  let j0 = 0;
  // Cost per paragraph consumed so far: what one more target paragraph taken now saves later.
  let perParagraph = 3;
  const rowsMax = 2 * C;
  const widthMax = 2 * W + 2 + Math.ceil(rowsMax * slope) + 8;
  const total = new Float64Array((rowsMax + 1) * widthMax);
  const back = new Uint8Array((rowsMax + 1) * widthMax);
  const lo = new Int32Array(rowsMax + 1);
  const hi = new Int32Array(rowsMax + 1);
  while (i0 < n) {
    const R = Math.min(rowsMax, n - i0);
    const mRest = m - j0;
    for (let r = 0; r <= R; r++) {
      const centre = r * slope;
      lo[r] = Math.max(0, Math.floor(centre - W));
      hi[r] = Math.min(mRest, Math.ceil(centre + W), lo[r] + widthMax - 1);
    }
    lo[0] = 0;
    for (let r = 0; r <= R; r++) {
      const base = r * widthMax;
      for (let c = lo[r]; c <= hi[r]; c++) {
        if (r === 0 && c === 0) {
          total[base] = 0;
          continue;
        }
        let best = Infinity;
        let bestMove = 0;
        for (let k = 0; k < DI.length; k++) {
          const pr = r - DI[k];
          const pc = c - DJ[k];
          if (pr < 0 || pc < lo[pr] || pc > hi[pr]) continue;
          const prev = total[pr * widthMax + pc - lo[pr]];
          if (prev + lowerBound[k] >= best) continue;
          const v = prev + cost(i0 + pr, j0 + pc, DI[k], DJ[k], k);
          if (v < best) {
            best = v;
            bestMove = k;
          }
        }
        total[base + c - lo[r]] = best;
        back[base + c - lo[r]] = bestMove;
      }
    }
    // End of the window: the cheapest cell of the last row once the target paragraphs it has not
    // yet consumed are charged at the running cost per paragraph (the final window must reach m if it can).
    let endC = lo[R];
    let endScore = Infinity;
    for (let c = lo[R]; c <= hi[R]; c++) {
      const v = total[R * widthMax + c - lo[R]] + perParagraph * (mRest - c);
      if (v < endScore) {
        endScore = v;
        endC = c;
      }
    }
    if (i0 + R === n && hi[R] === mRest && Number.isFinite(total[R * widthMax + mRest - lo[R]])) endC = mRest;
    // Trace back, then keep the rows up to C (all of them in the last window).
    const rev: number[] = [];
    let r = R;
    let c = endC;
    while (r > 0 || c > 0) {
      rev.push(r, c);
      const k = back[r * widthMax + c - lo[r]];
      r -= DI[k];
      c -= DJ[k];
    }
    const keepRows = i0 + R === n ? R : C;
    let lastR = 0;
    let lastC = 0;
    for (let x = rev.length - 2; x >= 0; x -= 2) {
      if (rev[x] > keepRows) break;
      lastR = rev[x];
      lastC = rev[x + 1];
      points.push(i0 + lastR, j0 + lastC);
    }
    if (lastR === 0) {
      // No step fitted in the kept rows (cannot happen with 1:0 moves available); move on by one.
      points.push(i0 + 1, j0);
      lastR = 1;
    }
    const used = lastR + lastC;
    const spent = total[lastR * widthMax + lastC - lo[lastR]];
    if (used > 0 && Number.isFinite(spent)) perParagraph = 0.5 * perParagraph + 0.5 * (spent / used);
    i0 += lastR;
    j0 += lastC;
  }
  return Int32Array.from(points);
}
