import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ApiError } from '../api';
import { call, urlOf, type CallOptions, type CallResult } from './client';
import { ROUTES } from './routes.generated';
import { API } from '@/lib/server/api/endpoints';

type Seen = { url: string; method: string; headers?: HeadersInit; body?: BodyInit | null };
function fakeFetch(status: number, json: unknown): Seen[] {
  const seen: Seen[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    seen.push({ url, method: init.method!, headers: init.headers, body: init.body });
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

describe('typed API client', () => {
  it('knows the method and path of every endpoint in the registry', () => {
    for (const [id, e] of Object.entries(API)) expect(ROUTES[id as keyof typeof ROUTES], id).toEqual({ method: e.method, path: e.path });
    expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(API).sort());
  });

  it('fills path params (encoded) and appends the query', () => {
    expect(urlOf('updateTerm', { id: 'a/b c' })).toBe('/api/v1/terms/a%2Fb%20c');
    expect(urlOf('documentQa', { id: 'd1' }, { lang: 'ko' })).toBe('/api/v1/documents/d1/qa?lang=ko');
    expect(urlOf('segmentDiff', { id: 's1' }, { from: 2, to: undefined })).toBe('/api/v1/segments/s1/diff?from=2');
    // @ts-expect-error — the path param id is required
    expect(() => urlOf('updateTerm', {})).toThrow(/missing path parameter id/);
    // @ts-expect-error — the query is the endpoint's: no such format
    void (() => urlOf('downloadEdition', { id: 'e1' }, { format: 'rtf' }));
  });

  it('sends the endpoint’s method and a JSON body, and returns the JSON answer', async () => {
    const seen = fakeFetch(200, { id: 't1', status: 'CONFIRMED' });
    const term = await call('updateTerm', { params: { id: 't1' }, body: { status: 'CONFIRMED' } });
    expect(term).toEqual({ id: 't1', status: 'CONFIRMED' });
    expect(seen[0]).toMatchObject({ url: '/api/v1/terms/t1', method: 'PATCH', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(String(seen[0]!.body))).toEqual({ status: 'CONFIRMED' });
  });

  it('sends no body and no content type on a GET', async () => {
    const seen = fakeFetch(200, { notifications: [] });
    await call('listNotifications');
    expect(seen[0]).toMatchObject({ url: '/api/v1/notifications', method: 'GET', headers: undefined, body: undefined });
  });

  it('rejects with the server’s code, reason and params', async () => {
    fakeFetch(409, { error: { code: 'conflict', reason: 'stale_version', params: { current: 3 }, message: 'Stale' } });
    const err = await call('approveSegment', { params: { id: 's1' }, body: { version: 2 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: 'conflict', reason: 'stale_version', params: { current: 3 } });
  });

  it('sends a multipart form as it is; a raw-body endpoint with a body schema also takes JSON', async () => {
    const seen = fakeFetch(201, { id: 'd1' });
    const form = new FormData();
    form.set('title', 'T');
    await call('createDocument', { params: { id: 'p1' }, body: form });
    expect(seen[0]).toMatchObject({ url: '/api/v1/projects/p1/documents', method: 'POST', headers: undefined, body: form });
    await call('createDocument', { params: { id: 'p1' }, body: { title: 'T', content: 'Hello.' } });
    expect(seen[1]).toMatchObject({ headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(String(seen[1]!.body))).toEqual({ title: 'T', content: 'Hello.' });
    expectTypeOf<CallOptions<'importTerms'>['body']>().toEqualTypeOf<FormData>();
    // @ts-expect-error — JSON for createDocument needs the schema's fields (content)
    void (() => call('createDocument', { params: { id: 'p1' }, body: { title: 'T' } }));
  });

  it('types params, bodies and answers from the registry and the services', () => {
    expectTypeOf<CallOptions<'updateTerm'>['params']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<CallOptions<'updateMember'>['params']>().toEqualTypeOf<{ id: string } & { userId: string }>();
    expectTypeOf<CallOptions<'listNotifications'>['body']>().toEqualTypeOf<undefined>();
    // A body the schema refuses does not compile; a Date in a service's answer arrives as a string.
    // @ts-expect-error — status must be one of the term statuses
    void (() => call('updateTerm', { params: { id: 'x' }, body: { status: 'NOPE' } }));
    // @ts-expect-error — the path param is required
    void (() => call('updateTerm', { body: {} }));
    expectTypeOf<CallResult<'listTerms'>>().not.toBeUnknown();
  });
});
