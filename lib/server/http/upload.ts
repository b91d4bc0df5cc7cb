import 'server-only';
// Reads an uploaded file from a request: multipart/form-data (field "file" plus text fields) or a
// raw body. Refuses oversize bodies from Content-Length before reading them, and chunked ones as they stream.
import { AppError } from '../errors';
import { readFormDataLimited } from './body';

export interface Upload {
  bytes: Uint8Array;
  filename?: string;
  fields: Record<string, string>;
}

export function assertDeclaredSize(req: Request, maxBytes: number, what = 'file') {
  const declared = Number(req.headers.get('content-length') ?? '0');
  // Multipart adds a little framing around the file.
  if (declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes, what);
}

export function tooLarge(maxBytes: number, what = 'file') {
  return new AppError(
    'payload_too_large',
    `The ${what} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most that can be imported.`,
  ).because('file_too_large', { mb: Math.round(maxBytes / 1024 / 1024) });
}

export function isMultipart(req: Request) {
  return (req.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
}

export async function readMultipartUpload(req: Request, maxBytes: number, what = 'file'): Promise<Upload> {
  assertDeclaredSize(req, maxBytes, what);
  const form = await readFormDataLimited(req, maxBytes, () => tooLarge(maxBytes, what));
  if (!form)
    throw new AppError('bad_request', 'The upload is not valid multipart/form-data. Send the file in a field named "file".').because(
      'file_required',
    );
  const file = form.get('file');
  if (!file || typeof file === 'string')
    throw new AppError('validation_failed', 'Send the file in a multipart field named "file".', {
      fields: [{ path: 'file', message: 'required' }],
    }).because('file_required');
  if (file.size > maxBytes) throw tooLarge(maxBytes, what);
  const fields: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = v;
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || undefined, fields };
}
