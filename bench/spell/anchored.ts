// Evaluation of the source-anchored pass (lib/qa/spelling.ts, AnchorLevel in lib/spell/transliteration.ts):
// at each level, the false alarms left on the clean texts (per kind), the misspellings let pass beside
// an English paragraph of our stories, and the loanword misspellings let pass beside their own English
// word (loanword-sources.tsv).
//   npx tsx bench/spell/anchored.ts [--new] [--list]
// Without --new: the sets before round 9 only (the level is chosen there); with --new: round 9's.
import path from 'node:path';
import { CHECK_IDS, runDocumentChecks, type QaSegment, type QaTerm } from '../../lib/qa';
import type { AnchorLevel } from '../../lib/spell/transliteration';
import type { SpellingContext, WordVerdict } from '../../lib/spell/types';
import { loadKorean } from './hunspell';
import { cleanSets, context, HERE, lines, MISSPELLING_SETS, misspellings } from './sets';

const NEW = process.argv.includes('--new');
const LIST = process.argv.includes('--list');
const inScope = (round: number) => (NEW ? round === 9 : round < 9);
const LEVELS: AnchorLevel[] = [0, 1, 2, 3];
const SHOW = 2; // the level whose words --list prints beside level 0
const disabledChecks = CHECK_IDS.filter((c) => c !== 'spelling');

function flagged(segments: QaSegment[], terms: QaTerm[], ctx: SpellingContext, anchorLevel: AnchorLevel): string[] {
  return runDocumentChecks(segments, { terms, spelling: { ...ctx, anchorLevel }, options: { disabledChecks } }).flatMap((r) =>
    r.issues.filter((i) => i.check === 'spelling').map((i) => i.word!),
  );
}

async function main() {
  const dict = await loadKorean();
  const cache = new Map<string, WordVerdict>();
  const kinds = new Map(lines(path.join(HERE, 'false-alarm-kinds.tsv')).map((l) => l.split('\t') as [string, string]));
  const sets = cleanSets();

  console.log(`False alarms (${NEW ? 'round 9 text' : 'texts before round 9'}), per level: ${LEVELS.join(' | ')}`);
  const byKind = new Map<string, number[]>();
  const total = LEVELS.map(() => 0);
  let segs = 0;
  for (const set of sets.filter((s) => inScope(s.round))) {
    const ctx = context(dict, set.segments, cache);
    const per = LEVELS.map((l) => flagged(set.segments, set.terms, ctx, l));
    segs += set.segments.length;
    per.forEach((w, i) => (total[i]! += w.length));
    for (const [i, words] of per.entries())
      for (const w of words) {
        const kind = kinds.get(w) ?? 'unlabelled';
        const row = byKind.get(kind) ?? LEVELS.map(() => 0);
        row[i]!++;
        byKind.set(kind, row);
      }
    console.log(`  ${set.name.padEnd(31)} ${String(set.segments.length).padStart(4)} segs | ${per.map((w) => w.length).join(' | ')}`);
    if (LIST && per[0]!.length) console.log(`      level 0: ${per[0]!.join(' ')}\n      level ${SHOW}: ${per[SHOW]!.join(' ')}`);
  }
  console.log(
    `  ${'all'.padEnd(31)} ${String(segs).padStart(4)} segs | ${total.map((t) => `${t} (${((20 * t) / segs).toFixed(2)}/20)`).join(' | ')}`,
  );
  for (const [kind, row] of byKind) console.log(`  kind ${kind.padEnd(10)} | ${row.join(' | ')}`);

  // Misspellings the check flags alone, set beside each English paragraph of the heatwave and G20 stories.
  const english = [...sets[0]!.segments, ...sets[1]!.segments].map((s) => s.sourceText);
  console.log(`\nMisspellings let pass beside an English paragraph (of those flagged alone), per level: ${LEVELS.join(' | ')}`);
  const allPass = LEVELS.map(() => 0);
  let allTried = 0;
  for (const [set] of MISSPELLING_SETS.filter(([, r]) => inScope(r))) {
    const pass = LEVELS.map(() => 0);
    let tried = 0;
    const passed = LEVELS.map(() => new Set<string>());
    for (const [wrong] of misspellings(set)) {
      const seg = (src: string): QaSegment => ({ id: 'm', sourceText: src, targetText: wrong, state: 'TRANSLATED' });
      if (!flagged([seg('')], [], context(dict, [], cache), 0).length) continue;
      for (const src of english) {
        tried++;
        LEVELS.forEach((l, i) => {
          if (!flagged([seg(src)], [], context(dict, [seg(src)], cache), l).length) {
            pass[i]!++;
            passed[i]!.add(wrong);
          }
        });
      }
    }
    allTried += tried;
    pass.forEach((p, i) => (allPass[i]! += p));
    console.log(`  ${set.padEnd(9)} ${String(tried).padStart(6)} | ${pass.join(' | ')}`);
    if (LIST && passed[SHOW]!.size) console.log(`      level ${SHOW}: ${[...passed[SHOW]!].join(' ')}`);
  }
  console.log(
    `  ${'all'.padEnd(9)} ${String(allTried).padStart(6)} | ${allPass.map((p) => `${p} (${((100 * p) / Math.max(1, allTried)).toFixed(2)} %)`).join(' | ')}`,
  );

  // Each loanword misspelling beside its own English word: flagged alone, and still flagged with it.
  console.log(`\nLoanword misspellings beside their English word (loanword-sources.tsv), per level: ${LEVELS.join(' | ')}`);
  const rows = lines(path.join(HERE, 'loanword-sources.tsv')).map((l) => l.split('\t') as [string, string, string, string]);
  const round = new Map(MISSPELLING_SETS);
  for (const scope of ['old', 'new'] as const) {
    const mine = rows.filter(([, , , list]) => round.get(list)! < 9 === (scope === 'old'));
    let alone = 0;
    const slip = LEVELS.map(() => [] as string[]);
    for (const [wrong, , english] of mine) {
      const seg = (src: string): QaSegment => ({ id: 'm', sourceText: src, targetText: wrong, state: 'TRANSLATED' });
      if (!flagged([seg('')], [], context(dict, [], cache), 0).length) continue;
      alone++;
      LEVELS.forEach((l, i) => {
        if (!flagged([seg(english)], [], context(dict, [seg(english)], cache), l).length) slip[i]!.push(`${wrong}←${english}`);
      });
    }
    console.log(
      `  ${scope === 'old' ? 'lists before r9' : 'heldout8 (r9)'}: ${mine.length} pairs, ${alone} flagged alone | slip through: ${slip.map((s) => s.length).join(' | ')}`,
    );
    if (LIST) slip.forEach((s, i) => s.length && console.log(`      level ${LEVELS[i]}: ${s.join('  ')}`));
  }
}

void main();
