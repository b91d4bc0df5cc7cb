import 'server-only';
// Imports an article (text, Markdown, HTML, DOCX, XLIFF) as one transaction: the document, its
// paragraph segments, the translations an XLIFF file carries (DRAFT, origin ALIGNED) and the names
// detected as "Romanised(한글)" (proposed glossary terms). Everything is stored, or nothing.
import { inlineToDoc } from '../../editor/doc';
import {
  importDocument as parseImport,
  ImportError,
  MAX_IMPORT_BYTES,
  type ImportedDocument,
  type ImportFormat,
} from '../../formats/import';
import { detectNamesInDocument } from '../../names/detect';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { presentDocument, type TDocument } from '../presenters/document';
import { requireProject } from '../projects/access';
import { proposeNames } from '../terms/propose-names';
import type { NameCandidate } from '../../names/candidates';

export interface ImportInput {
  bytes: Uint8Array;
  filename?: string;
  format?: ImportFormat;
  title?: string;
}

export interface TDetectedName {
  termId: string;
  source: string;
  target: string;
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  confidence: 'high' | 'low';
  /** Hangul guesses for a name found without its original form (its target stays empty until picked). */
  candidates?: NameCandidate[];
  occurrences: number;
  isNew: boolean;
}

export type TImportResult = TDocument & { detectedNames: TDetectedName[]; format: ImportFormat };

const STATUS_FOR: Record<ImportError['code'], 'validation_failed' | 'payload_too_large' | 'unsupported_media_type'> = {
  empty: 'validation_failed',
  binary: 'unsupported_media_type',
  malformed: 'validation_failed',
  unsupported: 'unsupported_media_type',
  too_large: 'payload_too_large',
  encoding: 'validation_failed',
};

/** Checks the caller may import before the (possibly large) body is read. */
export async function authorizeImport(actor: Actor, projectId: string) {
  await requireProject(actor, projectId, 'document.create');
}

export async function importDocumentIntoProject(actor: Actor, projectId: string, input: ImportInput): Promise<TImportResult> {
  await authorizeImport(actor, projectId);
  if (input.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError(
      'payload_too_large',
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most that can be imported.`,
    ).because('file_too_large', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  let parsed: ImportedDocument;
  try {
    parsed = await parseImport({ bytes: input.bytes, filename: input.filename, format: input.format });
  } catch (e) {
    if (e instanceof ImportError) throw new AppError(STATUS_FOR[e.code], e.message, { importError: e.code }).because(`import_${e.code}`);
    throw e;
  }
  const title = input.title?.trim() || parsed.title?.trim() || stripExtension(input.filename) || 'Untitled document';
  const names = detectNamesInDocument(parsed.segments.map((s) => s.text));

  const { document, detected } = await db.$transaction(
    async (tx) => {
      const d = await tx.document.create({
        data: { projectId, title: title.slice(0, 300), sourceFormat: parsed.format, createdById: actor.id },
      });
      const rows = parsed.segments.map((s, i) => {
        const target = s.target && s.target.text.trim() ? s.target : null;
        return {
          documentId: d.id,
          position: i,
          kind: s.kind,
          level: s.level ?? null,
          source: JSON.stringify(inlineToDoc(s.content)),
          sourceText: s.text,
          target: target ? JSON.stringify(inlineToDoc(target.content)) : null,
          targetText: target?.text ?? '',
          state: target ? ('DRAFT' as const) : ('EMPTY' as const),
          origin: target ? ('ALIGNED' as const) : null,
          version: target ? 2 : 1,
        };
      });
      for (let i = 0; i < rows.length; i += 500) await tx.segment.createMany({ data: rows.slice(i, i + 500) });
      if (rows.some((r) => r.target)) {
        const withTargets = await tx.segment.findMany({
          where: { documentId: d.id, target: { not: null } },
          select: { id: true, target: true, targetText: true },
        });
        for (let i = 0; i < withTargets.length; i += 500) {
          await tx.segmentRevision.createMany({
            data: withTargets.slice(i, i + 500).map((s) => ({
              segmentId: s.id,
              version: 2,
              target: s.target,
              targetText: s.targetText,
              state: 'DRAFT' as const,
              origin: 'ALIGNED' as const,
              action: 'import',
              userId: actor.id,
            })),
          });
        }
      }
      // Names with and without their original form (lib/server/terms/propose-names.ts).
      const detected: TDetectedName[] = await proposeNames(
        tx,
        projectId,
        title,
        parsed.segments.map((s) => s.text),
        names,
      );
      return { document: d, detected };
    },
    { timeout: 60_000 },
  );

  return { ...(await presentDocument(document)), format: parsed.format, detectedNames: detected };
}

function stripExtension(name?: string) {
  return name?.replace(/\.[A-Za-z0-9]+$/, '').trim();
}
