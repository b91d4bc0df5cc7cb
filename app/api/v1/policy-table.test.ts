// Every endpoint × {anonymous, signed-in non-member, translator, reviewer, owner} → expected status,
// from one table (assembled from the per-feature files in _policy/). A new endpoint in
// lib/server/api/endpoints without a row here fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { API, type EndpointId } from '@/lib/server/api/endpoints';
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
import { WORDS_ROWS } from './_policy/words';
import { TEAM_ROWS } from './_policy/team';
import { DASHBOARD_ROWS } from './_policy/dashboard';
import { PALETTE_ROWS } from './_policy/palette';
import type { PolicyRow, Who } from './_policy/types';

useTestDatabase();

const TABLE: Record<string, PolicyRow> = {
  ...CORE_ROWS,
  ...IMPORT_ROWS,
  ...EDITOR_ROWS,
  ...ALIGN_ROWS,
  ...PRETRANSLATE_ROWS,
  ...REVIEW_ROWS,
  ...QA_ROWS,
  ...PUBLISH_ROWS,
  ...WORDS_ROWS,
  ...TEAM_ROWS,
  ...DASHBOARD_ROWS,
  ...PALETTE_ROWS,
};
const WHO: Who[] = ['anonymous', 'outsider', 'translator', 'reviewer', 'owner'];

describe('policy table', () => {
  let p: SeededProject;
  beforeAll(async () => {
    p = await seedProject();
  });

  it('has a row for every endpoint and no row without an endpoint', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(API).sort());
  });

  for (const id of Object.keys(API) as EndpointId[]) {
    it(`${API[id].method} ${API[id].path}`, async () => {
      const row = TABLE[id];
      expect(row, `no policy row for ${id}`).toBeDefined();
      const got: number[] = [];
      for (const who of WHO) {
        const { path, ...opts } = await row!.prepare(p, who);
        const token =
          who === 'anonymous'
            ? undefined
            : p.users[({ outsider: 'OUTSIDER', translator: 'TRANSLATOR', reviewer: 'REVIEWER', owner: 'OWNER' } as const)[who]].token;
        const res = await call(row!.handler, API[id].method, path, { ...opts, token });
        if (res.status >= 400)
          expect(res.json?.error, `${who}: error body`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        got.push(res.status);
      }
      expect(got, `${id}: anonymous, outsider, translator, reviewer, owner`).toEqual(row!.expected);
    });
  }
});
