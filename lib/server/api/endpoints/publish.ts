// Endpoints of the publish feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';
import { ZDownloadEditionQuery, ZPublishEditionRequest, ZUpdateEditionRequest } from '../publish.types';

export const PUBLISH_ENDPOINTS = {
  listEditions: endpoint({ id: 'listEditions', method: 'GET', path: '/api/v1/documents/{id}/editions', summary: "A document's editions (every version, hidden ones included) and what blocks publishing", auth: 'user', tag: 'publish' }),
  publishEdition: endpoint({ id: 'publishEdition', method: 'POST', path: '/api/v1/documents/{id}/editions', summary: 'Publish the next edition (owner); 409 with the blocking segments unless all are approved or an overrideReason is given', auth: 'user', body: ZPublishEditionRequest, successStatus: 201, tag: 'publish' }),
  updateEdition: endpoint({ id: 'updateEdition', method: 'PATCH', path: '/api/v1/editions/{id}', summary: 'Unpublish (hidden: true) or show again (hidden: false) one version (owner); nothing is deleted', auth: 'user', body: ZUpdateEditionRequest, tag: 'publish' }),
  downloadEdition: endpoint({ id: 'downloadEdition', method: 'GET', path: '/api/v1/editions/{id}/download', summary: 'Download a visible edition as EPUB, PDF, DOCX, XLIFF 2.0, TMX 1.4b or Markdown (variant=ko|bilingual); public', auth: 'public', query: ZDownloadEditionQuery, tag: 'publish' }),
} as const;
