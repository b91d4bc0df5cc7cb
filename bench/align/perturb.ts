// Turns a list of parallel paragraphs (each a list of sentence pairs) into a document pair with gold
// beads, perturbing about `rate` of the Korean positions: two paragraphs merged, one split at a
// sentence boundary, one deleted, or an unrelated one inserted. Every gold bead is labelled with the
// kind that made it, so F1 can be reported per kind. A paragraph whose sentences have no Korean (a
// note the translator dropped) is a natural deletion ("dropped"); one with no English (a note the
// translator added) a natural insertion ("added").
export type PerturbKind = 'merge' | 'split' | 'delete' | 'insert';
export type BeadKind = 'none' | PerturbKind | 'dropped' | 'added';
export const KINDS: readonly BeadKind[] = ['none', 'merge', 'split', 'delete', 'insert', 'dropped', 'added'];

export interface GoldBead {
  source: number[];
  target: number[];
  kind: BeadKind;
}

export interface DocPair {
  source: string[];
  target: string[];
  gold: GoldBead[];
  /** How many perturbations of each kind were applied. */
  ops: Record<PerturbKind, number>;
}

export interface SentencePair {
  en: string;
  ko: string;
}

/** A random element of a non-empty list. */
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const join = (p: readonly SentencePair[], side: 'en' | 'ko') =>
  p
    .map((s) => s[side])
    .filter((x) => x)
    .join(' ');

export function perturb(input: readonly SentencePair[][], rng: () => number, rate: number, fresh: () => SentencePair[]): DocPair {
  // Paragraphs with no English at all are translator's additions: they exist only on the Korean side.
  const paras: SentencePair[][] = [];
  const added = new Map<number, string>(); // Korean-only paragraph to put before source paragraph i
  for (const p of input) {
    if (join(p, 'en')) paras.push(p);
    else if (join(p, 'ko')) added.set(paras.length, `${added.has(paras.length) ? `${added.get(paras.length)} ` : ''}${join(p, 'ko')}`);
  }
  const source = paras.map((p) => join(p, 'en'));
  const target: string[] = [];
  const gold: GoldBead[] = [];
  const ops = { merge: 0, split: 0, delete: 0, insert: 0 };
  const ko = (p: SentencePair[]) => join(p, 'ko');
  const keep = (sources: number[], text: string, kind: BeadKind) => {
    if (text) {
      gold.push({ source: sources, target: [target.length], kind });
      target.push(text);
    } else gold.push({ source: sources, target: [], kind: kind === 'none' ? 'dropped' : kind });
  };
  for (let i = 0; i < paras.length; i++) {
    const note = added.get(i);
    if (note) {
      gold.push({ source: [], target: [target.length], kind: 'added' });
      target.push(note);
    }
    const para = paras[i]!;
    if (rng() >= rate) {
      keep([i], ko(para), 'none');
      continue;
    }
    const next = paras[i + 1]; // merge is only possible when there is a next paragraph
    const possible: PerturbKind[] = ['delete', 'insert'];
    if (next && !added.has(i + 1) && ko(para) && ko(next)) possible.push('merge');
    if (para.filter((s) => s.ko).length >= 2) possible.push('split');
    const op = pick(rng, possible);
    ops[op]++;
    if (op === 'merge' && next) {
      keep([i, i + 1], `${ko(para)} ${ko(next)}`, 'merge');
      i++;
    } else if (op === 'split') {
      const withKo = para.filter((s) => s.ko);
      const cut = 1 + Math.floor(rng() * (withKo.length - 1));
      const j = target.length;
      target.push(ko(withKo.slice(0, cut)), ko(withKo.slice(cut)));
      gold.push({ source: [i], target: [j, j + 1], kind: 'split' });
    } else if (op === 'delete') {
      gold.push({ source: [i], target: [], kind: 'delete' });
    } else {
      let extra = ko(fresh());
      while (!extra) extra = ko(fresh());
      gold.push({ source: [], target: [target.length], kind: 'insert' });
      target.push(extra);
      keep([i], ko(para), 'insert');
    }
  }
  const tail = added.get(paras.length);
  if (tail) {
    gold.push({ source: [], target: [target.length], kind: 'added' });
    target.push(tail);
  }
  return { source, target, gold, ops };
}
