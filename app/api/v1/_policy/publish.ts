// Policy rows for the publish endpoints (see types.ts and core.ts for the shape).
// Publishing and unpublishing: owner only. Listing: any member. Downloads of visible editions: public.
import { publishEdition } from '@/lib/server/editions/publish-edition';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as editionsRoute from '../documents/[id]/editions/route';
import * as editionRoute from '../editions/[id]/route';
import * as downloadRoute from '../editions/[id]/download/route';
import type { PolicyRow } from './types';

const published = (p: SeededProject) => publishEdition(p.users.OWNER, p.documentId, { overrideReason: 'policy table' });

export const PUBLISH_ROWS: Record<string, PolicyRow> = {
  listEditions: {
    expected: [401, 404, 200, 200, 200],
    handler: editionsRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/editions`, params: { id: p.documentId } }),
  },
  publishEdition: {
    expected: [401, 404, 403, 403, 201],
    handler: editionsRoute.POST,
    prepare: async (p) => ({
      path: `/api/v1/documents/${p.documentId}/editions`,
      params: { id: p.documentId },
      body: { overrideReason: 'Policy table run' },
    }),
  },
  updateEdition: {
    expected: [401, 404, 403, 403, 200],
    handler: editionRoute.PATCH,
    prepare: async (p) => {
      const e = await published(p);
      return { path: `/api/v1/editions/${e.id}`, params: { id: e.id }, body: { hidden: true } };
    },
  },
  downloadEdition: {
    expected: [200, 200, 200, 200, 200],
    handler: downloadRoute.GET,
    prepare: async (p) => {
      const e = await published(p);
      return { path: `/api/v1/editions/${e.id}/download`, params: { id: e.id }, query: { format: 'md', variant: 'ko' } };
    },
  },
};
