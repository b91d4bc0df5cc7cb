import 'server-only';
// The one wrapper every API route goes through: authenticate, refuse cross-site cookie writes,
// parse and validate input with the endpoint's zod schemas, call one service, present errors as
// { error: { code, message } } with the right status.
import type { z } from 'zod';
import { authenticateHeaders, type Actor, type Authentication } from '../auth/authenticate';
import { AppError, unauthenticated } from '../errors';
import type { Endpoint } from '../api/endpoint';
import { requestHost } from './proxy';
import { readTextLimited } from './body';
import { errorResponse, json, validationError } from './respond';

export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface HandlerContext<E extends Endpoint> {
  req: Request;
  params: Record<string, string>;
  body: Infer<E['body']>;
  query: Infer<E['query']>;
  auth: Authentication | null;
  actor: E['auth'] extends 'public' ? Actor | null : Actor;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * A route handler that remembers, as a type only, what its service returns: the
 * typed browser client (app/_components/api-client/) reads the JSON body type from here, so the client's
 * response types are the services' own return types, never typed a second time by hand.
 */
export type RouteHandler<R> = ((req: Request, ctx: RouteContext) => Promise<Response>) & { readonly __result?: R };

/** The JSON body a route handler answers with (handlers that build their own Response: unknown). */
export type ResultOf<H> = H extends { readonly __result?: infer R }
  ? [Exclude<R, Response>] extends [never]
    ? unknown
    : Exclude<R, Response>
  : unknown;

export function handle<E extends Endpoint, R>(endpoint: E, fn: (ctx: HandlerContext<E>) => Promise<R>): RouteHandler<R> {
  return async (req, routeCtx) => {
    try {
      const auth = await authenticateHeaders(req.headers);
      if (endpoint.auth !== 'public' && !auth) throw unauthenticated();
      if (auth?.via === 'cookie' && isUnsafe(req.method)) assertSameOrigin(req);

      const rawParams = (await routeCtx?.params) ?? {};
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(rawParams)) params[k] = Array.isArray(v) ? v.join('/') : v;

      let query: unknown = undefined;
      if (endpoint.query) {
        const url = new URL(req.url);
        const parsed = endpoint.query.safeParse(Object.fromEntries(url.searchParams));
        if (!parsed.success) throw validationError(parsed.error, 'query');
        query = parsed.data;
      }

      let body: unknown = undefined;
      if (endpoint.body && !endpoint.rawBody) body = await readJsonBody(req, endpoint);

      const result = await fn({ req, params, body, query, auth, actor: auth?.actor ?? null } as HandlerContext<E>);
      if (result instanceof Response) return result;
      return json(result, endpoint.successStatus ?? 200);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** Reads and validates a JSON body against the endpoint's schema (also for handlers with rawBody). */
export async function readJsonBody(req: Request, endpoint: Endpoint): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON with "Content-Type: application/json".').because(
      'json_required',
    );
  }
  const limit = endpoint.maxBodyBytes ?? DEFAULT_MAX_JSON_BYTES;
  const text = await readTextLimited(req, limit, () => tooLarge(limit));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.').because('invalid_json');
  }
  const parsed = endpoint.body!.safeParse(data);
  if (!parsed.success) throw validationError(parsed.error, 'body');
  return parsed.data;
}

function tooLarge(limit: number) {
  return new AppError('payload_too_large', `The request body is larger than ${Math.round(limit / 1024)} KiB.`).because('body_too_large', {
    kib: Math.round(limit / 1024),
  });
}

function isUnsafe(method: string) {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/**
 * Cookie-authenticated writes must come from this site (SameSite=Lax is the first line; this is the
 * second): an Origin naming this host, or, when a client sends no Origin, `Sec-Fetch-Site:
 * same-origin`. Browsers send Origin on every fetch POST/PATCH/DELETE; a request with neither is
 * not from the workbench's pages and is refused. Bearer-token clients are not affected.
 */
function assertSameOrigin(req: Request) {
  const origin = req.headers.get('origin');
  if (origin !== null) {
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      /* "null" or garbage: refused below */
    }
    if (originHost && originHost === requestHost(req)) return;
  } else if (req.headers.get('sec-fetch-site') === 'same-origin') {
    return;
  }
  throw new AppError(
    'forbidden',
    'Cross-site request refused: this write must come from the workbench itself (send an Origin header, or use an API token).',
  ).because('cross_site');
}
