// Policy rows for the pretranslate endpoints (see types.ts and core.ts for the shape).
// Expected statuses, in order: anonymous, signed-in non-member, translator, reviewer, owner.
import { rows } from '@/lib/server/testing/rows';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as pretranslateRoute from '../documents/[id]/pretranslate/route';
import * as jobRoute from '../jobs/[id]/route';
import * as cancelRoute from '../jobs/[id]/cancel/route';
import * as resumeRoute from '../jobs/[id]/resume/route';
import * as settingsRoute from '../projects/[id]/pretranslate-settings/route';
import * as exportRoute from '../projects/[id]/tm/export/route';
import * as importRoute from '../projects/[id]/tm/import/route';
import * as searchRoute from '../projects/[id]/tm/search/route';
import * as suggestionsRoute from '../segments/[id]/suggestions/route';
import type { PolicyRow } from './types';

async function job(p: SeededProject, state: string) {
  return rows.job({
    projectId: p.projectId,
    documentId: p.documentId,
    type: 'pretranslate',
    state,
    total: 3,
    params: JSON.stringify({ scope: 'empty', plan: {} }),
  });
}

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>Policy row.</seg></tuv><tuv xml:lang="ko"><seg>정책 행.</seg></tuv></tu></body></tmx>`;

export const PRETRANSLATE_ROWS: Record<string, PolicyRow> = {
  pretranslateDocument: {
    expected: [401, 404, 200, 403, 200],
    handler: pretranslateRoute.POST,
    prepare: async (p) => ({
      path: `/api/v1/documents/${p.documentId}/pretranslate`,
      params: { id: p.documentId },
      body: { dryRun: true },
    }),
  },
  pretranslateStatus: {
    expected: [401, 404, 200, 200, 200],
    handler: pretranslateRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/pretranslate`, params: { id: p.documentId } }),
  },
  getJob: {
    expected: [401, 404, 200, 200, 200],
    handler: jobRoute.GET,
    prepare: async (p) => {
      const j = await job(p, 'done');
      return { path: `/api/v1/jobs/${j.id}`, params: { id: j.id } };
    },
  },
  cancelJob: {
    expected: [401, 404, 200, 403, 200],
    handler: cancelRoute.POST,
    prepare: async (p) => {
      const j = await job(p, 'paused');
      return { path: `/api/v1/jobs/${j.id}/cancel`, params: { id: j.id } };
    },
  },
  resumeJob: {
    expected: [401, 404, 200, 403, 200],
    handler: resumeRoute.POST,
    prepare: async (p) => {
      const j = await job(p, 'paused');
      return { path: `/api/v1/jobs/${j.id}/resume`, params: { id: j.id } };
    },
  },
  updatePretranslateSettings: {
    expected: [401, 404, 403, 403, 200],
    handler: settingsRoute.PATCH,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/pretranslate-settings`,
      params: { id: p.projectId },
      body: { formality: 'prefer_more' },
    }),
  },
  segmentSuggestions: {
    expected: [401, 404, 200, 200, 200],
    handler: suggestionsRoute.GET,
    prepare: async (p) => {
      const s = await rows.segmentAt(p.documentId);
      return { path: `/api/v1/segments/${s.id}/suggestions`, params: { id: s.id } };
    },
  },
  searchTm: {
    expected: [401, 404, 200, 200, 200],
    handler: searchRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/tm/search`, params: { id: p.projectId }, query: { q: 'policy' } }),
  },
  exportTm: {
    expected: [401, 404, 200, 200, 200],
    handler: exportRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/tm/export`, params: { id: p.projectId } }),
  },
  importTm: {
    expected: [401, 404, 403, 403, 200],
    handler: importRoute.POST,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/tm/import`,
      params: { id: p.projectId },
      rawBody: TMX,
      headers: { 'content-type': 'application/xml' },
    }),
  },
};
