// The browser's typed client for the workbench's REST API. Everything it knows comes from the one
// endpoint registry (lib/server/api/endpoints): the method and path of each endpoint (ROUTES,
// generated), the body and query types (the endpoints' zod schemas, as types only: zod itself never
// reaches the browser), and the response type (the return type of the service the route calls).
//   const term = await call('updateTerm', { params: { id }, body: { status: 'CONFIRMED' } });
import type { z } from 'zod';
import type { API } from '@/lib/server/api/endpoints';
import { ApiError } from '../api';
import { ROUTES, type ApiResults } from './routes.generated';

type Api = typeof API;
export type EndpointId = keyof Api & keyof typeof ROUTES;

/** `{id}` and `{userId}` in an OpenAPI path become required string params. */
type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? { [k in K]: string } & PathParams<Rest> : unknown;
type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What JSON turns a value into: dates become strings, functions and undefined disappear. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends string | number | boolean | null
    ? T
    : T extends readonly (infer U)[]
      ? Jsonified<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonified<T[K]> }
        : T;

type ParamsPart<Id extends EndpointId> = Api[Id]['path'] extends `${string}{${string}`
  ? { params: PathParams<Api[Id]['path']> }
  : { params?: undefined };
/** A raw-body endpoint takes a multipart form, or JSON too when it has a body schema (createDocument). */
type BodyPart<Id extends EndpointId> = Api[Id] extends { rawBody: true }
  ? { body: FormData | (Api[Id] extends { body: z.ZodType } ? InputOf<Api[Id]['body']> : never) }
  : Api[Id] extends { body: z.ZodType }
    ? { body: InputOf<Api[Id]['body']> }
    : { body?: undefined };
type QueryPart<Id extends EndpointId> = Api[Id] extends { query: z.ZodType }
  ? { query?: InputOf<Api[Id]['query']> }
  : { query?: undefined };

export type CallOptions<Id extends EndpointId> = ParamsPart<Id> & BodyPart<Id> & QueryPart<Id> & { signal?: AbortSignal };
export type CallResult<Id extends EndpointId> = Jsonified<ApiResults[Id]>;

type UrlArgs<Id extends EndpointId> = Api[Id]['path'] extends `${string}{${string}`
  ? [params: PathParams<Api[Id]['path']>, query?: QueryPart<Id>['query']]
  : [params?: undefined, query?: QueryPart<Id>['query']];

/**
 * The URL of an endpoint with its path params filled in (encoded) and its query appended, typed like
 * `call`'s options: for a link, an EventSource, or a fetch that must stay raw (keepalive, injected).
 */
export function urlOf<Id extends EndpointId>(id: Id, ...[params, query]: UrlArgs<Id>): string {
  return pathOf(id, params as Record<string, string> | undefined, query as Record<string, unknown> | undefined);
}

function pathOf(id: EndpointId, params?: Record<string, string>, query?: Record<string, unknown>): string {
  const path = ROUTES[id].path.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params?.[k];
    if (v === undefined) throw new Error(`${id}: missing path parameter ${k}`);
    return encodeURIComponent(v);
  });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) q.set(k, String(v));
  return q.size ? `${path}?${q}` : path;
}

/** Calls one endpoint by its id; rejects with ApiError (code, reason, params) on a non-2xx answer. */
export async function call<Id extends EndpointId>(
  id: Id,
  ...[opts]: Record<never, never> extends CallOptions<Id> ? [CallOptions<Id>?] : [CallOptions<Id>]
): Promise<CallResult<Id>> {
  const o = (opts ?? {}) as { params?: Record<string, string>; body?: unknown; query?: Record<string, unknown>; signal?: AbortSignal };
  const isForm = typeof FormData !== 'undefined' && o.body instanceof FormData;
  const res = await fetch(pathOf(id, o.params, o.query), {
    method: ROUTES[id].method,
    headers: o.body === undefined || isForm ? undefined : { 'content-type': 'application/json' },
    body: o.body === undefined ? undefined : isForm ? (o.body as FormData) : JSON.stringify(o.body),
    signal: o.signal,
  });
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw ApiError.of(res.status, data);
  return data as CallResult<Id>;
}
