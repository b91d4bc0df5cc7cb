// Policy rows for the QA and project-settings endpoints (see types.ts and core.ts for the shape).
import { rows } from '@/lib/server/testing/rows';
import * as documentQa from '../documents/[id]/qa/route';
import * as checklist from '../projects/[id]/qa-checklist/route';
import * as settings from '../projects/[id]/settings/route';
import * as ignore from '../segments/[id]/qa/ignore/route';
import * as segmentQa from '../segments/[id]/qa/route';
import type { PolicyRow } from './types';

const firstSegment = (documentId: string) => rows.segmentAt(documentId);

export const QA_ROWS: Record<string, PolicyRow> = {
  documentQa: {
    expected: [401, 404, 200, 200, 200],
    handler: documentQa.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/qa`, params: { id: p.documentId } }),
  },
  segmentQa: {
    expected: [401, 404, 200, 200, 200],
    handler: segmentQa.GET,
    prepare: async (p) => {
      const s = await firstSegment(p.documentId);
      return { path: `/api/v1/segments/${s.id}/qa`, params: { id: s.id }, query: { lang: 'ko' } };
    },
  },
  ignoreQaIssue: {
    expected: [401, 404, 200, 200, 200],
    handler: ignore.POST,
    prepare: async (p) => {
      const s = await firstSegment(p.documentId);
      return {
        path: `/api/v1/segments/${s.id}/qa/ignore`,
        params: { id: s.id },
        body: { key: 'whitespace:double', reason: 'house style' },
      };
    },
  },
  getQaChecklist: {
    expected: [401, 404, 200, 200, 200],
    handler: checklist.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/qa-checklist`, params: { id: p.projectId } }),
  },
  putQaChecklist: {
    expected: [401, 404, 403, 403, 200],
    handler: checklist.PUT,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/qa-checklist`,
      params: { id: p.projectId },
      body: { entries: [{ pattern: '북측', side: 'target', message: 'House style: 북한' }] },
    }),
  },
  getProjectSettings: {
    expected: [401, 404, 200, 200, 200],
    handler: settings.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/settings`, params: { id: p.projectId } }),
  },
  updateProjectSettings: {
    expected: [401, 404, 403, 403, 200],
    handler: settings.PATCH,
    prepare: async (p) => ({
      path: `/api/v1/projects/${p.projectId}/settings`,
      params: { id: p.projectId },
      body: { qualityThreshold: 90 },
    }),
  },
};
