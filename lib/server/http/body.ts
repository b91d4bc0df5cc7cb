import 'server-only';
// Reads a request body with its size limit applied while it streams: a chunked body (no
// Content-Length) is cut at the first chunk that goes over the limit, so no one can make the
// server buffer 200 MB to learn that 1 MiB was the most it accepts.
import { AppError } from '../errors';

/** Reads at most `maxBytes` of the body; throws `tooLarge()` at the first byte over it. */
export async function readBodyLimited(req: Request, maxBytes: number, tooLarge: () => AppError): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export async function readTextLimited(req: Request, maxBytes: number, tooLarge: () => AppError): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBodyLimited(req, maxBytes, tooLarge));
}

/** Multipart parsed from a body read under the limit (multipart framing allowed on top of the file). */
export async function readFormDataLimited(req: Request, maxBytes: number, tooLarge: () => AppError): Promise<FormData | null> {
  const bytes = await readBodyLimited(req, maxBytes + 64 * 1024, tooLarge);
  try {
    return await new Response(bytes as BodyInit, { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return null;
  }
}
