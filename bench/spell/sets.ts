// The benchmark's data, shared by run.ts (the figures) and gate.ts (the precision gate's evaluation):
// our own stories with their English, the other teams' clean translations, the misspelling lists,
// and a spelling context built as the server builds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { QaSegment, QaTerm } from '../../lib/qa';
import { fixtureSegments } from '../../lib/qa/fixtures/load-fixture';
import { riceSegments } from '../../lib/qa/testing/load';
import { documentNames } from '../../lib/spell/document-names';
import { knownWords } from '../../lib/spell/filters';
import type { SpellingContext, WordVerdict } from '../../lib/spell/types';
import { verdictFor, type SyncDictionary } from '../../lib/spell/verdict';

export const HERE = __dirname;

export function lines(p: string): string[] {
  return readFileSync(p, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** One of our own stories (texts/<name>.en.txt, .ko.txt) and its glossary, if it has one. */
export function ownText(name: string, glossary: boolean): { segments: QaSegment[]; terms: QaTerm[] } {
  const en = lines(path.join(HERE, `texts/${name}.en.txt`));
  const ko = lines(path.join(HERE, `texts/${name}.ko.txt`));
  if (en.length !== ko.length) throw new Error(`${name}: paragraph counts differ`);
  const terms = glossary
    ? lines(path.join(HERE, `texts/${name}.glossary.tsv`)).map((l) => {
        const [source, target, kind] = l.split('\t');
        return { source: source!, target: target!, kind: kind as QaTerm['kind'] };
      })
    : [];
  return { segments: en.map((s, i) => ({ id: `${name}${i}`, sourceText: s, targetText: ko[i]!, state: 'TRANSLATED' })), terms };
}

export function alignNews(file: string): QaSegment[] {
  return lines(path.join(HERE, '../align/news', file))
    .slice(1)
    .map((l, i) => {
      const [, en, ko] = l.split('\t');
      return { id: `n${i}`, sourceText: en ?? '', targetText: ko ?? '', state: 'TRANSLATED' };
    });
}

/** Every clean text, in the order of the tables; `round` is the round whose blind set it was (0: before round 3). */
export function cleanSets(): { name: string; segments: QaSegment[]; terms: QaTerm[]; round: number }[] {
  const hw = ownText('heatwave', true);
  const own = (name: string, round: number, label: string) => ({ name: label, ...ownText(name, false), round });
  return [
    { name: 'tune: heatwave (own)', ...hw, round: 0 },
    own('g20', 0, 'held-out: G20 (own, no gl.)'),
    own('chips', 3, 'held-out2: chips (own, r3)'),
    own('wildfire', 4, 'held-out3: wildfire (own, r4)'),
    own('howitzer', 5, 'held-out4: howitzer (own, r5)'),
    own('medstrike', 6, 'held-out5: medstrike (own, r6)'),
    own('breach', 7, 'held-out6: breach (own, r7)'),
    own('heritage', 8, 'held-out7: heritage (own, r8)'),
    own('biff', 9, 'held-out8: biff (own, r9)'),
    own('ferry', 11, 'held-out9: ferry (own, r11)'),
    own('decom', 12, 'held-out10: decom (own, r12)'),
    own('apple', 13, 'held-out11: apple (own, r13)'),
    own('bakery', 14, 'held-out12: bakery (own, r14)'),
    own('solidcell', 15, 'held-out13: solidcell (own, r15)'),
    own('squid', 16, 'held-out14: squid (own, r16)'),
    own('exam', 17, 'held-out15: exam (own, r17)'),
    own('kimjang', 18, 'held-out16: kimjang (own, r18)'),
    own('foliage', 19, 'held-out17: foliage (own, r19)'),
    own('icefest', 20, 'held-out18: icefest (own, r20)'),
    own('gotgam', 21, 'held-out19: gotgam (own, r21)'),
    own('gim', 22, 'held-out20: gim (own, r22)'),
    own('shipyard', 23, 'held-out21: shipyard (own, r23)'),
    own('bathhouse', 24, 'held-out22: bathhouse (own, r24)'),
    own('esports', 25, 'held-out23: esports (own, r25)'),
    own('makgeolli', 26, 'held-out24: makgeolli (own, r26)'),
    own('beekeeping', 27, 'held-out25: beekeeping (own, r27)'),
    { name: 'held-out: fixture A-Z', segments: fixtureSegments(), terms: [], round: 0 },
    { name: 'held-out: rice offer', segments: riceSegments(), terms: [], round: 0 },
    { name: 'held-out: align news tune', segments: alignNews('tune.tsv'), terms: [], round: 0 },
    { name: 'held-out: align news held', segments: alignNews('heldout.tsv'), terms: [], round: 0 },
  ];
}

/** The misspelling lists (misspellings.<set>.tsv) and the round whose blind set each was. */
export const MISSPELLING_SETS: readonly (readonly [string, number])[] = [
  ['tune', 0],
  ['heldout', 0],
  ['heldout2', 3],
  ['heldout3', 4],
  ['heldout4', 5],
  ['heldout5', 6],
  ['heldout6', 7],
  ['heldout7', 8],
  ['heldout8', 9],
  ['heldout9', 11],
  ['heldout10', 12],
  ['heldout11', 13],
  ['heldout12', 14],
  ['heldout13', 15],
  ['heldout14', 16],
  ['heldout15', 17],
  ['heldout16', 18],
  ['heldout17', 19],
  ['heldout18', 20],
  ['heldout19', 21],
  ['heldout20', 22],
  ['heldout21', 23],
  ['heldout22', 24],
  ['heldout23', 25],
  ['heldout24', 26],
  ['heldout25', 27],
];

/** wrong, right, kind */
export function misspellings(set: string): [string, string, string][] {
  return lines(path.join(HERE, `misspellings.${set}.tsv`)).map((l) => l.split('\t') as [string, string, string]);
}

export function context(dict: SyncDictionary, segments: readonly QaSegment[], cache: Map<string, WordVerdict>): SpellingContext {
  const verdict = (w: string) => {
    let v = cache.get(w);
    if (!v) cache.set(w, (v = verdictFor(w, dict)));
    return v;
  };
  // As the server builds it (lib/server/spell/spelling-context.ts): the sources' Hangul, and the names
  // the document's Korean transliterates in any of its segments.
  const known = knownWords(segments.map((s) => s.sourceText));
  for (const n of documentNames(
    segments,
    (w) => !verdict(w).ok && !verdict(w).rival && !verdict(w).loanRival,
    (w) => verdict(w).suggestions,
  ))
    known.add(n);
  return { known, verdict };
}
