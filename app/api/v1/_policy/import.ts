// Policy rows for the glossary and import endpoints (see types.ts and core.ts for the shape).
import { rows } from '@/lib/server/testing/rows';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as exportRoute from '../projects/[id]/terms/export/route';
import * as importRoute from '../projects/[id]/terms/import/route';
import * as termsRoute from '../projects/[id]/terms/route';
import * as dntRoute from '../segments/[id]/do-not-translate/route';
import * as termRoute from '../terms/[id]/route';
import type { PolicyRow } from './types';

let n = 0;
async function freshTerm(p: SeededProject) {
  n += 1;
  return rows.term({ projectId: p.projectId, source: `Policy Term ${n}`, target: `용어 ${n}` });
}

function csvUpload(): { rawBody: FormData } {
  n += 1;
  const form = new FormData();
  form.set('file', new Blob([`Imported ${n},가져온 ${n}\n`], { type: 'text/csv' }), 'glossary.csv');
  return { rawBody: form };
}

export const IMPORT_ROWS: Record<string, PolicyRow> = {
  listTerms: {
    expected: [401, 404, 200, 200, 200],
    handler: termsRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/terms`, params: { id: p.projectId } }),
  },
  createTerm: {
    expected: [401, 404, 403, 403, 201],
    handler: termsRoute.POST,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/terms`,
      params: { id: p.projectId },
      body: { source: `New ${++n}`, target: '새' },
    }),
  },
  updateTerm: {
    expected: [401, 404, 403, 403, 200],
    handler: termRoute.PATCH,
    prepare: async (p) => {
      const t = await freshTerm(p);
      return { path: `/api/v1/terms/${t.id}`, params: { id: t.id }, body: { note: 'checked' } };
    },
  },
  deleteTerm: {
    expected: [401, 404, 403, 403, 200],
    handler: termRoute.DELETE,
    prepare: async (p) => {
      const t = await freshTerm(p);
      return { path: `/api/v1/terms/${t.id}`, params: { id: t.id } };
    },
  },
  exportTerms: {
    expected: [401, 404, 200, 200, 200],
    handler: exportRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/terms/export`, params: { id: p.projectId }, query: { format: 'tbx' } }),
  },
  importTerms: {
    expected: [401, 404, 403, 403, 200],
    handler: importRoute.POST,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/terms/import`, params: { id: p.projectId }, ...csvUpload() }),
  },
  setDoNotTranslate: {
    expected: [401, 404, 403, 403, 200],
    handler: dntRoute.PUT,
    prepare: async (p) => {
      const s = await rows.segmentAt(p.documentId, 'last');
      return { path: `/api/v1/segments/${s.id}/do-not-translate`, params: { id: s.id }, body: { doNotTranslate: true } };
    },
  },
};
