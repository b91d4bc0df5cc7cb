// Evaluation of the precision gate (lib/spell/gate.ts): every word the ungated check flags, on the clean
// texts (each a false alarm) and on the misspelling lists, kept or dropped at each jamo distance.
//   npx tsx bench/spell/gate.ts [--new] [--list]
// Without --new: the sets before round 9 only (the threshold is chosen there); with --new: round 9's.
import path from 'node:path';
import { CHECK_IDS, runDocumentChecks, type QaSegment, type QaTerm } from '../../lib/qa';
import { hasMisspellingEvidence, jamoDistance } from '../../lib/spell/gate';
import type { SpellingContext, WordVerdict } from '../../lib/spell/types';
import { loadKorean } from './hunspell';
import { cleanSets, context, HERE, lines, MISSPELLING_SETS, misspellings } from './sets';

const NEW = process.argv.includes('--new');
const LIST = process.argv.includes('--list');
const inScope = (round: number) => (NEW ? round === 9 : round < 9);
const THRESHOLDS = [Infinity, 0, 1, 2, 3, 4, 5];
const label = (k: number) => (k === Infinity ? 'no gate' : `≤ ${k}`);
const disabledChecks = CHECK_IDS.filter((c) => c !== 'spelling');

function flagged(segments: QaSegment[], terms: QaTerm[], ctx: SpellingContext): string[] {
  return runDocumentChecks(segments, { terms, spelling: { ...ctx, precisionGate: false }, options: { disabledChecks } }).flatMap((r) =>
    r.issues.filter((i) => i.check === 'spelling').map((i) => i.word!),
  );
}

const keep = (w: string, v: WordVerdict, k: number) => k === Infinity || hasMisspellingEvidence(w, v, k);

async function main() {
  const dict = await loadKorean();
  const cache = new Map<string, WordVerdict>();
  const kinds = new Map(lines(path.join(HERE, 'false-alarm-kinds.tsv')).map((l) => l.split('\t') as [string, string]));
  const show = (w: string, v: WordVerdict) =>
    `${w}${v.rival ? ' (rival)' : ''} [${v.suggestions.map((s) => `${s} ${jamoDistance(w, s)}`).join(', ')}]`;

  console.log(`False alarms (${NEW ? 'round 9 text' : 'texts before round 9'}), per threshold: ${THRESHOLDS.map(label).join(' | ')}`);
  const byKind = new Map<string, number[]>();
  const total = THRESHOLDS.map(() => 0);
  let segs = 0;
  for (const set of cleanSets().filter((s) => inScope(s.round))) {
    const ctx = context(dict, set.segments, cache);
    const words = flagged(set.segments, set.terms, ctx);
    segs += set.segments.length;
    const counts = THRESHOLDS.map((k) => words.filter((w) => keep(w, ctx.verdict(w)!, k)).length);
    counts.forEach((c, i) => (total[i]! += c));
    for (const w of words) {
      const kind = kinds.get(w) ?? 'unlabelled';
      const row = byKind.get(kind) ?? THRESHOLDS.map(() => 0);
      THRESHOLDS.forEach((k, i) => (row[i]! += keep(w, ctx.verdict(w)!, k) ? 1 : 0));
      byKind.set(kind, row);
    }
    console.log(`  ${set.name.padEnd(31)} ${String(set.segments.length).padStart(4)} segs | ${counts.join(' | ')}`);
    if (LIST && words.length) console.log(`      ${words.map((w) => show(w, ctx.verdict(w)!)).join('  ')}`);
  }
  console.log(
    `  ${'all'.padEnd(31)} ${String(segs).padStart(4)} segs | ${total.map((t) => `${t} (${((20 * t) / segs).toFixed(2)}/20)`).join(' | ')}`,
  );
  for (const [kind, row] of byKind) console.log(`  kind ${kind.padEnd(10)} | ${row.join(' | ')}`);

  console.log(`\nMisspellings caught / right form in top 3, per threshold: ${THRESHOLDS.map(label).join(' | ')}`);
  const perKind = new Map<string, { n: number; caught: number[]; right: number[] }>();
  const sum = { n: 0, caught: THRESHOLDS.map(() => 0), right: THRESHOLDS.map(() => 0) };
  for (const [set] of MISSPELLING_SETS.filter(([, r]) => inScope(r))) {
    const caught = THRESHOLDS.map(() => 0);
    const right = THRESHOLDS.map(() => 0);
    const lost: string[] = [];
    const pairs = misspellings(set);
    for (const [wrong, good, kind] of pairs) {
      const ctx = context(dict, [], cache);
      const seg: QaSegment = { id: 'm', sourceText: '', targetText: wrong, state: 'TRANSLATED' };
      const hit = flagged([seg], [], ctx).length > 0;
      const v = ctx.verdict(wrong)!;
      const k0 = perKind.get(kind) ?? { n: 0, caught: THRESHOLDS.map(() => 0), right: THRESHOLDS.map(() => 0) };
      k0.n++;
      sum.n++;
      THRESHOLDS.forEach((k, i) => {
        if (!hit || !keep(wrong, v, k)) return;
        for (const row of [caught, k0.caught, sum.caught]) row[i] = row[i]! + 1;
        if (v.suggestions.includes(good)) for (const row of [right, k0.right, sum.right]) row[i] = row[i]! + 1;
      });
      if (hit && !keep(wrong, v, 3)) lost.push(show(wrong, v));
      perKind.set(kind, k0);
    }
    const pc = (a: number) => ((100 * a) / pairs.length).toFixed(1);
    console.log(
      `  ${set.padEnd(9)} ${String(pairs.length).padStart(3)} | ${THRESHOLDS.map((_, i) => `${pc(caught[i]!)}/${pc(right[i]!)}`).join(' | ')}`,
    );
    if (LIST && lost.length) console.log(`      dropped at ≤ 3: ${lost.join('  ')}`);
  }
  const pc = (a: number, n: number) => ((100 * a) / n).toFixed(1);
  console.log(
    `  ${'all'.padEnd(9)} ${String(sum.n).padStart(3)} | ${THRESHOLDS.map((_, i) => `${pc(sum.caught[i]!, sum.n)}/${pc(sum.right[i]!, sum.n)}`).join(' | ')}`,
  );
  for (const [kind, r] of [...perKind].sort((a, b) => b[1].n - a[1].n))
    console.log(
      `  kind ${kind.padEnd(12)} ${String(r.n).padStart(3)} | ${THRESHOLDS.map((_, i) => `${r.caught[i]}/${r.right[i]}`).join(' | ')}`,
    );
}

void main();
