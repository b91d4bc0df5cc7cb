// Local DeepL-compatible server for development and tests. It speaks the same HTTP API as DeepL for
// what the workbench uses (translate, usage, languages, v2 and v3 glossaries), so the real
// deepl-node client can be pointed at it with `serverUrl`, and it can misbehave on demand (latency,
// 429/5xx/456, hanging, a scripted outage, losing a protected tag, canned answers) so retry, quota
// and QA paths can be exercised without a DeepL account. Its output is visibly fake: "[MT] " + a
// Hangul pseudo-translation.
//
//   npx tsx scripts/deepl-server.ts --port 8787
//   DEEPL_SERVER_URL=http://127.0.0.1:8787 DEEPL_AUTH_KEY=test-key:fx ...
//
// Switches: CLI flags, DEEPL_FAKE_* environment variables, `POST /__control` with JSON, or the
// handle returned by startDeeplServer() in tests. See usage() in deepl-server/cli.ts.
//
// This file is the entry point and the request pipeline; the rest lives in scripts/deepl-server/:
//   state.ts            mode (switches), counters, translate log, glossary store
//   faults.ts           fault injection (hang, fail*, script) and POST/GET /__control
//   translate.ts        POST /v2/translate (and pseudo.ts, the fake translation)
//   glossary-routes.ts  v2 and v3 glossaries (over glossaries.ts, the store)
//   info.ts             usage, languages, glossary language pairs
//   http.ts, params.ts  answering, body and parameter parsing, the auth header
//   cli.ts              flags and environment variables

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { optionsFromCli, usage } from './deepl-server/cli';
import { handleControl, INJECTED_MESSAGES, injectFault } from './deepl-server/faults';
import { HttpError } from './deepl-server/glossaries';
import { glossaryRoute, type RouteResult } from './deepl-server/glossary-routes';
import { authorized, readBody, send } from './deepl-server/http';
import { infoRoute } from './deepl-server/info';
import { type Params, parseParams } from './deepl-server/params';
import {
  type ControlPatch,
  DEFAULT_AUTH_KEYS,
  type DeeplServerMode,
  type DeeplServerOptions,
  type DeeplServerStats,
  initialModeFrom,
  MAX_OTHER_BODY_BYTES,
  MAX_TRANSLATE_BODY_BYTES,
  ServerState,
  type TranslateLogEntry,
} from './deepl-server/state';
import { translate } from './deepl-server/translate';

export { optionsFromCli, usage } from './deepl-server/cli';
export {
  type ControlPatch,
  controlSchema,
  DEFAULT_AUTH_KEYS,
  DEFAULT_CHARACTER_LIMIT,
  type DeeplServerMode,
  type DeeplServerOptions,
  type DeeplServerStats,
  type FailStatus,
  MAX_TEXTS_PER_REQUEST,
  MAX_TRANSLATE_BODY_BYTES,
  type ScriptStep,
  type TranslateLogEntry,
} from './deepl-server/state';

export interface DeeplServerHandle {
  /** Base URL for deepl-node's serverUrl, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  readonly mode: DeeplServerMode;
  /** Live counters (the same object is updated in place). */
  readonly stats: DeeplServerStats;
  /** The last 200 translate requests that passed authentication, oldest first. */
  readonly translateLog: readonly TranslateLogEntry[];
  setMode(patch: ControlPatch): DeeplServerMode;
  resetStats(): void;
  close(): Promise<void>;
}

function route(state: ServerState, method: string, path: string, params: Params): RouteResult {
  if (path === '/v2/translate') {
    if (method !== 'POST') throw new HttpError(405, 'Method not allowed');
    return translate(state, params);
  }
  const result = infoRoute(state, path, params) ?? glossaryRoute(state.glossaries, method, path, params);
  if (!result) throw new HttpError(404, 'Not found');
  return result;
}

export async function startDeeplServer(options: DeeplServerOptions = {}): Promise<DeeplServerHandle> {
  const state = new ServerState(initialModeFrom(options));
  const { stats, translateLog } = state;
  const authKeys = new Set(options.authKeys ?? DEFAULT_AUTH_KEYS);
  const logLine = options.log === true ? (line: string) => console.log(line) : typeof options.log === 'function' ? options.log : undefined;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    if (path === '/__control') return handleControl(state, req, res);

    stats.requests += 1;
    const isTranslate = path === '/v2/translate';
    let status = 0;
    let detail = '';
    if (isTranslate) {
      stats.translateRequests += 1;
      stats.inFlight += 1;
      stats.maxConcurrent = Math.max(stats.maxConcurrent, stats.inFlight);
      res.on('close', () => {
        stats.inFlight -= 1;
      });
    }
    res.on('close', () => {
      logLine?.(`${method} ${path} ${status || 'no answer'} ${Date.now() - started}ms${detail}`);
    });

    const { body, tooLarge } = await readBody(req, isTranslate ? MAX_TRANSLATE_BODY_BYTES : MAX_OTHER_BODY_BYTES);
    if (state.mode.latencyMs > 0) await state.sleep(state.mode.latencyMs);

    if (!authorized(req, authKeys, options.acceptAnyKey === true)) {
      status = send(stats, res, 403, { message: 'Authorization failure, check auth_key' });
      return;
    }
    if (state.mode.scope === 'all' || isTranslate) {
      const fault = await injectFault(state);
      if (fault?.kind === 'hang') return; // never answered: the client's timeout fires, or close() destroys the socket
      if (fault?.kind === 'fail') {
        if (fault.status === 429 && state.mode.retryAfterSeconds !== null)
          res.setHeader('Retry-After', String(state.mode.retryAfterSeconds));
        status = send(stats, res, fault.status, { message: INJECTED_MESSAGES[fault.status] });
        return;
      }
    }
    if (tooLarge) {
      status = send(stats, res, 413, { message: 'Request Entity Too Large: the request size exceeds the limit.' });
      return;
    }

    let params: Params | undefined;
    try {
      params = parseParams(url.searchParams, body, req.headers['content-type']);
      const result = route(state, method, path, params);
      status = send(stats, res, result.status, result.body, result.contentType);
      if (isTranslate) detail = ` texts=${params.all('text').length}`;
    } catch (e) {
      if (e instanceof HttpError) {
        status = send(stats, res, e.status, { message: e.message });
      } else {
        status = send(stats, res, 500, { message: e instanceof Error ? e.message : String(e) });
      }
    } finally {
      if (isTranslate && params) {
        translateLog.push({ params: params.toObject(), status });
        if (translateLog.length > 200) translateLog.shift();
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(stats, res, 500, { message: e instanceof Error ? e.message : String(e) });
    });
  });
  // Longer than any pause between a client's requests: deepl-node keeps one module-wide keep-alive
  // agent, and a socket the server closes just as the client reuses it fails with ECONNRESET (seen
  // under load with maxRetries 1, where deepl-node does not retry). close() ends idle sockets anyway.
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get mode() {
      return { ...state.mode };
    },
    stats,
    translateLog,
    setMode: (patch) => state.setMode(patch),
    resetStats: () => state.resetStats(),
    close: () =>
      new Promise<void>((resolve) => {
        state.clearTimers();
        server.close(() => resolve());
        // Hung and keep-alive connections would otherwise keep the server open forever.
        server.closeAllConnections();
      }),
  };
}

// ---- command line ------------------------------------------------------------------------------

async function main(): Promise<void> {
  let options: ReturnType<typeof optionsFromCli>;
  try {
    options = optionsFromCli(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error(usage());
    process.exit(2);
  }
  if (options.help) {
    console.log(usage());
    return;
  }
  const server = await startDeeplServer(options);
  const keys = options.acceptAnyKey ? 'any key' : `keys ${(options.authKeys ?? DEFAULT_AUTH_KEYS).join(', ')}`;
  console.log(`DeepL stand-in listening on ${server.url} (${keys}); mode ${JSON.stringify(server.mode)}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run only when started as a script, not when imported by tests or other scripts.
if (/deepl-server(\.ts)?$/.test(process.argv[1] ?? '')) {
  void main();
}
