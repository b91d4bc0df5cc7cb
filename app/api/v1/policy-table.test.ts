// Every endpoint × {anonymous, signed-in non-member, translator, reviewer, owner} → expected status,
// from one table. A new endpoint in lib/server/api/endpoints.ts without a row here fails the test.
import { describe, expect, it, beforeAll } from 'vitest';
import { API, type EndpointId } from '@/lib/server/api/endpoints';
import { createUser } from '@/lib/server/auth/create-user';
import { db } from '@/lib/server/db/client';
import { addMember } from '@/lib/server/projects/manage-members';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedProject, type SeededProject } from '@/lib/server/testing/factories';
import { call, type CallOptions } from '@/lib/server/testing/request';
import * as health from '../health/route';
import * as me from './auth/me/route';
import * as session from './auth/session/route';
import * as tokens from './auth/tokens/route';
import * as token from './auth/tokens/[id]/route';
import * as documentRoute from './documents/[id]/route';
import * as segmentsRoute from './documents/[id]/segments/route';
import * as openapi from './openapi.json/route';
import * as projectRoute from './projects/[id]/route';
import * as documentsRoute from './projects/[id]/documents/route';
import * as membersRoute from './projects/[id]/members/route';
import * as memberRoute from './projects/[id]/members/[userId]/route';
import * as projectsRoute from './projects/route';
import * as segmentRoute from './segments/[id]/route';

useTestDatabase();

type Who = 'anonymous' | 'outsider' | 'translator' | 'reviewer' | 'owner';
const WHO: Who[] = ['anonymous', 'outsider', 'translator', 'reviewer', 'owner'];
type Handler = Parameters<typeof call>[0];
type Case = { handler: Handler; prepare: (p: SeededProject, who: Who) => Promise<CallOptions & { path: string }> };

// anonymous, outsider, translator, reviewer, owner
const EXPECTED: Record<EndpointId, [number, number, number, number, number]> = {
  health: [200, 200, 200, 200, 200],
  openapi: [200, 200, 200, 200, 200],
  signIn: [401, 401, 401, 401, 401], // wrong password on purpose: the route is public
  signOut: [200, 200, 200, 200, 200],
  me: [401, 200, 200, 200, 200],
  listTokens: [401, 200, 200, 200, 200],
  createToken: [401, 201, 201, 201, 201],
  revokeToken: [401, 404, 404, 404, 200], // the token belongs to the owner
  listProjects: [401, 200, 200, 200, 200],
  createProject: [401, 201, 201, 201, 201],
  getProject: [401, 404, 200, 200, 200],
  addMember: [401, 404, 403, 403, 201],
  updateMember: [401, 404, 403, 403, 200],
  removeMember: [401, 404, 403, 403, 200],
  createDocument: [401, 404, 403, 403, 201],
  getDocument: [401, 404, 200, 200, 200],
  listSegments: [401, 404, 200, 200, 200],
  updateSegment: [401, 404, 200, 200, 200],
};

let n = 0;
async function freshMember(p: SeededProject) {
  n += 1;
  const u = await createUser({ email: `member${n}-${Date.now()}@example.test`, password: 'member-pass-1' });
  await addMember(p.users.OWNER, p.projectId, { email: u.email, role: 'TRANSLATOR' });
  return u;
}

const CASES: Record<EndpointId, Case> = {
  health: { handler: health.GET, prepare: async () => ({ path: '/api/health' }) },
  openapi: { handler: openapi.GET, prepare: async () => ({ path: '/api/v1/openapi.json' }) },
  signIn: { handler: session.POST, prepare: async (p) => ({ path: '/api/v1/auth/session', body: { email: p.users.OWNER.email, password: 'not-the-password' } }) },
  signOut: { handler: session.DELETE, prepare: async () => ({ path: '/api/v1/auth/session' }) },
  me: { handler: me.GET, prepare: async () => ({ path: '/api/v1/auth/me' }) },
  listTokens: { handler: tokens.GET, prepare: async () => ({ path: '/api/v1/auth/tokens' }) },
  createToken: { handler: tokens.POST, prepare: async () => ({ path: '/api/v1/auth/tokens', body: { name: 'ci' } }) },
  revokeToken: {
    handler: token.DELETE,
    prepare: async (p) => {
      const t = await db.apiToken.create({ data: { userId: p.users.OWNER.id, name: 'x', tokenHash: `h${Math.random()}`, prefix: 'wbt_x' } });
      return { path: `/api/v1/auth/tokens/${t.id}`, params: { id: t.id } };
    },
  },
  listProjects: { handler: projectsRoute.GET, prepare: async () => ({ path: '/api/v1/projects' }) },
  createProject: { handler: projectsRoute.POST, prepare: async () => ({ path: '/api/v1/projects', body: { name: 'New' } }) },
  getProject: { handler: projectRoute.GET, prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}`, params: { id: p.projectId } }) },
  addMember: {
    handler: membersRoute.POST,
    prepare: async (p) => {
      n += 1;
      const u = await createUser({ email: `new${n}-${Date.now()}@example.test`, password: 'member-pass-1' });
      return { path: `/api/v1/projects/${p.projectId}/members`, params: { id: p.projectId }, body: { email: u.email, role: 'REVIEWER' } };
    },
  },
  updateMember: {
    handler: memberRoute.PATCH,
    prepare: async (p) => {
      const u = await freshMember(p);
      return { path: `/api/v1/projects/${p.projectId}/members/${u.id}`, params: { id: p.projectId, userId: u.id }, body: { role: 'REVIEWER' } };
    },
  },
  removeMember: {
    handler: memberRoute.DELETE,
    prepare: async (p) => {
      const u = await freshMember(p);
      return { path: `/api/v1/projects/${p.projectId}/members/${u.id}`, params: { id: p.projectId, userId: u.id } };
    },
  },
  createDocument: {
    handler: documentsRoute.POST,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/documents`, params: { id: p.projectId }, body: { title: 'Doc', content: 'One.\n\nTwo.' } }),
  },
  getDocument: { handler: documentRoute.GET, prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}`, params: { id: p.documentId } }) },
  listSegments: { handler: segmentsRoute.GET, prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/segments`, params: { id: p.documentId } }) },
  updateSegment: {
    handler: segmentRoute.PATCH,
    prepare: async (p) => {
      const s = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
      return { path: `/api/v1/segments/${s.id}`, params: { id: s.id }, body: { target: `번역 ${Math.random()}`, version: s.version } };
    },
  },
};

describe('policy table', () => {
  let p: SeededProject;
  beforeAll(async () => {
    p = await seedProject();
  });

  it('has a row and a case for every endpoint', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(API).sort());
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(API).sort());
  });

  for (const id of Object.keys(API) as EndpointId[]) {
    it(`${API[id].method} ${API[id].path}`, async () => {
      const got: number[] = [];
      for (const who of WHO) {
        const c = CASES[id];
        const { path, ...opts } = await c.prepare(p, who);
        const tokenFor = { anonymous: undefined, outsider: p.users.OUTSIDER.token, translator: p.users.TRANSLATOR.token, reviewer: p.users.REVIEWER.token, owner: p.users.OWNER.token }[who];
        const res = await call(c.handler, API[id].method, path, { ...opts, token: tokenFor });
        if (res.status >= 400) expect(res.json.error, `${who}: error body`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        got.push(res.status);
      }
      expect(got).toEqual(EXPECTED[id]);
    });
  }
});
