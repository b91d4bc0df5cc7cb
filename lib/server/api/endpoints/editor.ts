// Endpoints of the editor feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { ZDocumentEventsQuery, ZPresenceRequest, ZReplaceInDocumentRequest } from '../editor.types';
import { endpoint } from '../endpoint';

export const EDITOR_ENDPOINTS = {
  listSegmentRevisions: endpoint({
    id: 'listSegmentRevisions',
    method: 'GET',
    path: '/api/v1/segments/{id}/revisions',
    summary: "A segment's revisions, newest first",
    auth: 'user',
    tag: 'editor',
  }),
  listDocumentTerms: endpoint({
    id: 'listDocumentTerms',
    method: 'GET',
    path: '/api/v1/documents/{id}/terms',
    summary: "The glossary of the document's project (PROPOSED terms flagged)",
    auth: 'user',
    tag: 'editor',
  }),
  replaceInDocument: endpoint({
    id: 'replaceInDocument',
    method: 'POST',
    path: '/api/v1/documents/{id}/replace',
    summary: 'Search and replace in targets: preview (dryRun) or apply with per-segment version checks',
    auth: 'user',
    body: ZReplaceInDocumentRequest,
    maxBodyBytes: 2 * 1024 * 1024,
    tag: 'editor',
  }),
  updatePresence: endpoint({
    id: 'updatePresence',
    method: 'POST',
    path: '/api/v1/documents/{id}/presence',
    summary: 'Presence heartbeat: the segment you are on',
    auth: 'user',
    body: ZPresenceRequest,
    tag: 'editor',
  }),
  documentEvents: endpoint({
    id: 'documentEvents',
    method: 'GET',
    path: '/api/v1/documents/{id}/events',
    summary: 'Server-sent events: presence, segment.updated',
    auth: 'user',
    query: ZDocumentEventsQuery,
    tag: 'editor',
  }),
} as const;
