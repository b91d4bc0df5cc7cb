import 'server-only';
// JSON import: `{title, content, format}`. Text formats arrive as strings, DOCX as base64; all go
// through the same importer as file uploads (import-document.ts).
import type { TCreateDocumentRequest } from '../api/documents.types';
import type { Actor } from '../auth/authenticate';
import { AppError } from '../errors';
import { importDocumentIntoProject, type TImportResult } from './import-document';

export async function createDocument(actor: Actor, projectId: string, input: TCreateDocumentRequest): Promise<TImportResult> {
  let bytes: Uint8Array;
  if (input.format === 'docx') {
    const clean = input.content.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
      throw new AppError('validation_failed', 'For format "docx", send the file as base64 in "content".', {
        fields: [{ path: 'content', message: 'not base64' }],
      }).because('docx_base64');
    }
    bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  } else {
    bytes = new TextEncoder().encode(input.content);
  }
  return importDocumentIntoProject(actor, projectId, { bytes, format: input.format, title: input.title });
}
