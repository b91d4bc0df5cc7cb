// Anchor scoring for the DP. Evidence from a shared anchor is worth more the rarer the anchor is
// ("2" is everywhere, "2397" is not), so each token has an IDF over all paragraphs of both sides.
// Per token occurrence (paragraph level) a bead pays:
//   - 0 when the other side of a 1:1 / n:m bead has it too (matched);
//   - presence = idf/2 when it sits in an inserted or deleted paragraph (no partner to match);
//   - miss = UNMATCHED × kind + idf/2 when the other side of its n:m bead lacks it.
// Relative to "every occurrence pays idf/2", this is a bonus of idf per matched pair and a fixed
// penalty for a token the translation dropped or added — without negative costs, so the DP can
// prune with lower bounds. Inserted paragraphs full of numbers are thus not pushed into wrong beads.
//
// Re-intersecting token sets for each of the ~8 bead shapes at every cell would dominate the run
// time, so the matched weight of each (source paragraph, target paragraph) pair near the band is
// computed once; a bead then sums at most 3 × 3 of them. A paragraph's matched weight is capped at
// its own weight, which only differs from exact set arithmetic when the same token recurs in two
// paragraphs on one side of the bead.
import type { Anchors } from './anchors';
import type { Band } from './banded-dp';

/** Penalty (nats) per unit of kind weight for an anchor the other side of its bead lacks. */
export const UNMATCHED_ANCHOR = 1.5;

interface Flat {
  ids: Int32Array;
  start: Int32Array;
  /** Miss weight of each paragraph's tokens (what it pays if nothing is matched in an n:m bead). */
  weight: Float64Array;
  /** Prefix sums of the presence weight: what a run of paragraphs pays as insertions/deletions. */
  pre: Float64Array;
}

function flatten(lists: readonly Int32Array[], weights: Float64Array, presence: Float64Array): Flat {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = start[k]! + lists[k]!.length;
  const ids = new Int32Array(start[lists.length]!);
  const weight = new Float64Array(lists.length);
  const pre = new Float64Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k]!;
    ids.set(list, start[k]);
    let w = 0;
    let p = 0;
    for (let x = 0; x < list.length; x++) {
      w += weights[list[x]!]!;
      p += presence[list[x]!]!;
    }
    weight[k] = w;
    pre[k + 1] = pre[k]! + p;
  }
  return { ids, start, weight, pre };
}

export class AnchorOverlap {
  private readonly s: Flat;
  private readonly t: Flat;
  private readonly weights: Float64Array;
  private mlo = new Int32Array(0);
  private mhi = new Int32Array(0);
  private moff = new Int32Array(0);
  private vals = new Float64Array(0);
  private readonly scratch = new Float64Array(9);
  // Generation stamps for exactMisses: "token seen in source / target / already counted".
  private readonly inS: Int32Array;
  private readonly inT: Int32Array;
  private readonly counted: Int32Array;
  private readonly countS: Int32Array;
  private readonly countT: Int32Array;
  private stamp = 0;

  constructor(anchors: Anchors) {
    const nTok = anchors.weights.length;
    const df = new Float64Array(nTok);
    for (const list of [...anchors.source, ...anchors.target]) for (const id of list) df[id]!++;
    const paragraphs = anchors.source.length + anchors.target.length;
    const presence = new Float64Array(nTok);
    this.weights = new Float64Array(nTok);
    for (let id = 0; id < nTok; id++) {
      const idf = Math.min(5, Math.max(0.5, Math.log((paragraphs + 1) / (df[id]! + 1))));
      presence[id] = idf / 2;
      this.weights[id] = UNMATCHED_ANCHOR * anchors.weights[id]! + idf / 2;
    }
    this.s = flatten(anchors.source, this.weights, presence);
    this.t = flatten(anchors.target, this.weights, presence);
    this.inS = new Int32Array(nTok);
    this.inT = new Int32Array(nTok);
    this.counted = new Int32Array(nTok);
    this.countS = new Int32Array(nTok);
    this.countT = new Int32Array(nTok);
  }

  /**
   * Exact arithmetic for beads with several paragraphs on a side, counting occurrences (one per
   * paragraph a token appears in): matched occurrences are free, each unmatched one pays its miss
   * weight. So a token recurring without a counterpart costs the same inside one 2:2 bead as across
   * two 1:1 beads (charging it once per bead made wrong 2:2 beads cheap). Slower than summing pairs,
   * so the first (wide) pass uses the pair sums and the final pass this.
   */
  private exactMisses(i0: number, j0: number, di: number, dj: number): number {
    const { s, t, inS, inT, counted, weights } = this;
    const stamp = ++this.stamp;
    const cS = this.countS;
    const cT = this.countT;
    for (let k = s.start[i0]!; k < s.start[i0 + di]!; k++) {
      const id = s.ids[k]!;
      if (inS[id] !== stamp) {
        inS[id] = stamp;
        cS[id] = 0;
      }
      cS[id]!++;
    }
    for (let k = t.start[j0]!; k < t.start[j0 + dj]!; k++) {
      const id = t.ids[k]!;
      if (inT[id] !== stamp) {
        inT[id] = stamp;
        cT[id] = 0;
      }
      cT[id]!++;
    }
    let cost = 0;
    for (let k = s.start[i0]!; k < s.start[i0 + di]!; k++) {
      const id = s.ids[k]!;
      if (counted[id] === stamp) continue;
      counted[id] = stamp;
      const other = inT[id] === stamp ? cT[id]! : 0;
      cost += weights[id]! * Math.abs(cS[id]! - other);
    }
    for (let k = t.start[j0]!; k < t.start[j0 + dj]!; k++) {
      const id = t.ids[k]!;
      if (counted[id] === stamp) continue;
      counted[id] = stamp;
      // Not in the source loop, so absent from the bead's source side.
      cost += weights[id]! * cT[id]!;
    }
    return cost;
  }

  /** Weight of the tokens shared by source paragraph a and target paragraph b (sorted-list merge). */
  private direct(a: number, b: number): number {
    let x = this.s.start[a]!;
    const xe = this.s.start[a + 1]!;
    let y = this.t.start[b]!;
    const ye = this.t.start[b + 1]!;
    if (x === xe || y === ye) return 0;
    const si = this.s.ids;
    const ti = this.t.ids;
    let w = 0;
    while (x < xe && y < ye) {
      const u = si[x]!;
      const v = ti[y]!;
      if (u === v) {
        w += this.weights[u]!;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    return w;
  }

  /** Precomputes the pairs any bead inside `band` can touch (rows a, columns up to 3 left of the band). */
  prepare(band: Band): void {
    const n = this.s.weight.length;
    const m = this.t.weight.length;
    this.mlo = new Int32Array(n);
    this.mhi = new Int32Array(n);
    this.moff = new Int32Array(n + 1);
    for (let a = 0; a < n; a++) {
      this.mlo[a] = Math.max(0, band.lo[a + 1]! - 3);
      this.mhi[a] = Math.min(m - 1, band.hi[Math.min(n, a + 3)]! - 1);
      this.moff[a + 1] = this.moff[a]! + Math.max(0, this.mhi[a]! - this.mlo[a]! + 1);
    }
    this.vals = new Float64Array(this.moff[n]!);
    for (let a = 0; a < n; a++) {
      if (this.s.weight[a] === 0) continue;
      const off = this.moff[a]! - this.mlo[a]!;
      for (let b = this.mlo[a]!; b <= this.mhi[a]!; b++) {
        if (this.t.weight[b] !== 0) this.vals[off + b] = this.direct(a, b);
      }
    }
  }

  pair(a: number, b: number): number {
    if (a < this.mlo.length && b >= this.mlo[a]! && b <= this.mhi[a]!) return this.vals[this.moff[a]! + b - this.mlo[a]!]!;
    return this.direct(a, b);
  }

  /** Anchor cost of a bead (see the header): presence for 1:0 / 0:1, misses for n:m beads. */
  cost(i0: number, j0: number, di: number, dj: number, exact = false): number {
    if (di === 0) return this.t.pre[j0 + dj]! - this.t.pre[j0]!;
    if (dj === 0) return this.s.pre[i0 + di]! - this.s.pre[i0]!;
    let any = 0;
    for (let x = 0; x < di; x++) any += this.s.weight[i0 + x]!;
    let anyT = 0;
    for (let y = 0; y < dj; y++) anyT += this.t.weight[j0 + y]!;
    if (any === 0 || anyT === 0) return any + anyT;
    if (exact && (di > 1 || dj > 1)) return this.exactMisses(i0, j0, di, dj);
    const m = this.scratch;
    let cost = 0;
    for (let x = 0; x < di; x++) {
      let row = 0;
      for (let y = 0; y < dj; y++) {
        const v = this.pair(i0 + x, j0 + y);
        m[x * 3 + y] = v;
        row += v;
      }
      const left = this.s.weight[i0 + x]! - row;
      if (left > 0) cost += left;
    }
    for (let y = 0; y < dj; y++) {
      let col = 0;
      for (let x = 0; x < di; x++) col += m[x * 3 + y]!;
      const left = this.t.weight[j0 + y]! - col;

      if (left > 0) cost += left;
    }
    return cost;
  }
}
