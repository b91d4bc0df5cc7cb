import http from 'node:http';
// The client's socket address, as the HTTP server saw it, handed to route handlers in a header the
// server itself writes on every request. Route handlers only see headers, and Next.js fills
// X-Forwarded-For from the socket only when the client sent none, so a client could choose the
// address that keys sign-in throttling (and lock someone else out by claiming theirs). Stamping
// at the server overwrites whatever a client sent under this name. Installed once at start
// (instrumentation.ts); in tests nothing stamps and clientAddress falls back to X-Forwarded-For.

export const SOCKET_ADDRESS_HEADER = 'x-workbench-socket-address';
const INSTALLED = Symbol.for('workbench.socketAddressStamp');

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

export function stampSocketAddresses(): void {
  const proto = http.Server.prototype as unknown as { emit: Emit; [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stamp(args[0] as http.IncomingMessage);
    return emit.call(this, event, ...args);
  };
  proto[INSTALLED] = true;
}

export function stamp(req: http.IncomingMessage): void {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
}
