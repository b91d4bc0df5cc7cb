// Korean spelling benchmark (#22 item 4): false alarms on careful translations and the share of
// common misspellings caught with the right form among the first three suggestions, the QA
// spelling check (lib/qa/spelling.ts + lib/spell) beside raw Hunspell on whitespace words, both in
// this run. Then time: the check over a 2,000-segment document, cold and warm, beside a floor.
//   npx tsx bench/spell/run.ts [--list] [--no-time] [--only=beekeeping,heldout25]
//   (--list prints every false alarm and every miss; --only keeps the sets whose name holds one of
//   the words, for a new round's blind figure in a minute instead of the whole run)
import { CHECK_IDS, runDocumentChecks, type QaSegment, type QaTerm } from '../../lib/qa';
import type { SpellingContext, WordVerdict } from '../../lib/spell/types';
import type { SyncDictionary } from '../../lib/spell/verdict';
import { loadKorean } from './hunspell';
import { cleanSets, context, MISSPELLING_SETS, misspellings } from './sets';

const LIST = process.argv.includes('--list');
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);
const kept = (name: string) => !ONLY || ONLY.some((w) => name.includes(w));

/** The baseline: every whitespace word, punctuation stripped at its ends, that Hunspell refuses. */
function rawFlags(dict: SyncDictionary, text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\uac00-\ud7a3]/.test(w) && !dict.spell(w));
}

function checkFlags(segments: QaSegment[], terms: QaTerm[], spelling: SpellingContext): string[] {
  const disabled = CHECK_IDS.filter((c) => c !== 'spelling');
  return runDocumentChecks(segments, { terms, spelling, options: { disabledChecks: disabled } }).flatMap((r) =>
    r.issues.filter((i) => i.check === 'spelling').map((i) => i.word!),
  );
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)} %` : '-';
}

async function main() {
  const t0 = performance.now();
  const dict = await loadKorean();
  console.log(
    `Hunspell + dictionary-ko loaded in ${(performance.now() - t0).toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`,
  );
  const cache = new Map<string, WordVerdict>();

  console.log('False alarms on careful translations (every flag is a false alarm)');
  console.log('set                         segs  words | raw Hunspell: flags  /20 segs | check: flags  /20 segs');
  const all = cleanSets();
  const hw = all[0]!;
  const sets: [string, QaSegment[], QaTerm[]][] = all.map((c) => [c.name, c.segments, c.terms]);
  for (const [name, segs, terms] of sets) {
    if (!kept(name)) continue;
    const words = segs.reduce((n, s) => n + s.targetText.split(/\s+/).filter(Boolean).length, 0);
    const raw = segs.flatMap((s) => rawFlags(dict, s.targetText));
    const ours = checkFlags(segs, terms, context(dict, segs, cache));
    const per20 = (n: number) => ((20 * n) / segs.length).toFixed(2);
    console.log(
      `${name.padEnd(31)} ${String(segs.length).padStart(4)} ${String(words).padStart(6)} | ${String(raw.length).padStart(19)} ${per20(raw.length).padStart(9)} | ${String(ours.length).padStart(12)} ${per20(ours.length).padStart(9)}`,
    );
    if (LIST && ours.length) console.log(`    flagged: ${ours.join(' ')}`);
  }

  console.log('\nCommon misspellings: caught (flagged) and caught with the right form among the first three suggestions');
  console.log(
    'set        pairs | raw: caught  right in top 3 | check: caught  right in top 3 | right form flagged (check) | let pass beside an English source',
  );
  // The same misspellings in segments whose source is one of our stories' English paragraphs (each
  // misspelling beside each paragraph): the transliteration filter must not take a misspelt word for
  // a name of the source. The share of flagged misspellings that stop being flagged there.
  const english = [...hw.segments, ...sets[1]![1]].map((s) => s.sourceText);
  for (const [set] of MISSPELLING_SETS) {
    if (!kept(set)) continue;
    const pairs = misspellings(set);
    let rawCaught = 0,
      rawTop = 0,
      caught = 0,
      top = 0,
      rightFlagged = 0,
      besideTried = 0,
      swallowed = 0;
    const misses: string[] = [];
    const rightList: string[] = [];
    const letPass = new Map<string, number>();
    for (const [wrong, right] of pairs) {
      if (!dict.spell(wrong)) {
        rawCaught++;
        if (dict.suggest(wrong).slice(0, 3).includes(right)) rawTop++;
      }
      const seg = (t: string): QaSegment => ({ id: 'm', sourceText: '', targetText: t, state: 'TRANSLATED' });
      const flags = runDocumentChecks([seg(wrong)], { spelling: context(dict, [], cache) })[0]!.issues.filter(
        (i) => i.check === 'spelling',
      );
      if (flags.length) caught++;
      if (flags.some((f) => f.suggestions?.includes(right))) top++;
      else misses.push(`${wrong}→${right}${flags.length ? ` [${flags[0]!.suggestions!.join(',')}]` : ' (not flagged)'}`);
      if (checkFlags([seg(right)], [], context(dict, [], cache)).length) {
        rightFlagged++;
        rightList.push(right);
      }
      // Beside every English paragraph of our stories in turn: how often is the misspelling let pass?
      for (const src of english) {
        const beside: QaSegment = { id: 'e', sourceText: src, targetText: wrong, state: 'TRANSLATED' };
        besideTried++;
        if (flags.length && !checkFlags([beside], [], context(dict, [], cache)).length) {
          swallowed++;
          letPass.set(wrong, (letPass.get(wrong) ?? 0) + 1);
        }
      }
    }
    const n = pairs.length;
    console.log(
      `${set.padEnd(10)} ${String(n).padStart(5)} | ${pct(rawCaught, n).padStart(11)} ${pct(rawTop, n).padStart(15)} | ${pct(caught, n).padStart(13)} ${pct(top, n).padStart(15)} | ${String(rightFlagged).padStart(26)} | ${pct(swallowed, besideTried)} of ${besideTried}`,
    );
    if (LIST) {
      console.log(`    missed: ${misses.join('  ')}\n    right forms flagged: ${rightList.join(' ')}`);
      console.log(`    let pass beside English (paragraphs): ${[...letPass].map(([w, k]) => `${w} ×${k}`).join('  ')}`);
    }
  }

  if (process.argv.includes('--no-time')) return;
  // Time: the check over a 2,000-segment document made of the news sets' paragraphs.
  const news = (name: string) => sets.find(([n]) => n.startsWith(name))![1];
  const base = [
    ...hw.segments,
    ...news('held-out: align news tune'),
    ...news('held-out: align news held'),
    ...news('held-out: fixture'),
    ...news('held-out: rice'),
  ];
  const doc: QaSegment[] = Array.from({ length: 2000 }, (_, i) => ({ ...base[i % base.length]!, id: `d${i}` }));
  const cold = new Map<string, WordVerdict>();
  let t = performance.now();
  checkFlags(doc, hw.terms, context(dict, doc, cold));
  const coldMs = performance.now() - t;
  t = performance.now();
  checkFlags(doc, hw.terms, context(dict, doc, cold));
  const warmMs = performance.now() - t;
  t = performance.now();
  let floor = 0;
  for (const s of doc) for (const w of s.targetText.split(/\s+/)) floor += w.length;
  const floorMs = performance.now() - t;
  void floor; // read, so the loop is not optimised away
  console.log(
    `\n2,000 segments (${cold.size} distinct words judged): cold ${coldMs.toFixed(0)} ms (dictionary + suggestions), warm (cached verdicts) ${warmMs.toFixed(0)} ms; floor (split every segment into words) ${floorMs.toFixed(1)} ms, ratio ${(warmMs / Math.max(floorMs, 0.1)).toFixed(0)}×`,
  );
}

void main();
