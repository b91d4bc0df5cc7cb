// Policy rows for the foundation endpoints. Expected statuses, in order:
// anonymous, signed-in non-member, translator, reviewer, owner.
import { createUser } from '@/lib/server/auth/create-user';
import { rows } from '@/lib/server/testing/rows';
import { addMember } from '@/lib/server/projects/manage-members';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as health from '../../health/route';
import * as me from '../auth/me/route';
import * as session from '../auth/session/route';
import * as tokens from '../auth/tokens/route';
import * as token from '../auth/tokens/[id]/route';
import * as documentRoute from '../documents/[id]/route';
import * as segmentsRoute from '../documents/[id]/segments/route';
import * as openapi from '../openapi.json/route';
import * as projectRoute from '../projects/[id]/route';
import * as documentsRoute from '../projects/[id]/documents/route';
import * as membersRoute from '../projects/[id]/members/route';
import * as memberRoute from '../projects/[id]/members/[userId]/route';
import * as projectsRoute from '../projects/route';
import * as segmentRoute from '../segments/[id]/route';
import type { PolicyRow } from './types';

let n = 0;
async function freshMember(p: SeededProject) {
  n += 1;
  const u = await createUser({ email: `member${n}-${Date.now()}@example.test`, password: 'member-pass-1' });
  await addMember(p.users.OWNER, p.projectId, { email: u.email, role: 'TRANSLATOR' });
  return u;
}

export const CORE_ROWS: Record<string, PolicyRow> = {
  health: { expected: [200, 200, 200, 200, 200], handler: health.GET, prepare: async () => ({ path: '/api/health' }) },
  openapi: { expected: [200, 200, 200, 200, 200], handler: openapi.GET, prepare: async () => ({ path: '/api/v1/openapi.json' }) },
  signIn: {
    expected: [401, 401, 401, 401, 401],
    handler: session.POST,
    prepare: async (p) => ({ path: '/api/v1/auth/session', body: { email: p.users.OWNER.email, password: 'not-the-password' } }),
  },
  signOut: { expected: [200, 200, 200, 200, 200], handler: session.DELETE, prepare: async () => ({ path: '/api/v1/auth/session' }) },
  me: { expected: [401, 200, 200, 200, 200], handler: me.GET, prepare: async () => ({ path: '/api/v1/auth/me' }) },
  listTokens: { expected: [401, 200, 200, 200, 200], handler: tokens.GET, prepare: async () => ({ path: '/api/v1/auth/tokens' }) },
  createToken: {
    expected: [401, 201, 201, 201, 201],
    handler: tokens.POST,
    prepare: async () => ({ path: '/api/v1/auth/tokens', body: { name: 'ci' } }),
  },
  revokeToken: {
    expected: [401, 404, 404, 404, 200],
    handler: token.DELETE,
    prepare: async (p) => {
      const t = await rows.apiToken({ userId: p.users.OWNER.id, name: 'x', tokenHash: `h${Math.random()}`, prefix: 'wbt_x' });
      return { path: `/api/v1/auth/tokens/${t.id}`, params: { id: t.id } };
    },
  },
  listProjects: { expected: [401, 200, 200, 200, 200], handler: projectsRoute.GET, prepare: async () => ({ path: '/api/v1/projects' }) },
  createProject: {
    expected: [401, 201, 201, 201, 201],
    handler: projectsRoute.POST,
    prepare: async () => ({ path: '/api/v1/projects', body: { name: 'New' } }),
  },
  getProject: {
    expected: [401, 404, 200, 200, 200],
    handler: projectRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}`, params: { id: p.projectId } }),
  },
  addMember: {
    expected: [401, 404, 403, 403, 201],
    handler: membersRoute.POST,
    prepare: async (p) => {
      n += 1;
      const u = await createUser({ email: `new${n}-${Date.now()}@example.test`, password: 'member-pass-1' });
      return { path: `/api/v1/projects/${p.projectId}/members`, params: { id: p.projectId }, body: { email: u.email, role: 'REVIEWER' } };
    },
  },
  updateMember: {
    expected: [401, 404, 403, 403, 200],
    handler: memberRoute.PATCH,
    prepare: async (p) => {
      const u = await freshMember(p);
      return {
        path: `/api/v1/projects/${p.projectId}/members/${u.id}`,
        params: { id: p.projectId, userId: u.id },
        body: { role: 'REVIEWER' },
      };
    },
  },
  removeMember: {
    expected: [401, 404, 403, 403, 200],
    handler: memberRoute.DELETE,
    prepare: async (p) => {
      const u = await freshMember(p);
      return { path: `/api/v1/projects/${p.projectId}/members/${u.id}`, params: { id: p.projectId, userId: u.id } };
    },
  },
  createDocument: {
    expected: [401, 404, 403, 403, 201],
    handler: documentsRoute.POST,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/documents`,
      params: { id: p.projectId },
      body: { title: 'Doc', content: 'One.\n\nTwo.' },
    }),
  },
  getDocument: {
    expected: [401, 404, 200, 200, 200],
    handler: documentRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}`, params: { id: p.documentId } }),
  },
  listSegments: {
    expected: [401, 404, 200, 200, 200],
    handler: segmentsRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/segments`, params: { id: p.documentId } }),
  },
  updateSegment: {
    expected: [401, 404, 200, 200, 200],
    handler: segmentRoute.PATCH,
    prepare: async (p) => {
      const s = await rows.segmentAt(p.documentId);
      return { path: `/api/v1/segments/${s.id}`, params: { id: s.id }, body: { target: `번역 ${Math.random()}`, version: s.version } };
    },
  },
};
