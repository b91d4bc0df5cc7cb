import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from './proxy';
import { SOCKET_ADDRESS_HEADER, stampSocketAddresses } from './socket-address';

const asRequest = (headers: http.IncomingHttpHeaders) =>
  new Request('http://localhost/api/v1/auth/session', {
    headers: Object.entries(headers).map(([k, v]) => [k, String(v)] as [string, string]),
  });

describe('the socket address stamped by the server', () => {
  let server: http.Server | null = null;
  afterEach(() => {
    server?.close();
    delete process.env.TRUST_PROXY;
  });

  it('overwrites what a client sends, so X-Forwarded-For and a forged stamp cannot choose the throttling key', async () => {
    stampSocketAddresses();
    stampSocketAddresses(); // idempotent
    let seen: http.IncomingHttpHeaders = {};
    server = http.createServer((req, res) => {
      seen = req.headers;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': '203.0.113.9', [SOCKET_ADDRESS_HEADER]: '203.0.113.9' } });
    expect(seen[SOCKET_ADDRESS_HEADER]).toMatch(/127\.0\.0\.1$/);
    expect(clientAddress(asRequest(seen))).toMatch(/127\.0\.0\.1$/);
  });

  it('behind a trusted proxy, the proxy’s last X-Forwarded-For entry counts; without a stamp, X-Forwarded-For', () => {
    process.env.TRUST_PROXY = '1';
    expect(clientAddress(asRequest({ 'x-forwarded-for': '198.51.100.1, 192.0.2.7', [SOCKET_ADDRESS_HEADER]: '10.0.0.2' }))).toBe(
      '192.0.2.7',
    );
    delete process.env.TRUST_PROXY;
    expect(clientAddress(asRequest({ 'x-forwarded-for': '192.0.2.8' }))).toBe('192.0.2.8');
  });
});
