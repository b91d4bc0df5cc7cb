// Endpoints of the publish feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';
import { ZDownloadEditionQuery, ZPublishEditionRequest, ZUpdateEditionRequest } from '../publish.types';

export const PUBLISH_ENDPOINTS = {
  listEditions: endpoint({
    id: 'listEditions',
    method: 'GET',
    path: '/api/v1/documents/{id}/editions',
    summary: "A document's editions (every version, hidden ones included) and what blocks publishing",
    auth: 'user',
    tag: 'publish',
  }),
  publishEdition: endpoint({
    id: 'publishEdition',
    method: 'POST',
    path: '/api/v1/documents/{id}/editions',
    summary:
      "Publish the next edition (owner) with an optional title, subtitle, slug and editor's note; 409 with the blocking segments unless all are approved or an overrideReason (internal, never printed) is given; 409 when the slug belongs to another document",
    auth: 'user',
    body: ZPublishEditionRequest,
    successStatus: 201,
    tag: 'publish',
  }),
  updateEdition: endpoint({
    id: 'updateEdition',
    method: 'PATCH',
    path: '/api/v1/editions/{id}',
    summary: 'Unpublish (hidden: true) or show again (hidden: false) one version (owner); nothing is deleted',
    auth: 'user',
    body: ZUpdateEditionRequest,
    tag: 'publish',
  }),
  downloadEdition: endpoint({
    id: 'downloadEdition',
    method: 'GET',
    path: '/api/v1/editions/{id}/download',
    summary:
      'Download a visible edition as EPUB, PDF, DOCX or Markdown (variant=ko|bilingual), public; XLIFF 2.0 and TMX 1.4b for project members only (401 signed out, 404 for others)',
    auth: 'public',
    query: ZDownloadEditionQuery,
    tag: 'publish',
  }),
} as const;
