import { z } from 'zod';
import { IMPORT_FORMATS } from '../../formats/import';

export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

/**
 * JSON import: `content` is the document's text (for `docx`, the file as base64). Files can also be
 * uploaded as multipart/form-data: field `file`, optional fields `title` and `format`.
 */
export const ZCreateDocumentRequest = z.object({
  title: z.string().trim().min(1).max(300),
  content: z.string().max(Math.ceil((MAX_DOCUMENT_CHARS * 4) / 3) + 16),
  format: z.enum(IMPORT_FORMATS).default('text'),
});
export type TCreateDocumentRequest = z.infer<typeof ZCreateDocumentRequest>;

export const ZImportFormFields = z.object({
  title: z.string().trim().max(300).optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
});

export const ZSetDoNotTranslateRequest = z.object({ doNotTranslate: z.boolean() });
