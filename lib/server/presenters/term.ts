import 'server-only';
import { parseCandidates, type NameCandidate } from '../../names/candidates';
import type { TermKind } from '../../names/term-kind';

export interface TTerm {
  id: string;
  projectId: string;
  source: string;
  target: string;
  kind: TermKind;
  /** REJECTED: a detected name the owner turned down; kept so that it is not proposed again. */
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  note: string;
  caseSensitive: boolean;
  /** Ranked Hangul guesses for a NAME found without its original form (target empty until picked). */
  candidates: NameCandidate[];
  updatedAt: string;
}

export function presentTerm(t: {
  id: string;
  projectId: string;
  source: string;
  target: string;
  kind: TTerm['kind'];
  status: TTerm['status'];
  note: string;
  caseSensitive: boolean;
  candidates?: string;
  updatedAt: Date;
}): TTerm {
  return {
    id: t.id,
    projectId: t.projectId,
    source: t.source,
    target: t.target,
    kind: t.kind,
    status: t.status,
    note: t.note,
    caseSensitive: t.caseSensitive,
    candidates: parseCandidates(t.candidates),
    updatedAt: t.updatedAt.toISOString(),
  };
}
