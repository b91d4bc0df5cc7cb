// Policy rows for the review endpoints (see types.ts and core.ts for the shape).
import { rows } from '@/lib/server/testing/rows';
import type { SeededProject } from '@/lib/server/testing/factories';
import * as annotationRoute from '../annotations/[id]/route';
import * as approveNoteRoute from '../annotations/[id]/approve/route';
import * as repliesRoute from '../annotations/[id]/replies/route';
import * as jsonld from '../documents/[id]/annotations.jsonld/route';
import * as bulkApprove from '../documents/[id]/approve/route';
import * as quality from '../documents/[id]/quality/route';
import * as annotationsRoute from '../segments/[id]/annotations/route';
import * as approve from '../segments/[id]/approve/route';
import * as diff from '../segments/[id]/diff/route';
import * as reject from '../segments/[id]/reject/route';
import * as reopen from '../segments/[id]/reopen/route';
import type { PolicyRow } from './types';

let n = 1000;
/** A fresh translated (or approved) segment, so every caller decides on its own segment. */
async function freshSegment(p: SeededProject, state: 'TRANSLATED' | 'APPROVED' = 'TRANSLATED') {
  n += 1;
  const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${n}.` }] }] });
  const target = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `문단 ${n}.` }] }] });
  return rows.segment({
    documentId: p.documentId,
    position: n,
    source: doc,
    sourceText: `Paragraph ${n}.`,
    target,
    targetText: `문단 ${n}.`,
    state,
    origin: 'HUMAN',
  });
}

async function freshAnnotation(p: SeededProject) {
  const s = await freshSegment(p);
  return rows.annotation({
    segmentId: s.id,
    authorId: p.users.REVIEWER.id,
    side: 'target',
    start: 0,
    end: 2,
    quote: '문단',
    suffix: s.targetText.slice(2),
    category: 'style',
    severity: 'minor',
  });
}

const segPath = (id: string, tail: string) => ({ path: `/api/v1/segments/${id}/${tail}`, params: { id } });

export const REVIEW_ROWS: Record<string, PolicyRow> = {
  createAnnotation: {
    expected: [401, 404, 201, 201, 201],
    handler: annotationsRoute.POST,
    prepare: async (p) => {
      const s = await freshSegment(p);
      return {
        ...segPath(s.id, 'annotations'),
        body: { side: 'target', start: 0, end: 2, category: 'terminology', severity: 'major', comment: 'check' },
      };
    },
  },
  approveNote: {
    expected: [401, 404, 403, 200, 200],
    handler: approveNoteRoute.POST,
    prepare: async (p) => {
      const s = await freshSegment(p);
      const a = await rows.annotation({
        segmentId: s.id,
        authorId: p.users.TRANSLATOR.id,
        kind: 'note',
        side: 'target',
        start: 0,
        end: 2,
        quote: '문단',
        suffix: s.targetText.slice(2),
        category: '',
        severity: '',
        comment: 'A gloss.',
      });
      return { path: `/api/v1/annotations/${a.id}/approve`, params: { id: a.id } };
    },
  },
  listAnnotations: {
    expected: [401, 404, 200, 200, 200],
    handler: annotationsRoute.GET,
    prepare: async (p) => segPath((await freshAnnotation(p)).segmentId, 'annotations'),
  },
  addAnnotationReply: {
    expected: [401, 404, 201, 201, 201],
    handler: repliesRoute.POST,
    prepare: async (p) => {
      const a = await freshAnnotation(p);
      return { path: `/api/v1/annotations/${a.id}/replies`, params: { id: a.id }, body: { body: 'Fixed.' } };
    },
  },
  // Status changes are open to every member; the author-only comment edit is tested in the service tests.
  // The author (here the reviewer) or an owner.
  deleteAnnotation: {
    expected: [401, 404, 403, 200, 200],
    handler: annotationRoute.DELETE,
    prepare: async (p) => {
      const a = await freshAnnotation(p);
      return { path: `/api/v1/annotations/${a.id}`, params: { id: a.id } };
    },
  },
  updateAnnotation: {
    expected: [401, 404, 200, 200, 200],
    handler: annotationRoute.PATCH,
    prepare: async (p) => {
      const a = await freshAnnotation(p);
      return { path: `/api/v1/annotations/${a.id}`, params: { id: a.id }, body: { status: 'resolved' } };
    },
  },
  approveSegment: {
    expected: [401, 404, 403, 200, 200],
    handler: approve.POST,
    prepare: async (p) => {
      const s = await freshSegment(p);
      return { ...segPath(s.id, 'approve'), body: { version: s.version } };
    },
  },
  rejectSegment: {
    expected: [401, 404, 403, 200, 200],
    handler: reject.POST,
    prepare: async (p) => {
      const s = await freshSegment(p);
      return { ...segPath(s.id, 'reject'), body: { reason: 'Mistranslation in the second clause.' } };
    },
  },
  reopenSegment: {
    expected: [401, 404, 403, 200, 200],
    handler: reopen.POST,
    prepare: async (p) => {
      const s = await freshSegment(p, 'APPROVED');
      return { ...segPath(s.id, 'reopen'), body: {} };
    },
  },
  segmentDiff: {
    expected: [401, 404, 200, 200, 200],
    handler: diff.GET,
    prepare: async (p) => segPath((await freshSegment(p)).id, 'diff'),
  },
  approveDocumentSegments: {
    expected: [401, 404, 403, 200, 200],
    handler: bulkApprove.POST,
    prepare: async (p) => {
      const s = await freshSegment(p);
      return { path: `/api/v1/documents/${p.documentId}/approve`, params: { id: p.documentId }, body: { segmentIds: [s.id] } };
    },
  },
  documentQuality: {
    expected: [401, 404, 200, 200, 200],
    handler: quality.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/quality`, params: { id: p.documentId } }),
  },
  documentAnnotationsJsonLd: {
    expected: [401, 404, 200, 200, 200],
    handler: jsonld.GET,
    prepare: async (p) => ({ path: `/api/v1/documents/${p.documentId}/annotations.jsonld`, params: { id: p.documentId } }),
  },
};
