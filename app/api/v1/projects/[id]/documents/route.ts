import { API } from '@/lib/server/api/endpoints';
import { ZCreateDocumentRequest, ZImportFormFields, type TCreateDocumentRequest } from '@/lib/server/api/documents.types';
import { createDocument } from '@/lib/server/documents/create-document';
import { authorizeImport, importDocumentIntoProject } from '@/lib/server/documents/import-document';
import { MAX_IMPORT_BYTES } from '@/lib/formats/import';
import { handle, readJsonBody } from '@/lib/server/http/handler';
import { validationError } from '@/lib/server/http/respond';
import { isMultipart, readMultipartUpload } from '@/lib/server/http/upload';

export const POST = handle(API.createDocument, async ({ actor, params, req }) => {
  await authorizeImport(actor, params.id!);
  if (isMultipart(req)) {
    const upload = await readMultipartUpload(req, MAX_IMPORT_BYTES);
    const fields = ZImportFormFields.safeParse(upload.fields);
    if (!fields.success) throw validationError(fields.error, 'body');
    return importDocumentIntoProject(actor, params.id!, { bytes: upload.bytes, filename: upload.filename, ...fields.data });
  }
  const body = (await readJsonBody(req, API.createDocument)) as TCreateDocumentRequest;
  return createDocument(actor, params.id!, ZCreateDocumentRequest.parse(body));
});
