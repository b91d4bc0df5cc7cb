// Policy rows for invites and notifications (see types.ts and core.ts for the shape).
import { createInvite } from '@/lib/server/invites/invites';
import { createProject } from '@/lib/server/projects/create-project';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as accept from '../invites/accept/route';
import * as notifications from '../notifications/route';
import * as read from '../notifications/read/route';
import * as invites from '../projects/[id]/invites/route';
import * as invite from '../projects/[id]/invites/[inviteId]/route';
import type { PolicyRow } from './types';

let n = 0;
/** A fresh invite to the seeded project, or (elsewhere) to another project of its owner. */
async function freshInvite(p: SeededProject, elsewhere = false) {
  n += 1;
  const projectId = elsewhere
    ? (await createProject(p.users.OWNER, { name: `Invites ${n}`, sourceLang: 'en', targetLang: 'ko' })).id
    : p.projectId;
  const { invite, path } = await createInvite(p.users.OWNER, projectId, {
    email: `invited${n}-${Date.now()}@example.test`,
    role: 'TRANSLATOR',
  });
  return { id: invite.id, token: path.split('/').pop()! };
}

export const TEAM_ROWS: Record<string, PolicyRow> = {
  createInvite: {
    expected: [401, 404, 403, 403, 201],
    handler: invites.POST,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/invites`,
      params: { id: p.projectId },
      body: { email: `new-${Date.now()}-${Math.random()}@example.test`, role: 'REVIEWER' },
    }),
  },
  listInvites: {
    expected: [401, 404, 403, 403, 200],
    handler: invites.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/invites`, params: { id: p.projectId } }),
  },
  revokeInvite: {
    expected: [401, 404, 403, 403, 200],
    handler: invite.DELETE,
    prepare: async (p) => {
      const i = await freshInvite(p);
      return { path: `/api/v1/projects/${p.projectId}/invites/${i.id}`, params: { id: p.projectId, inviteId: i.id } };
    },
  },
  // Anyone holding the link may use it: signed out it needs a name and password (400 without); an
  // outsider joins (another project, so the table's outsider stays one); the members are already in
  // the project (409, and the link stays unused).
  acceptInvite: {
    expected: [400, 200, 409, 409, 409],
    handler: accept.POST,
    prepare: async (p, who) => {
      const i = await freshInvite(p, who === 'outsider');
      return { path: '/api/v1/invites/accept', body: { token: i.token } };
    },
  },
  listNotifications: {
    expected: [401, 200, 200, 200, 200],
    handler: notifications.GET,
    prepare: async () => ({ path: '/api/v1/notifications' }),
  },
  markNotificationsRead: {
    expected: [401, 200, 200, 200, 200],
    handler: read.POST,
    prepare: async () => ({ path: '/api/v1/notifications/read', body: { all: true } }),
  },
};
