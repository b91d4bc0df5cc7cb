// HTTP plumbing of the stand-in: answering (and counting statuses), reading a body with a size
// limit, and DeepL's `Authorization: DeepL-Auth-Key <key>` check.

import type http from 'node:http';
import type { DeeplServerStats } from './state';

export function send(
  stats: DeeplServerStats,
  res: http.ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
  counted = true,
): number {
  if (counted) stats.statusCounts[status] = (stats.statusCounts[status] ?? 0) + 1;
  if (res.writableEnded || res.destroyed) return status;
  if (body === null) {
    res.writeHead(status);
    res.end();
    return status;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
  return status;
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep draining so the client gets our 413 instead of a reset connection.
        tooLarge = true;
        chunks.length = 0;
      } else if (!tooLarge) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }));
    req.on('error', reject);
  });
}

export function authorized(req: http.IncomingMessage, authKeys: ReadonlySet<string>, acceptAnyKey: boolean): boolean {
  const header = req.headers.authorization ?? '';
  const m = /^DeepL-Auth-Key\s+(\S+)\s*$/i.exec(header);
  if (!m) return false;
  return acceptAnyKey || authKeys.has(m[1] ?? '');
}
