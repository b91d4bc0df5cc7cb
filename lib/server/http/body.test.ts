// Issue #18 row 5: size limits apply while the body streams in. A chunked body (no Content-Length)
// is cut at the first chunk over the limit, for JSON bodies and for file uploads.
import { describe, expect, it } from 'vitest';
import { POST as signIn } from '@/app/api/v1/auth/session/route';
import { POST as importTmRoute } from '@/app/api/v1/projects/[id]/tm/import/route';
import { POST as importDocumentRoute } from '@/app/api/v1/projects/[id]/documents/route';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';

useTestDatabase();

const CHUNK = 64 * 1024;

/** A chunked body of `total` bytes made on demand; `pulled()` says how much the server read. */
function chunkedBody(total: number, prefix: string, fill = 'a') {
  let sent = 0;
  const head = new TextEncoder().encode(prefix);
  const chunk = new TextEncoder().encode(fill.repeat(CHUNK));
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (sent >= total) return ctrl.close();
      const part = sent === 0 ? head : chunk;
      sent += part.byteLength;
      ctrl.enqueue(part);
    },
  });
  return { stream, pulled: () => sent };
}

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: 'POST', body, headers: { host: 'localhost:3000', ...headers }, duplex: 'half' } as RequestInit);
}

describe('streamed body limits', () => {
  it('refuses a chunked JSON body at the first chunk over 1 MiB (sign-in, anonymous)', async () => {
    const body = chunkedBody(40 * 1024 * 1024, '{"email":"');
    const res = await signIn(post('http://localhost:3000/api/v1/auth/session', body.stream, { 'content-type': 'application/json' }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThan(1024 * 1024 + 2 * CHUNK);
  });

  it('refuses a chunked TMX over 50 MiB while it streams', async () => {
    const p = await seedProject();
    const body = chunkedBody(60 * 1024 * 1024, '<?xml version="1.0"?><tmx version="1.4"><body>', ' ');
    const req = post(`http://localhost:3000/api/v1/projects/${p.projectId}/tm/import`, body.stream, {
      'content-type': 'application/xml',
      authorization: `Bearer ${p.users.OWNER.token}`,
    });
    const res = await importTmRoute(req, { params: Promise.resolve({ id: p.projectId }) });
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThan(50 * 1024 * 1024 + 2 * CHUNK);
  });

  it('refuses a chunked multipart upload over the import limit while it streams', async () => {
    const p = await seedProject();
    const boundary = 'xBOUNDARYx';
    const body = chunkedBody(
      60 * 1024 * 1024,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const req = post(`http://localhost:3000/api/v1/projects/${p.projectId}/documents`, body.stream, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      authorization: `Bearer ${p.users.OWNER.token}`,
    });
    const res = await importDocumentRoute(req, { params: Promise.resolve({ id: p.projectId }) });
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThan(20 * 1024 * 1024);
  });

  it('still reads a small chunked JSON body', async () => {
    const text = JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password-1' });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(text.slice(0, 10)));
        c.enqueue(new TextEncoder().encode(text.slice(10)));
        c.close();
      },
    });
    const res = await signIn(post('http://localhost:3000/api/v1/auth/session', stream, { 'content-type': 'application/json' }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(401);
  });
});
