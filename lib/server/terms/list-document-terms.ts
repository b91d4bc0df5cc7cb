import 'server-only';
// The glossary (names and terms) of a document's project, for highlighting and one-key insertion in
// the editor. PROPOSED terms are included and flagged; the editor marks them as unconfirmed.
import type { Actor } from '../auth/authenticate';
import { parseCandidates, type NameCandidate } from '../../names/candidates';
import { db } from '../db/client';
import { requireDocument } from '../projects/access';
import { authorize } from '../policies';

export interface TEditorTerm {
  id: string;
  source: string;
  target: string;
  kind: 'NAME' | 'TERM' | 'DO_NOT_TRANSLATE';
  status: 'PROPOSED' | 'CONFIRMED';
  note: string;
  caseSensitive: boolean;
  /** Hangul guesses of a name not vetted yet (target empty): the side panel offers them. */
  candidates: NameCandidate[];
}

export async function listDocumentTerms(actor: Actor, documentId: string): Promise<{ terms: TEditorTerm[] }> {
  const { document, role } = await requireDocument(actor, documentId, 'document.read');
  authorize(role, 'term.read');
  // Rejected proposals are not highlighted, inserted or checked.
  const rows = await db.term.findMany({
    where: { projectId: document.projectId, status: { not: 'REJECTED' } },
    orderBy: { source: 'asc' },
    take: 20_000,
  });
  // Confirmed first (sorted here: enum order differs between SQLite and PostgreSQL).
  rows.sort((a, b) => (a.status === b.status ? 0 : a.status === 'CONFIRMED' ? -1 : 1));
  return {
    terms: rows.map((t) => ({
      id: t.id,
      source: t.source,
      target: t.target,
      kind: t.kind,
      status: t.status === 'CONFIRMED' ? 'CONFIRMED' : 'PROPOSED',
      note: t.note,
      caseSensitive: t.caseSensitive,
      candidates: parseCandidates(t.candidates),
    })),
  };
}
