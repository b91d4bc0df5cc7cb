// Policy rows for the alignment endpoints (see types.ts and core.ts for the shape).
import * as apply from '../documents/[id]/alignment/apply/route';
import * as propose from '../documents/[id]/alignment/route';
import type { PolicyRow } from './types';

export const ALIGN_ROWS: Record<string, PolicyRow> = {
  proposeAlignment: {
    expected: [401, 404, 200, 403, 200],
    handler: propose.POST,
    prepare: async (p) => ({
      path: `/api/v1/documents/${p.documentId}/alignment`,
      params: { id: p.documentId },
      body: { content: '첫 문단.\n\n둘째 문단.\n\n셋째 문단.' },
    }),
  },
  applyAlignment: {
    expected: [401, 404, 200, 403, 200],
    handler: apply.POST,
    // The translator applies first; the owner's apply then replaces the same (aligned, not human) drafts.
    prepare: async (p) => ({
      path: `/api/v1/documents/${p.documentId}/alignment/apply`,
      params: { id: p.documentId },
      body: { beads: [{ source: [2], target: [2], text: `셋째 문단 ${Math.random()}.` }] },
    }),
  },
};
