// Policy rows for the editor endpoints (see types.ts and core.ts for the shape).
import { rows } from '@/lib/server/testing/rows';
import * as events from '../documents/[id]/events/route';
import * as presence from '../documents/[id]/presence/route';
import * as replace from '../documents/[id]/replace/route';
import * as terms from '../documents/[id]/terms/route';
import * as revisions from '../segments/[id]/revisions/route';
import type { PolicyRow } from './types';

export const EDITOR_ROWS: Record<string, PolicyRow> = {
  listSegmentRevisions: {
    expected: [401, 404, 200, 200, 200],
    handler: revisions.GET,
    prepare: async (p) => {
      const s = await rows.segmentAt(p.documentId);
      return { path: `/api/v1/segments/${s.id}/revisions`, params: { id: s.id } };
    },
  },
  listDocumentTerms: {
    expected: [401, 404, 200, 200, 200],
    handler: terms.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/terms`, params: { id: p.documentId } }),
  },
  // A dry run changes nothing, so every member with write access gets the preview.
  replaceInDocument: {
    expected: [401, 404, 200, 200, 200],
    handler: replace.POST,
    prepare: async (p) => ({
      path: `/api/v1/documents/${p.documentId}/replace`,
      params: { id: p.documentId },
      body: { find: 'x', replace: 'y', dryRun: true },
    }),
  },
  updatePresence: {
    expected: [401, 404, 200, 200, 200],
    handler: presence.POST,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/presence`, params: { id: p.documentId }, body: { segmentId: null } }),
  },
  documentEvents: {
    expected: [401, 404, 200, 200, 200],
    handler: events.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/events`, params: { id: p.documentId }, query: { once: '1' } }),
  },
};
