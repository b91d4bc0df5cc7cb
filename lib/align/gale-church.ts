// Baseline: Gale & Church (1993), "A Program for Aligning Sentences in Bilingual Corpora", as in
// the paper's C listing — integer costs of −100·log(probability), full (n+1)×(m+1) matrix, beads
// 1:1, 1:0, 0:1, 2:1, 1:2, 2:2 with the paper's fixed penalties, and length variance s² = 6.8.
// One concession for English→Korean: the expected ratio c is the document's total length ratio,
// since the paper's c = 1 would make the baseline a strawman for a pair where Korean is half as long.
// Kept deliberately naive (quadratic time and memory) so the benchmark shows what the band buys.
import { charLength } from './features';
import type { Bead } from './types';

export interface GaleChurchOptions {
  /** Expected target characters per source character; default: total target / total source. */
  c?: number;
  /** Variance per character; the paper's 6.8. */
  s2?: number;
}

const BIG = 1e7;
// [di, dj, penalty] from the paper's listing (−100·log of the prior relative to 1:1).
const GC_MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0],
  [1, 0, 450],
  [0, 1, 450],
  [2, 1, 230],
  [1, 2, 230],
  [2, 2, 440],
];

/** Upper tail of the standard normal, Abramowitz & Stegun 26.2.17 (error < 7.5e-8). */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return Math.exp(-0.5 * z * z) * 0.3989422804014327 * poly;
}

/** Probability of a length mismatch at least this large: 2·(1 − Φ(|z|)). */
function matchProbability(len1: number, len2: number, c: number, s2: number): number {
  if (len1 === 0 && len2 === 0) return 1;
  const mean = (len1 + len2 / c) / 2;
  const z = Math.abs((c * len1 - len2) / Math.sqrt(s2 * mean));
  return 2 * normalTail(z);
}

function matchCost(len1: number, len2: number, c: number, s2: number): number {
  const pd = matchProbability(len1, len2, c, s2);
  return pd > 0 ? Math.trunc(-100 * Math.log(pd)) : BIG;
}

export function galeChurch(source: readonly string[], target: readonly string[], options: GaleChurchOptions = {}): Bead[] {
  const n = source.length;
  const m = target.length;
  const ls = source.map(charLength);
  const lt = target.map(charLength);
  const totalS = ls.reduce((a, b) => a + b, 0);
  const totalT = lt.reduce((a, b) => a + b, 0);
  const c = options.c ?? (totalS > 0 && totalT > 0 ? totalT / totalS : 1);
  const s2 = options.s2 ?? 6.8;
  const width = m + 1;
  const dist = new Int32Array((n + 1) * width);
  const back = new Uint8Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = 2147483647;
      let bestMove = 0;
      for (let k = 0; k < GC_MOVES.length; k++) {
        const [di, dj, penalty] = GC_MOVES[k]!;
        if (i < di || j < dj) continue;
        let a = 0;
        for (let x = i - di; x < i; x++) a += ls[x]!;
        let b = 0;
        for (let y = j - dj; y < j; y++) b += lt[y]!;
        const d = dist[(i - di) * width + j - dj]! + penalty + matchCost(a, b, c, s2);
        if (d < best) {
          best = d;
          bestMove = k;
        }
      }
      dist[i * width + j] = best;
      back[i * width + j] = bestMove;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = GC_MOVES[back[i * width + j]!]!;
    let a = 0;
    for (let x = i - di; x < i; x++) a += ls[x]!;
    let b = 0;
    for (let y = j - dj; y < j; y++) b += lt[y]!;

    beads.push({
      source: Array.from({ length: di }, (_, x) => i - di + x),
      target: Array.from({ length: dj }, (_, y) => j - dj + y),
      score: matchProbability(a, b, c, s2),
    });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
