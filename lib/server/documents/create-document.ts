import 'server-only';
// Imports a document as one transaction: the document and all its segments, or nothing.
import { textToDoc } from '../../editor/doc';
import { splitParagraphs } from '../../text/paragraphs';
import type { TCreateDocumentRequest } from '../api/documents.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { presentDocument, type TDocument } from '../presenters/document';
import { requireProject } from '../projects/access';

export interface NewSegment {
  kind?: string;
  level?: number | null;
  source: string; // TipTap JSON
  sourceText: string;
  doNotTranslate?: boolean;
}

export async function createDocument(actor: Actor, projectId: string, input: TCreateDocumentRequest): Promise<TDocument> {
  await requireProject(actor, projectId, 'document.create');
  const paragraphs = splitParagraphs(input.content);
  if (paragraphs.length === 0) throw new AppError('bad_request', 'The document is empty: it has no paragraphs to translate.');
  const segments = paragraphs.map((p) => ({ source: JSON.stringify(textToDoc(p)), sourceText: p }));
  return storeDocument(actor, projectId, { title: input.title, sourceFormat: input.format }, segments);
}

export async function storeDocument(
  actor: Actor | null,
  projectId: string,
  doc: { title: string; sourceFormat: string },
  segments: NewSegment[],
): Promise<TDocument> {
  const document = await db.$transaction(async (tx) => {
    const d = await tx.document.create({
      data: { projectId, title: doc.title, sourceFormat: doc.sourceFormat, createdById: actor?.id ?? null },
    });
    // Chunked so that very large documents stay within the engines' bound-parameter limits.
    for (let i = 0; i < segments.length; i += 500) {
      await tx.segment.createMany({
        data: segments.slice(i, i + 500).map((s, j) => ({
          documentId: d.id,
          position: i + j,
          kind: s.kind ?? 'paragraph',
          level: s.level ?? null,
          source: s.source,
          sourceText: s.sourceText,
          doNotTranslate: s.doNotTranslate ?? false,
        })),
      });
    }
    return d;
  }, { timeout: 60_000 });
  return presentDocument(document);
}
