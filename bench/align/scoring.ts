// Pooling and per-kind scoring for the aligner benchmark. Several documents of one size are pooled
// by shifting their paragraph indices, so F1 is computed over all their beads at once (micro F1).
// Per kind: the gold beads of that kind against the output beads that touch any of their
// paragraphs, strict F1 with insertions and deletions counted on both sides.
import type { Bead } from '../../lib/align/types';
import { KINDS, type BeadKind, type GoldBead } from './perturb';

export interface Pooled {
  gold: GoldBead[];
  test: Bead[];
}

export function pool(into: Pooled, gold: readonly GoldBead[], test: readonly Bead[]): void {
  let sOff = 0;
  let tOff = 0;
  for (const b of into.gold) {
    for (const i of b.source) sOff = Math.max(sOff, i + 1);
    for (const j of b.target) tOff = Math.max(tOff, j + 1);
  }
  const shift = <T extends { source: number[]; target: number[] }>(b: T): T => ({
    ...b,
    source: b.source.map((i) => i + sOff),
    target: b.target.map((j) => j + tOff),
  });
  into.gold.push(...gold.map(shift));
  into.test.push(...test.map(shift));
}

const key = (b: { source: number[]; target: number[] }) => `${b.source.join(',')}|${b.target.join(',')}`;

/**
 * Strict F1 per kind, insertions and deletions included (Vecalign's recall leaves 1:0 and 0:1 beads
 * out, which would make the "delete" row empty): recall = gold beads of the kind found exactly,
 * precision = output beads touching their paragraphs that are exact gold beads.
 */
export function scoreByKind(p: Pooled): Map<BeadKind, { n: number; f1: number }> {
  const out = new Map<BeadKind, { n: number; f1: number }>();
  const testKeys = new Set(p.test.map(key));
  const goldKeys = new Set(p.gold.map(key));
  for (const kind of KINDS) {
    const gold = p.gold.filter((g) => g.kind === kind);
    if (gold.length === 0) continue;
    const src = new Set(gold.flatMap((g) => g.source));
    const tgt = new Set(gold.flatMap((g) => g.target));
    const test = p.test.filter((b) => b.source.some((i) => src.has(i)) || b.target.some((j) => tgt.has(j)));
    const recall = gold.filter((g) => testKeys.has(key(g))).length / gold.length;
    const precision = test.length ? test.filter((b) => goldKeys.has(key(b))).length / test.length : 0;
    out.set(kind, { n: gold.length, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 });
  }
  return out;
}

/** Share of wrong (not a strict hit) and right output beads that score under `mark`. */
export function confidenceSplit(p: Pooled, mark: number): { wrong: number; wrongLow: number; right: number; rightLow: number } {
  const gold = new Set(p.gold.map(key));
  const r = { wrong: 0, wrongLow: 0, right: 0, rightLow: 0 };
  for (const b of p.test) {
    const low = b.score < mark ? 1 : 0;
    if (gold.has(key(b))) {
      r.right++;
      r.rightLow += low;
    } else {
      r.wrong++;
      r.wrongLow += low;
    }
  }
  return r;
}
