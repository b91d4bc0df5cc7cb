// Strict and lax precision/recall/F1 of an alignment against gold beads, as defined by Vecalign's
// score.py (Thompson & Koehn 2019, after Sennrich & Volk 2010):
// - precision runs over all test beads (insertions and deletions included): a bead is a strict hit
//   if the gold has exactly that bead, a lax hit if it is a strict hit or if some of its target
//   paragraphs are gold partners of some of its source paragraphs;
// - recall is the same computation with the roles swapped and 1:0 / 0:1 beads removed from both.
import type { Bead } from './types';

type Pair = { source: readonly number[]; target: readonly number[] };

export interface AlignmentScores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

function key(b: Pair): string {
  return `${b.source.join(',')}|${b.target.join(',')}`;
}

/** [strict hits, strict misses, lax hits, lax misses] of `test` measured against `gold`. */
function hits(gold: readonly Pair[], test: readonly Pair[]): [number, number, number, number] {
  const goldKeys = new Set(gold.filter((b) => b.source.length || b.target.length).map(key));
  const partners = new Map<number, Set<number>>();
  for (const g of gold) {
    for (const s of g.source) {
      let set = partners.get(s);
      if (!set) partners.set(s, (set = new Set()));
      for (const t of g.target) set.add(t);
    }
  }
  let tpStrict = 0;
  let fpStrict = 0;
  let tpLax = 0;
  let fpLax = 0;
  const seen = new Set<string>();
  for (const b of test) {
    if (!b.source.length && !b.target.length) continue;
    const k = key(b);
    if (seen.has(k)) continue; // score.py works on sets of beads
    seen.add(k);
    if (goldKeys.has(k)) {
      tpStrict++;
      tpLax++;
      continue;
    }
    fpStrict++;
    const overlap = b.source.some((s) => b.target.some((t) => partners.get(s)?.has(t)));
    if (overlap) tpLax++;
    else fpLax++;
  }
  return [tpStrict, fpStrict, tpLax, fpLax];
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreAlignment(gold: readonly Pair[], test: readonly (Pair | Bead)[]): AlignmentScores {
  const p = hits(gold, test);
  const bothSides = (b: Pair) => b.source.length > 0 && b.target.length > 0;
  const r = hits(test.filter(bothSides), gold.filter(bothSides));
  const precisionStrict = ratio(p[0], p[1]);
  const precisionLax = ratio(p[2], p[3]);
  const recallStrict = ratio(r[0], r[1]);
  const recallLax = ratio(r[2], r[3]);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}
