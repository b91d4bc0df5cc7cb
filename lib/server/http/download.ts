import 'server-only';
// The one way a file download is answered: its type, `Content-Disposition: attachment` with an ASCII
// fallback name and the exact UTF-8 name (RFC 6266 with RFC 5987's filename*, so a Korean title
// survives), no MIME sniffing, and the caller's caching.

/** The RFC 5987 value-chars of a UTF-8 string: percent-encoding for everything outside attr-char. */
function rfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name for clients that ignore filename*: printable ASCII only, no quotes or backslashes. */
function asciiFallback(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]+|["\\]/g, '_')
    .replace(/_+/g, '_');
  return ascii.replace(/^[_ ]+/, '') || 'download';
}

export function contentDisposition(filename: string): string {
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${rfc5987(filename)}`;
}

export interface DownloadOptions {
  filename: string;
  contentType: string;
  /** Defaults to no-store. */
  cacheControl?: string;
}

export function fileDownload(body: BodyInit, { filename, contentType, cacheControl = 'no-store' }: DownloadOptions): Response {
  const headers = new Headers({
    'content-type': contentType,
    'content-disposition': contentDisposition(filename),
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  if (body instanceof Uint8Array) headers.set('content-length', String(body.byteLength));
  return new Response(body, { status: 200, headers });
}
