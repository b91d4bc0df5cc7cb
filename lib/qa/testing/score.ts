// Scoring of the seeded variants: which checks count as catching each kind of error, and the
// per-kind tally. Shared by bench/qa/run.ts and the quality test. `runDocs` is the QA entry point
// under test (the current lib/qa or the previous version, for the baseline).
import type { QaIssue, QaSegment, QaTerm } from '../types';
import { applyVariant } from './load';
import type { CleanProbe, ErrorKind, Variant } from './variants';

/** Checks of the matching kind (old ids included so the previous version is scored fairly). */
export const KIND_CHECKS: Record<ErrorKind, readonly string[]> = {
  'straight-quote': ['quotes-brackets'],
  'repeated-word': ['repeated-word'],
  markup: ['markup'],
  'replacement-char': ['broken-text'],
  mojibake: ['broken-text'],
  'latin-name': ['leftover-latin', 'untranslated', 'terms'],
  particle: ['particle-agreement'],
  acronym: ['acronyms'],
  'phrase-consistency': ['phrase-consistency', 'consistency'],
  'relative-time': ['relative-time'],
  'dropped-sentence': ['dropped-sentence', 'length-ratio'],
  numbers: ['numbers'],
  'speech-level': ['speech-level'],
  'name-lost': ['terms', 'missing-name'],
};

export type RunDocs = (segments: QaSegment[], ctx: { terms: QaTerm[] }) => { segmentId: string; issues: QaIssue[] }[];

const sig = (i: QaIssue) => `${i.check}|${i.key}`;

export interface Score {
  falseAlarms: string[];
  byKind: Map<ErrorKind, { caught: number; total: number; missed: string[] }>;
  probeAlarms: string[];
}

export function score(
  run: RunDocs,
  clean: QaSegment[],
  terms: QaTerm[],
  variants: readonly Variant[],
  probes: readonly CleanProbe[] = [],
): Score {
  const base = run(clean, { terms });
  const baseSigs = new Map(base.map((r) => [r.segmentId, new Set(r.issues.map(sig))]));
  const falseAlarms = base.flatMap((r) => r.issues.map((i) => `${r.segmentId} ${i.key}: ${i.message}`));
  const byKind: Score['byKind'] = new Map();
  for (const v of variants) {
    const { segments, faultyId } = applyVariant(clean, v);
    const got = run(segments, { terms }).find((r) => r.segmentId === faultyId)!.issues;
    const seen = baseSigs.get(faultyId)!;
    const ok = got.some((i) => KIND_CHECKS[v.kind].includes(i.check) && !seen.has(sig(i)));
    const k = byKind.get(v.kind) ?? { caught: 0, total: 0, missed: [] };
    k.total++;
    if (ok) k.caught++;
    else
      k.missed.push(
        `${v.id}: got ${
          got
            .filter((i) => !seen.has(sig(i)))
            .map((i) => i.key)
            .join(', ') || 'nothing'
        }`,
      );
    byKind.set(v.kind, k);
  }
  const probeAlarms: string[] = [];
  for (const p of probes) {
    const { segments } = applyVariant(clean, p);
    for (const r of run(segments, { terms })) {
      const seen = baseSigs.get(r.segmentId)!;
      for (const i of r.issues) if (!seen.has(sig(i))) probeAlarms.push(`${p.id}: ${i.key}`);
    }
  }
  return { falseAlarms, byKind, probeAlarms };
}
