import 'server-only';
// The glossary (names and terms) of a document's project, for highlighting and one-key insertion in
// the editor. PROPOSED terms are included and flagged; the editor marks them as unconfirmed.
import type { Actor } from '../auth/authenticate';
import { parseCandidates } from '../../names/candidates';
import { db } from '../db/client';
import { requireDocument } from '../projects/access';
import { authorize } from '../policies';
import type { TTerm } from '../presenters/term';

/** A term as the editor gets it: the presenter's term without project and date; rejected ones are never sent. */
export type TEditorTerm = Omit<TTerm, 'projectId' | 'updatedAt' | 'status'> & { status: Exclude<TTerm['status'], 'REJECTED'> };

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
