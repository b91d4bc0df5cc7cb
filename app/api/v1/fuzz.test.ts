// Hostile input: every JSON endpoint gets random and boundary values (fast-check), every upload
// random bytes. No answer may be a 5xx, every error keeps the { error: { code, message } } shape,
// and a refused request stores nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '@/lib/server/api/endpoint';
import { API as DECLARED, type EndpointId } from '@/lib/server/api/endpoints';
import { db } from '@/lib/server/db/client';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedProject, type SeededProject } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';
import { ALIGN_ROWS } from './_policy/align';
import { CORE_ROWS } from './_policy/core';
import { EDITOR_ROWS } from './_policy/editor';
import { IMPORT_ROWS } from './_policy/import';
import { PRETRANSLATE_ROWS } from './_policy/pretranslate';
import { PUBLISH_ROWS } from './_policy/publish';
import { QA_ROWS } from './_policy/qa';
import { REVIEW_ROWS } from './_policy/review';
import type { PolicyRow } from './_policy/types';

useTestDatabase();

const API = DECLARED as Record<EndpointId, Endpoint>;
const TABLE: Record<string, PolicyRow> = {
  ...CORE_ROWS,
  ...IMPORT_ROWS,
  ...EDITOR_ROWS,
  ...ALIGN_ROWS,
  ...PRETRANSLATE_ROWS,
  ...REVIEW_ROWS,
  ...QA_ROWS,
  ...PUBLISH_ROWS,
};
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

// Strings that have broken parsers before: huge, control characters, lone surrogates, RTL marks, markup.
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '\u202e',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '%00',
    'NaN',
    '-1',
    '1e309',
    '__proto__',
    'constructor',
    '권정근',
  ),
  fc.string({ minLength: 2000, maxLength: 5000 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.string(),
        fc.constantFrom('title', 'content', 'target', 'version', 'state', 'email', 'role', 'source', 'kind', 'beads', 'format'),
      ),
      tie('v'),
      { maxKeys: 5 },
    ),
  ),
})).v;

async function snapshot() {
  const [documents, segments, revisions, terms, members, projects, annotations, editions, jobs, tm] = await Promise.all([
    db.document.count(),
    db.segment.findMany({ select: { id: true, version: true, targetText: true, state: true } }),
    db.segmentRevision.count(),
    db.term.count(),
    db.membership.count(),
    db.project.count(),
    db.annotation.count(),
    db.edition.count(),
    db.job.count(),
    db.tmUnit.count(),
  ]);
  return JSON.stringify({ documents, segments, revisions, terms, members, projects, annotations, editions, jobs, tm });
}

describe('hostile input', () => {
  let p: SeededProject;
  beforeAll(async () => {
    p = await seedProject();
  });

  const withBody = (Object.keys(API) as EndpointId[]).filter((id) => API[id].body && !API[id].rawBody && TABLE[id]);
  for (const id of withBody) {
    it(`${API[id].method} ${API[id].path}: random JSON bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(value, async (body) => {
          const { path, params, query } = await TABLE[id]!.prepare(p, 'owner');
          const before = await snapshot();
          const res = await call(TABLE[id]!.handler, API[id].method, path, { token: p.users.OWNER.token, params, query, body });
          expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.json.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
            expect(await snapshot()).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }

  it('refuses bodies that are not JSON, or not JSON objects, with 4xx', async () => {
    for (const id of withBody) {
      const { path, params } = await TABLE[id]!.prepare(p, 'owner');
      for (const raw of ['{', 'null', '[]', '"text"', '\u0000', '{"a":'.repeat(50)]) {
        const res = await call(TABLE[id]!.handler, API[id].method, path, {
          token: p.users.OWNER.token,
          params,
          rawBody: raw,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.status, `${id} ${JSON.stringify(raw)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${id} ${JSON.stringify(raw)}`).toBeLessThan(500);
      }
    }
  });

  const uploads = (Object.keys(API) as EndpointId[]).filter((id) => API[id].rawBody && API[id].method === 'POST' && TABLE[id]);
  for (const id of uploads) {
    it(`${API[id].method} ${API[id].path}: random bytes as an upload`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 4096 }),
          fc.constantFrom('x.txt', 'x.docx', 'x.xlf', 'x.csv', 'x.tbx', 'x.tmx', 'x.html', 'x.md', 'x'),
          async (bytes, filename) => {
            const { path, params, query } = await TABLE[id]!.prepare(p, 'owner');
            const form = new FormData();
            form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), filename);
            const before = await snapshot();
            const res = await call(TABLE[id]!.handler, API[id].method, path, { token: p.users.OWNER.token, params, query, rawBody: form });
            expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
            if (res.status >= 400) expect(await snapshot()).toBe(before);
          },
        ),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
