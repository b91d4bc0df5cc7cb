// Dynamic programming over a band of the (source × target) grid. Cell (i, j) means "the first i
// source and j target paragraphs are aligned"; a move (di, dj) adds one bead. Only cells inside the
// band are stored, row by row in flat typed arrays, so memory is O(cells in band), not O(n·m).

/** Bead shapes the aligner may use, as [source count, target count]. Index = move id. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

export function moveId(di: number, dj: number): number {
  return MOVES.findIndex(([a, b]) => a === di && b === dj);
}

/** Cost of the bead covering source [i0, i0 + di) and target [j0, j0 + dj); move = index into MOVES. */
export type BeadCost = (i0: number, j0: number, di: number, dj: number, move: number) => number;

export interface Band {
  /** Lowest and highest target column stored for each row i = 0..n. */
  lo: Int32Array;
  hi: Int32Array;
  /** Start of each row in the flat cell arrays; offset[n + 1] = number of cells. */
  offset: Int32Array;
}

function finishBand(lo: Int32Array, hi: Int32Array): Band {
  const offset = new Int32Array(lo.length + 1);
  for (let i = 0; i < lo.length; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  return { lo, hi, offset };
}

/** Band of half-width w around the straight line from (0, 0) to (n, m). */
export function diagonalBand(n: number, m: number, w: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(centre - w));
    hi[i] = i === n ? m : Math.min(m, Math.ceil(centre + w));
  }
  if (n === 0) hi[0] = m;
  return finishBand(lo, hi);
}

/** Band of half-width w around a previous path (list of grid points from (0,0) to (n,m)). */
export function pathBand(n: number, m: number, points: Int32Array, w: number): Band {
  const minJ = new Int32Array(n + 1).fill(m);
  const maxJ = new Int32Array(n + 1).fill(0);
  for (let k = 0; k < points.length; k += 2) {
    const i = points[k]!;
    const j = points[k + 1]!;
    if (j < minJ[i]!) minJ[i] = j;
    if (j > maxJ[i]!) maxJ[i] = j;
    // Rows skipped by a 2:x or 3:x bead take the target range of that bead.
    if (k + 2 < points.length) {
      const i2 = points[k + 2]!;
      const j2 = points[k + 3]!;
      for (let r = i + 1; r < i2; r++) {
        if (j < minJ[r]!) minJ[r] = j;
        if (j2 > maxJ[r]!) maxJ[r] = j2;
      }
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = i === 0 ? 0 : Math.max(0, minJ[i]! - w);
    hi[i] = i === n ? m : Math.min(m, maxJ[i]! + w);
  }
  return finishBand(lo, hi);
}

export interface DpResult {
  /** Grid points of the best path, flattened [i0, j0, i1, j1, …] from (0,0) to (n,m). */
  points: Int32Array;
  /** Move id of each step (points.length / 2 - 1 entries). */
  moves: Uint8Array;
  /** Whether the path runs along the band's edge, i.e. the band may have cut off a better path. */
  touchesEdge: boolean;
  cells: number;
}

// Flat copies of MOVES for the hot loop (no nested array lookups per cell).
const DI = Int32Array.from(MOVES, (mv) => mv[0]);
const DJ = Int32Array.from(MOVES, (mv) => mv[1]);
const MOVE_COUNT = MOVES.length;

/**
 * Best path through the band. `lowerBound[k]`, if given, is a floor on the cost of any bead of
 * shape k: a move whose floor cannot beat the cell's best so far is not scored at all.
 */
export function bandedDp(n: number, m: number, band: Band, cost: BeadCost, lowerBound?: Float64Array): DpResult {
  const floor = lowerBound ?? new Float64Array(MOVE_COUNT);
  const { lo, hi, offset } = band;
  const cells = offset[n + 1]!;
  const total = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOff = offset[i]! - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      for (let k = 0; k < MOVE_COUNT; k++) {
        const di = DI[k]!;
        const dj = DJ[k]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0) continue;
        const plo = lo[pi]!;
        if (pj < plo || pj > hi[pi]!) continue;
        const prev = total[offset[pi]! + pj - plo]!;
        if (prev + floor[k]! >= best) continue;
        const c = prev + cost(pi, pj, di, dj, k);
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      total[rowOff + j] = best;
      back[rowOff + j] = bestMove;
    }
  }
  return backtrack(n, m, band, back, cells);
}

function backtrack(n: number, m: number, band: Band, back: Uint8Array, cells: number): DpResult {
  const { lo, hi, offset } = band;
  const rev: number[] = [];
  const revMoves: number[] = [];
  let i = n;
  let j = m;
  let touchesEdge = false;
  const margin = 1;
  while (i > 0 || j > 0) {
    rev.push(i, j);
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    if ((rowLo > 0 && j - rowLo <= margin) || (rowHi < m && rowHi - j <= margin)) touchesEdge = true;
    const k = back[offset[i]! + j - rowLo]!;
    revMoves.push(k);
    const [di, dj] = MOVES[k]!;
    i -= di;
    j -= dj;
  }
  rev.push(0, 0);
  const points = new Int32Array(rev.length);
  for (let k = 0; k < rev.length; k += 2) {
    points[k] = rev[rev.length - 2 - k]!;
    points[k + 1] = rev[rev.length - 1 - k]!;
  }
  return { points, moves: Uint8Array.from(revMoves.reverse()), touchesEdge, cells };
}
